import { ByteReader } from '../bytes/index.js';
import { assertAccountBytes } from './assert-account-bytes.js';
import { checkAnchorDiscriminator } from './check-anchor-discriminator.js';
import { checkScopeAccountLength } from './check-scope-account-length.js';
import { readScopeDatedPrice } from './read-scope-dated-price.js';
import type { ScopeDatedPrice, ScopeOraclePrices } from './scope-dated-price.js';
import {
  SCOPE_MAX_ENTRIES,
  SCOPE_ORACLE_PRICES_DISCRIMINATOR_HEX,
  SCOPE_ORACLE_PRICES_SIZE,
  SCOPE_ORACLE_TYPE_CHAINLINK_X,
} from './scope-layout.js';
import type { ScopeOracleMappings } from './scope-oracle-mappings.js';

const LAYOUT = 'Scope OraclePrices';

/**
 * Options for {@link decodeScopeOraclePrices}.
 *
 * @example
 * ```ts
 * import { decodeScopeOracleMappings, type DecodeScopeOraclePricesOptions } from 'xstock-lend';
 * const options: DecodeScopeOraclePricesOptions = { mappings: decodeScopeOracleMappings(mappingsData) };
 * ```
 */
export interface DecodeScopeOraclePricesOptions {
  /**
   * The account's `OracleMappings` (its `priceTypes` suffice): entries of type 37 (ChainlinkX) get `chainlinkX` decoded.
   * The caller vouches that it is the mappings account named by `oracleMappings`.
   */
  mappings?: Pick<ScopeOracleMappings, 'priceTypes'>;
}

/**
 * Decodes a whole Kamino Scope `OraclePrices` account (owner {@link SCOPE_PROGRAM_ID}): the mappings address and all
 * 512 `DatedPrice` entries. To read one entry, {@link decodeScopePrice} is cheaper.
 *
 * Layout: discriminator `598076dd0648b492` | oracle_mappings 32 | prices [DatedPrice; 512], DatedPrice = value u64 |
 * exp u64 | last_updated_slot u64 | unix_timestamp u64 | generic_data [u8; 24] (56 bytes). Total 28,712 bytes.
 *
 * @param data - the account data
 * @param options - see {@link DecodeScopeOraclePricesOptions}
 * @throws {@link XStockLendError} `ACCOUNT_DISCRIMINATOR_MISMATCH` for another account type; `INVALID_ACCOUNT_DATA` for
 * truncated data or a ChainlinkX entry whose `generic_data` does not decode; `INVALID_ARGUMENT` when `data` is not a `Uint8Array`.
 * @example
 * ```ts
 * import { decodeScopeOracleMappings, decodeScopeOraclePrices } from 'xstock-lend';
 * const { prices } = decodeScopeOraclePrices(pricesData, { mappings: decodeScopeOracleMappings(mappingsData) });
 * const suspended = prices.filter((entry) => entry.chainlinkX?.suspended).map((entry) => entry.index);
 * ```
 */
export function decodeScopeOraclePrices(
  data: Uint8Array,
  options: DecodeScopeOraclePricesOptions = {},
): ScopeOraclePrices {
  assertAccountBytes(data, LAYOUT);
  checkAnchorDiscriminator(data, SCOPE_ORACLE_PRICES_DISCRIMINATOR_HEX, LAYOUT);
  checkScopeAccountLength(data, SCOPE_ORACLE_PRICES_SIZE, LAYOUT);
  const reader = new ByteReader(data, LAYOUT, 8);
  const oracleMappings = reader.publicKey('oracle_mappings');
  const priceTypes = options.mappings?.priceTypes;
  const prices: ScopeDatedPrice[] = [];
  for (let index = 0; index < SCOPE_MAX_ENTRIES; index++) {
    prices.push(readScopeDatedPrice(reader, index, priceTypes?.[index] === SCOPE_ORACLE_TYPE_CHAINLINK_X));
  }
  return { oracleMappings, prices };
}
