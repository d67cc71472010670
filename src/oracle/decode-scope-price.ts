import { ByteReader } from '../bytes/index.js';
import { XStockLendError } from '../errors/index.js';
import { assertAccountBytes } from './assert-account-bytes.js';
import { checkAnchorDiscriminator } from './check-anchor-discriminator.js';
import { checkScopeAccountLength } from './check-scope-account-length.js';
import { readScopeDatedPrice } from './read-scope-dated-price.js';
import type { ScopeDatedPrice } from './scope-dated-price.js';
import { SCOPE_MAX_ENTRIES, SCOPE_ORACLE_PRICES_DISCRIMINATOR_HEX, SCOPE_ORACLE_PRICES_SIZE } from './scope-layout.js';

const LAYOUT = 'Scope OraclePrices';

/**
 * Options for {@link decodeScopePrice}.
 *
 * @example
 * ```ts
 * import type { DecodeScopePriceOptions } from 'xstock-lend';
 * const options: DecodeScopePriceOptions = { chainlinkX: true };
 * ```
 */
export interface DecodeScopePriceOptions {
  /** Also decode `generic_data` as ChainlinkX data (set it when the mapping's type is 37). */
  chainlinkX?: boolean;
}

/**
 * Decodes one entry of a Kamino Scope `OraclePrices` account without decoding the other 511.
 *
 * @param data - the `OraclePrices` account data (checked: discriminator and full length)
 * @param index - the entry, 0–511 (a reserve's Scope price chain entry, e.g. 338 for TSLAx)
 * @param options - see {@link DecodeScopePriceOptions}
 * @throws {@link XStockLendError} `ACCOUNT_DISCRIMINATOR_MISMATCH` for another account type; `INVALID_ACCOUNT_DATA` for
 * truncated data or (with `chainlinkX`) a `generic_data` that is not ChainlinkX; `INVALID_ARGUMENT` for a bad index.
 * @example
 * ```ts
 * import { decodeScopePrice, scopePriceToReading } from 'xstock-lend';
 * const tslax = decodeScopePrice(oraclePricesData, 338, { chainlinkX: true });
 * if (!tslax.chainlinkX?.suspended) console.log(scopePriceToReading(tslax));
 * ```
 */
export function decodeScopePrice(
  data: Uint8Array,
  index: number,
  options: DecodeScopePriceOptions = {},
): ScopeDatedPrice {
  assertAccountBytes(data, LAYOUT);
  if (!Number.isInteger(index) || index < 0 || index >= SCOPE_MAX_ENTRIES) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `A Scope price index is a whole number from 0 to 511, got ${String(index)}.`,
      {
        context: { index: String(index) },
      },
    );
  }
  checkAnchorDiscriminator(data, SCOPE_ORACLE_PRICES_DISCRIMINATOR_HEX, LAYOUT);
  checkScopeAccountLength(data, SCOPE_ORACLE_PRICES_SIZE, LAYOUT);
  return readScopeDatedPrice(new ByteReader(data, LAYOUT), index, options.chainlinkX === true);
}
