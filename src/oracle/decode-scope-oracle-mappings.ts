import { ByteReader } from '../bytes/index.js';
import { assertAccountBytes } from './assert-account-bytes.js';
import { checkAnchorDiscriminator } from './check-anchor-discriminator.js';
import { checkScopeAccountLength } from './check-scope-account-length.js';
import {
  SCOPE_MAX_ENTRIES,
  SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR_HEX,
  SCOPE_ORACLE_MAPPINGS_SIZE,
} from './scope-layout.js';
import type { ScopeOracleMappings } from './scope-oracle-mappings.js';

const LAYOUT = 'Scope OracleMappings';

/**
 * Decodes a Kamino Scope `OracleMappings` account, so a caller can tell which `OraclePrices` entries are ChainlinkX (type 37).
 *
 * Layout (current Scope program; the older IDL with `reserved1/reserved2` is 21,000 bytes and no longer matches):
 * discriminator `28f46e50ffd6f3bc` | price_info_accounts [Pubkey; 512] | price_types [u8; 512] | twap_source [u16; 512] |
 * twap_enabled_bitmask [u8; 512] | ref_price [u16; 512] | generic [[u8; 20]; 512]. Total 29,704 bytes.
 *
 * @param data - the account data
 * @throws {@link XStockLendError} `ACCOUNT_DISCRIMINATOR_MISMATCH` for another account type; `INVALID_ACCOUNT_DATA` for
 * truncated data; `INVALID_ARGUMENT` when `data` is not a `Uint8Array`.
 * @example
 * ```ts
 * import { decodeScopeOracleMappings } from 'xstock-lend';
 * const mappings = decodeScopeOracleMappings(mappingsData);
 * console.log(mappings.priceTypes[338], mappings.priceInfoAccounts[338]);
 * ```
 */
export function decodeScopeOracleMappings(data: Uint8Array): ScopeOracleMappings {
  assertAccountBytes(data, LAYOUT);
  checkAnchorDiscriminator(data, SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR_HEX, LAYOUT);
  checkScopeAccountLength(data, SCOPE_ORACLE_MAPPINGS_SIZE, LAYOUT);
  const reader = new ByteReader(data, LAYOUT, 8);
  const priceInfoAccounts = repeat(() => reader.publicKey('price_info_accounts'));
  const priceTypes = repeat(() => reader.u8('price_types'));
  const twapSource = repeat(() => reader.u16('twap_source'));
  const twapEnabledBitmask = repeat(() => reader.u8('twap_enabled_bitmask'));
  const refPrice = repeat(() => reader.u16('ref_price'));
  const generic = repeat(() => reader.slice(20, 'generic').slice());
  return { priceInfoAccounts, priceTypes, twapSource, twapEnabledBitmask, refPrice, generic };
}

function repeat<T>(read: () => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < SCOPE_MAX_ENTRIES; i++) out.push(read());
  return out;
}
