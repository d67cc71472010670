import type { OracleReading } from './oracle-reading.js';

/**
 * Maps a legacy Pyth `PriceStatus` number (0 Unknown, 1 Trading, 2 Halted, 3 Auction, 4 Ignored) to the
 * {@link OracleReading} status: Trading → `trading`, Halted → `halted`, anything else → `unknown`.
 *
 * @param status - the raw status (`PriceStatus` from `@pythnetwork/client`)
 * @example
 * ```ts
 * import { pythPriceStatusToReadingStatus } from 'xstock-lend';
 * pythPriceStatusToReadingStatus(1); // 'trading'
 * pythPriceStatusToReadingStatus(3); // 'unknown' (auction)
 * ```
 */
export function pythPriceStatusToReadingStatus(status: number): NonNullable<OracleReading['status']> {
  if (status === 1) return 'trading';
  if (status === 2) return 'halted';
  return 'unknown';
}
