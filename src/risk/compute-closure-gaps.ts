import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, getTradingDay, nextMarketOpen } from '../calendar/index.js';
import type { OhlcBar } from './ohlc-bar.js';

/**
 * The move across one market closure: from a regular-session close to the next regular-session open.
 *
 * @example
 * ```ts
 * import type { ClosureGap } from 'xstock-lend';
 * const g: ClosureGap = { closeDate: '2020-03-13', openDate: '2020-03-16', hours: 65.5, gap: -0.0747 };
 * ```
 */
export interface ClosureGap {
  /** Date of the close the closure starts at. */
  closeDate: string;
  /** Date of the open it ends at. */
  openDate: string;
  /** Length of the closure in hours (17.5 overnight, 65.5 over a weekend, 89.5 over a long weekend). */
  hours: number;
  /** `open / previous close − 1`. */
  gap: number;
}

/**
 * A bar {@link computeClosureGaps} could not measure a gap to.
 *
 * @example
 * ```ts
 * import type { ClosureGapAnomaly } from 'xstock-lend';
 * const a: ClosureGapAnomaly = { date: '2026-12-25', reason: 'bar on a day the NYSE was closed' };
 * ```
 */
export interface ClosureGapAnomaly {
  /** The bar's date. */
  date: string;
  /** Why it was left out. */
  reason: string;
}

/**
 * The result of {@link computeClosureGaps}.
 *
 * @example
 * ```ts
 * import { computeClosureGaps, type ClosureGaps } from 'xstock-lend';
 * const result: ClosureGaps = computeClosureGaps([]);
 * ```
 */
export interface ClosureGaps {
  /** One entry per pair of consecutive bars that are consecutive trading days. */
  gaps: ClosureGap[];
  /** Bars dated on a day the NYSE was closed, or pairs with trading days missing between them; left out of `gaps`. */
  anomalies: ClosureGapAnomaly[];
}

/**
 * Measures every close-to-open gap in daily bars against the NYSE calendar, so that each gap knows how long the
 * market was shut (overnight, weekend, holiday weekend, 2001's week-long closure). Bars on closed days and holes in
 * the data are reported, not guessed over.
 *
 * @param bars - split-adjusted daily bars, oldest first (bars outside 2000–2040 are reported as anomalies)
 * @example
 * ```ts
 * import { computeClosureGaps, parseOhlcCsv } from 'xstock-lend';
 * const { gaps } = computeClosureGaps(parseOhlcCsv(csvText).bars);
 * const weekends = gaps.filter((g) => g.hours > 40);
 * ```
 */
export function computeClosureGaps(bars: readonly OhlcBar[]): ClosureGaps {
  const gaps: ClosureGap[] = [];
  const anomalies: ClosureGapAnomaly[] = [];
  let previous: { bar: OhlcBar; close: Date } | undefined;
  for (const bar of bars) {
    if (bar.date < `${CALENDAR_MIN_YEAR}-01-01` || bar.date > `${CALENDAR_MAX_YEAR}-12-31`) {
      anomalies.push({ date: bar.date, reason: 'outside the calendar range' });
      previous = undefined;
      continue;
    }
    const day = getTradingDay(bar.date);
    if (day === null) {
      anomalies.push({ date: bar.date, reason: 'bar on a day the NYSE was closed' });
      continue;
    }
    if (previous !== undefined) {
      if (nextMarketOpen(previous.close).getTime() !== day.open.getTime()) {
        anomalies.push({ date: bar.date, reason: `trading days missing since ${previous.bar.date}` });
      } else {
        gaps.push({
          closeDate: previous.bar.date,
          openDate: bar.date,
          hours: (day.open.getTime() - previous.close.getTime()) / 3_600_000,
          gap: bar.open / previous.bar.close - 1,
        });
      }
    }
    previous = { bar, close: day.close };
  }
  return { gaps, anomalies };
}
