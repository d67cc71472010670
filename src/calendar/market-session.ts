import { XStockLendError } from '../errors/index.js';
import { toEpochMs } from './civil-date.js';
import { REGULAR, SESSION_NAMES, segmentIndex, sessionTable } from './session-table.js';

/**
 * A US equity trading session in New York time:
 * `pre` 04:00–09:30, `regular` 09:30–16:00 (13:00 on early-close days), `post` 16:00–20:00 (13:00–17:00 after an early
 * close), `overnight` 20:00 on the evening before a trading day to 04:00 on it, and `closed` for everything else.
 *
 * @example
 * ```ts
 * import type { SessionName } from 'xstock-lend';
 * const s: SessionName = 'overnight';
 * ```
 */
export type SessionName = 'pre' | 'regular' | 'post' | 'overnight' | 'closed';

/**
 * The session containing an instant, with its half-open bounds `[start, end)`.
 * A `closed` session spans the whole stretch between the two sessions around it (e.g. Friday 20:00 to Sunday 20:00).
 *
 * @example
 * ```ts
 * import { getMarketSession, type MarketSession } from 'xstock-lend';
 * const s: MarketSession = getMarketSession(new Date('2026-12-04T15:00:00Z'));
 * // { session: 'regular', start: 2026-12-04T14:30:00Z, end: 2026-12-04T21:00:00Z }
 * ```
 */
export interface MarketSession {
  /** Which session. */
  session: SessionName;
  /** First instant of the session (inclusive). */
  start: Date;
  /** First instant after the session (exclusive). */
  end: Date;
}

/**
 * The US equity session containing `at`, from the NYSE calendar (holidays, early closes, ad-hoc closures) and New York
 * daylight-saving time. Constant time: a few array reads.
 *
 * @param at - any instant whose New York date is in 2000–2040
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for an invalid Date, `CALENDAR_OUT_OF_RANGE` outside 2000–2040
 * @example
 * ```ts
 * import { getMarketSession } from 'xstock-lend';
 * const { session, end } = getMarketSession(new Date('2026-12-05T17:00:00Z')); // a Saturday
 * console.log(session, end.toISOString()); // 'closed' '2026-12-07T01:00:00.000Z' (Sunday 20:00 New York)
 * ```
 */
export function getMarketSession(at: Date): MarketSession {
  const t = sessionTable();
  const i = segmentIndex(t, toEpochMs(at));
  return {
    session: SESSION_NAMES[t.kinds[i] as number] as SessionName,
    start: new Date(t.starts[i] as number),
    end: new Date(t.starts[i + 1] as number),
  };
}

/**
 * Whether the NYSE regular session (09:30–16:00 New York, 13:00 on early-close days) is under way at `at`.
 *
 * @param at - the instant
 * @throws {@link XStockLendError} `INVALID_ARGUMENT`, `CALENDAR_OUT_OF_RANGE`
 * @example
 * ```ts
 * import { isMarketOpen } from 'xstock-lend';
 * isMarketOpen(new Date('2026-12-04T15:00:00Z')); // true (Friday 10:00 New York)
 * isMarketOpen(new Date('2026-12-25T15:00:00Z')); // false (Christmas)
 * ```
 */
export function isMarketOpen(at: Date): boolean {
  const t = sessionTable();
  return t.kinds[segmentIndex(t, toEpochMs(at))] === REGULAR;
}

/** First regular session starting after segment `i` (exclusive), as a segment index. */
function nextRegular(i: number, from: Date): number {
  const t = sessionTable();
  for (let j = i + 1; j < t.kinds.length - 1; j++) {
    if (t.kinds[j] === REGULAR) return j;
  }
  throw new XStockLendError(
    'CALENDAR_OUT_OF_RANGE',
    `No regular session after ${from.toISOString()} within the calendar's range.`,
    {
      context: { at: from.toISOString() },
    },
  );
}

/**
 * The first regular-session open strictly after `at` (09:30 New York on the next trading day, or today's when `at` is
 * before it).
 *
 * @param at - the instant
 * @throws {@link XStockLendError} `INVALID_ARGUMENT`, `CALENDAR_OUT_OF_RANGE`
 * @example
 * ```ts
 * import { nextMarketOpen } from 'xstock-lend';
 * nextMarketOpen(new Date('2026-12-24T20:00:00Z')).toISOString(); // '2026-12-28T14:30:00.000Z' (Christmas in between)
 * ```
 */
export function nextMarketOpen(at: Date): Date {
  const t = sessionTable();
  const i = segmentIndex(t, toEpochMs(at));
  return new Date(t.starts[nextRegular(i, at)] as number);
}

/**
 * The end of the regular session containing `at`, or else of the next regular session.
 *
 * @param at - the instant
 * @throws {@link XStockLendError} `INVALID_ARGUMENT`, `CALENDAR_OUT_OF_RANGE`
 * @example
 * ```ts
 * import { nextMarketClose } from 'xstock-lend';
 * nextMarketClose(new Date('2026-11-27T15:00:00Z')).toISOString(); // '2026-11-27T18:00:00.000Z' (13:00 early close)
 * ```
 */
export function nextMarketClose(at: Date): Date {
  const t = sessionTable();
  const i = segmentIndex(t, toEpochMs(at));
  const j = t.kinds[i] === REGULAR ? i : nextRegular(i, at);
  return new Date(t.starts[j + 1] as number);
}

/**
 * The end of the most recent regular session that ended at or before `at`: when the market is closed, the instant the
 * last official close was made (what a frozen regular-hours oracle still shows).
 *
 * @param at - the instant
 * @throws {@link XStockLendError} `INVALID_ARGUMENT`, `CALENDAR_OUT_OF_RANGE`
 * @example
 * ```ts
 * import { previousMarketClose } from 'xstock-lend';
 * previousMarketClose(new Date('2026-12-05T17:00:00Z')).toISOString(); // '2026-12-04T21:00:00.000Z' (Friday 16:00)
 * ```
 */
export function previousMarketClose(at: Date): Date {
  const t = sessionTable();
  const i = segmentIndex(t, toEpochMs(at));
  for (let j = t.kinds[i] === REGULAR ? i - 1 : i; j >= 0; j--) {
    if (t.kinds[j] === REGULAR) return new Date(t.starts[j + 1] as number);
  }
  throw new XStockLendError(
    'CALENDAR_OUT_OF_RANGE',
    `No regular session before ${at.toISOString()} within the calendar's range.`,
    {
      context: { at: at.toISOString() },
    },
  );
}
