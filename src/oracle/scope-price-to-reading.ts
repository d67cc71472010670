import { XStockLendError } from '../errors/index.js';
import { assertPriceBasis } from './assert-price-basis.js';
import type { OracleReading, PriceBasis } from './oracle-reading.js';
import type { ScopeDatedPrice } from './scope-dated-price.js';

const MAX_SCOPE_EXP = 38n;

/**
 * Normalizes a Scope entry to an {@link OracleReading}: source `scope`, `price = value`, `exponent = −exp`,
 * confidence `0n` (Scope keeps none), `publishTime = unixTimestamp`, no status.
 *
 * The default basis is `raw-token`: Scope ChainlinkX stores the share price × the current ScaledUiAmount multiplier,
 * i.e. USD per 10^decimals raw units, the unit klend values raw amounts with. Pass `share` for an entry that quotes a share.
 *
 * @param entry - a decoded `DatedPrice`
 * @param basis - what one unit of the quote is (default `raw-token`)
 * @throws {@link XStockLendError} `ORACLE_INVALID` when `exp` exceeds 38 (no usable price has that many decimals);
 * `INVALID_ARGUMENT` for an unknown basis.
 * @example
 * ```ts
 * import { decodeScopePrice, scopePriceToReading } from 'xstock-lend';
 * const reading = scopePriceToReading(decodeScopePrice(oraclePricesData, 338));
 * console.log(reading.basis, reading.price, reading.exponent); // 'raw-token', …
 * ```
 */
export function scopePriceToReading(entry: ScopeDatedPrice, basis: PriceBasis = 'raw-token'): OracleReading {
  assertPriceBasis(basis);
  if (entry.exp < 0n || entry.exp > MAX_SCOPE_EXP) {
    throw new XStockLendError(
      'ORACLE_INVALID',
      `Scope entry ${entry.index} has ${entry.exp} decimals, more than 38: it is not a usable price. Check the entry index.`,
      { context: { index: entry.index, exp: entry.exp.toString() } },
    );
  }
  return {
    source: 'scope',
    basis,
    price: entry.value,
    exponent: 0 - Number(entry.exp), // `0 -` keeps exp 0 as +0, not -0
    confidence: 0n,
    publishTime: entry.unixTimestamp,
  };
}
