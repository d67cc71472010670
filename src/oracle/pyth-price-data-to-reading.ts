import type { OracleReading } from './oracle-reading.js';
import { pythPriceStatusToReadingStatus } from './pyth-price-status.js';

/**
 * The fields of `@pythnetwork/client`'s `PriceData` (the result of `parsePriceData`) that an {@link OracleReading} needs.
 * Structural, so the core does not import `@pythnetwork/client`; pass its `PriceData` as is.
 *
 * @example
 * ```ts
 * import { parsePriceData } from '@pythnetwork/client';
 * import type { PythPriceDataLike } from 'xstock-lend';
 * const parsed: PythPriceDataLike = parsePriceData(Buffer.from(accountData));
 * ```
 */
export interface PythPriceDataLike {
  /** The price exponent. */
  exponent: number;
  /** Unix seconds of the aggregate. */
  timestamp: bigint;
  /** The `PriceStatus` after `parsePriceData`'s slot check. */
  status: number;
  /** The EMA price; only `valueComponent` is read. */
  emaPrice: {
    /** The EMA price mantissa. */
    valueComponent: bigint;
  };
  /** The aggregate price; only the integer components are read. */
  aggregate: {
    /** The aggregate price mantissa. */
    priceComponent: bigint;
    /** The aggregate confidence mantissa. */
    confidenceComponent: bigint;
  };
}

/**
 * Normalizes the output of `@pythnetwork/client`'s `parsePriceData` to an {@link OracleReading}, exactly as
 * {@link decodePythPushPrice} reads the same bytes (for server code that already uses `parsePriceData`).
 *
 * @param parsed - `parsePriceData(buffer, currentSlot?)`'s result
 * @example
 * ```ts
 * import { parsePriceData } from '@pythnetwork/client';
 * import { pythPriceDataToReading } from 'xstock-lend';
 * const reading = pythPriceDataToReading(parsePriceData(Buffer.from(accountData), currentSlot));
 * ```
 */
export function pythPriceDataToReading(parsed: PythPriceDataLike): OracleReading {
  return {
    source: 'pyth-push',
    basis: 'share',
    price: parsed.aggregate.priceComponent,
    exponent: parsed.exponent,
    confidence: parsed.aggregate.confidenceComponent,
    publishTime: parsed.timestamp,
    emaPrice: parsed.emaPrice.valueComponent,
    status: pythPriceStatusToReadingStatus(parsed.status),
  };
}
