import { assertPriceBasis } from './assert-price-basis.js';
import type { OracleReading, PriceBasis } from './oracle-reading.js';
import type { PriceUpdateV2 } from './price-update-v2.js';

/**
 * Normalizes a decoded `PriceUpdateV2` to an {@link OracleReading} (source `pyth-pull`, no status: the pull oracle has none).
 *
 * @param update - a decoded pull-oracle update
 * @param basis - what one unit of the feed is; `share` (default) for `Equity.US.<TICKER>/USD`, `ui-token` for `Crypto.<TICKER>X/USD`
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for an unknown basis.
 * @example
 * ```ts
 * import { decodePriceUpdateV2, priceUpdateV2ToReading } from 'xstock-lend';
 * const reading = priceUpdateV2ToReading(decodePriceUpdateV2(accountData), 'ui-token');
 * console.log(reading.price, reading.exponent, reading.publishTime);
 * ```
 */
export function priceUpdateV2ToReading(update: PriceUpdateV2, basis: PriceBasis = 'share'): OracleReading {
  assertPriceBasis(basis);
  return {
    source: 'pyth-pull',
    basis,
    price: update.price,
    exponent: update.exponent,
    confidence: update.conf,
    publishTime: update.publishTime,
    emaPrice: update.emaPrice,
  };
}
