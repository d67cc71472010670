/**
 * One daily bar of an equity: New York trading date and prices in USD per share.
 *
 * @example
 * ```ts
 * import type { OhlcBar } from 'xstock-lend';
 * const bar: OhlcBar = { date: '2024-03-08', open: 181.5, high: 182.7, low: 175.4, close: 175.3, volume: 85_000_000 };
 * ```
 */
export interface OhlcBar {
  /** New York trading date, `YYYY-MM-DD`. */
  date: string;
  /** Opening price. */
  open: number;
  /** High of the day. */
  high: number;
  /** Low of the day. */
  low: number;
  /** Closing price (not dividend-adjusted). */
  close: number;
  /** Shares traded. */
  volume: number;
}
