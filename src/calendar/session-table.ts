import { XStockLendError } from '../errors/index.js';
import { DAY_MS, dayNumber, weekday } from './civil-date.js';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, computeEarlyCloses, computeHolidays } from './nyse-rules.js';
import { zonedParts } from './time-zone.js';

/** Session kinds, in the order of {@link SESSION_NAMES}. */
export const CLOSED = 0;
export const PRE = 1;
export const REGULAR = 2;
export const POST = 3;
export const OVERNIGHT = 4;
/** Names of the session kinds by code. */
export const SESSION_NAMES = ['closed', 'pre', 'regular', 'post', 'overnight'] as const;

const NEW_YORK = 'America/New_York';
const MINUTE_MS = 60_000;
const PRE_OPEN = 4 * 60;
const REGULAR_OPEN = 9 * 60 + 30;
const REGULAR_CLOSE = 16 * 60;
const POST_HOURS = 4 * 60;
const OVERNIGHT_OPEN = 20 * 60;

/**
 * The whole 2000–2040 New York session timeline, flattened for O(1) lookups:
 * segment `i` is `[starts[i], starts[i + 1])` of kind `kinds[i]`; adjacent closed stretches are merged.
 */
export interface SessionTable {
  /** Segment start instants (ms since the epoch), ascending; the last entry only closes the one before it. */
  starts: Float64Array;
  /** Segment kinds (see the constants above). */
  kinds: Uint8Array;
  /** For each UTC day from `firstUtcDay`, the index of the segment containing that UTC midnight. */
  dayFirst: Int32Array;
  /** The UTC day number `dayFirst[0]` stands for. */
  firstUtcDay: number;
  /** First instant of the supported range: 2000-01-01 00:00 New York. */
  rangeStartMs: number;
  /** End (exclusive) of the supported range: 2041-01-01 00:00 New York. */
  rangeEndMs: number;
  /** Per New York day from `firstDay`: the regular open instant, or NaN when the exchange is closed. */
  openMs: Float64Array;
  /** Per New York day from `firstDay`: the regular close instant, or NaN when the exchange is closed. */
  closeMs: Float64Array;
  /** Per New York day from `firstDay`: 1 when the day closes early. */
  early: Uint8Array;
  /** The New York day number `openMs[0]` stands for. */
  firstDay: number;
}

let table: SessionTable | undefined;

/** The session table, built on first use (a few milliseconds) and shared afterwards. */
export function sessionTable(): SessionTable {
  table ??= buildSessionTable();
  return table;
}

/**
 * New York's UTC offset (minutes) at local noon of each day in `[firstDay, lastDay]`. Offsets change only at the 02:00
 * DST switches, months apart, so `Intl` is asked every four weeks and, where two samples differ, a binary search finds
 * the first day of the new offset (about a thousand `Intl` calls for the whole range instead of fifteen thousand).
 */
function noonOffsets(firstDay: number, lastDay: number): Int16Array {
  const count = lastDay - firstDay + 1;
  const offsets = new Int16Array(count);
  const sample = (i: number) => zonedParts(NEW_YORK, (firstDay + i) * DAY_MS + 17 * 60 * MINUTE_MS).offsetMinutes;
  const STEP = 28;
  let p = 0;
  let atP = sample(0);
  offsets[0] = atP;
  while (p < count - 1) {
    const c = Math.min(p + STEP, count - 1);
    const atC = sample(c);
    if (atC === atP) {
      offsets.fill(atC, p + 1, c + 1);
    } else {
      // First day in (p, c] with the new offset.
      let lo = p + 1;
      let hi = c;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sample(mid) === atC) hi = mid;
        else lo = mid + 1;
      }
      offsets.fill(atP, p + 1, lo);
      offsets.fill(atC, lo, c + 1);
    }
    p = c;
    atP = atC;
  }
  return offsets;
}

function buildSessionTable(): SessionTable {
  // One month of margin on each side so that sessions at the range's edges have real bounds.
  const firstDay = dayNumber(CALENDAR_MIN_YEAR - 1, 12, 1);
  const lastDay = dayNumber(CALENDAR_MAX_YEAR + 1, 1, 31);
  const days = lastDay - firstDay + 1;
  // Flat per-day arrays (index = day − firstDay, one spare day for "tomorrow") keep the build loop allocation-free.
  const tradingDay = new Uint8Array(days + 1);
  const closeMinuteOf = new Uint16Array(days + 1).fill(REGULAR_CLOSE);
  for (let i = 0; i <= days; i++) {
    const wd = weekday(firstDay + i);
    tradingDay[i] = wd === 0 || wd === 6 ? 0 : 1;
  }
  for (let year = CALENDAR_MIN_YEAR - 1; year <= CALENDAR_MAX_YEAR + 1; year++) {
    for (const day of computeHolidays(year).keys())
      if (day >= firstDay && day <= lastDay + 1) tradingDay[day - firstDay] = 0;
    for (const [day, minute] of computeEarlyCloses(year))
      if (day >= firstDay && day <= lastDay) closeMinuteOf[day - firstDay] = minute;
  }
  const offsets = noonOffsets(firstDay, lastDay + 1);
  const openMs = new Float64Array(days).fill(Number.NaN);
  const closeMs = new Float64Array(days).fill(Number.NaN);
  const early = new Uint8Array(days);

  const starts: number[] = [];
  const kinds: number[] = [];
  const push = (ms: number, kind: number) => {
    if (kinds.length > 0 && kinds[kinds.length - 1] === kind) return;
    starts.push(ms);
    kinds.push(kind);
  };
  push(firstDay * DAY_MS, CLOSED);
  for (let day = firstDay; day <= lastDay; day++) {
    const i = day - firstDay;
    // Every boundary is a wall time after 02:00, so the day's noon offset applies to all of them.
    const offsetMs = (offsets[i] as number) * MINUTE_MS;
    const wall = (minute: number) => day * DAY_MS + minute * MINUTE_MS - offsetMs;
    if (tradingDay[i] === 1) {
      const closeMinute = closeMinuteOf[i] as number;
      openMs[i] = wall(REGULAR_OPEN);
      closeMs[i] = wall(closeMinute);
      early[i] = closeMinute === REGULAR_CLOSE ? 0 : 1;
      push(wall(PRE_OPEN), PRE);
      push(wall(REGULAR_OPEN), REGULAR);
      push(wall(closeMinute), POST);
      const postEnd = closeMinute + POST_HOURS;
      if (postEnd < OVERNIGHT_OPEN) push(wall(postEnd), CLOSED);
    }
    push(wall(OVERNIGHT_OPEN), tradingDay[i + 1] === 1 ? OVERNIGHT : CLOSED);
  }
  push((lastDay + 1) * DAY_MS, CLOSED);
  starts.push(Number.POSITIVE_INFINITY);
  kinds.push(CLOSED);

  const startArray = Float64Array.from(starts);
  const firstUtcDay = firstDay;
  const utcDays = lastDay - firstDay + 2;
  const dayFirst = new Int32Array(utcDays);
  let segment = 0;
  for (let u = 0; u < utcDays; u++) {
    const midnight = (firstUtcDay + u) * DAY_MS;
    while ((startArray[segment + 1] as number) <= midnight) segment++;
    dayFirst[u] = segment;
  }
  const rangeStartDay = dayNumber(CALENDAR_MIN_YEAR, 1, 1);
  const rangeEndDay = dayNumber(CALENDAR_MAX_YEAR + 1, 1, 1);
  return {
    starts: startArray,
    kinds: Uint8Array.from(kinds),
    dayFirst,
    firstUtcDay,
    rangeStartMs: rangeStartDay * DAY_MS - (offsets[rangeStartDay - firstDay] as number) * MINUTE_MS,
    rangeEndMs: rangeEndDay * DAY_MS - (offsets[rangeEndDay - firstDay] as number) * MINUTE_MS,
    openMs,
    closeMs,
    early,
    firstDay,
  };
}

/**
 * Index of the segment containing `ms`, after checking that `ms` lies within the supported range.
 *
 * @param t - the session table
 * @param ms - milliseconds since the epoch
 * @throws {@link XStockLendError} `CALENDAR_OUT_OF_RANGE`
 */
export function segmentIndex(t: SessionTable, ms: number): number {
  if (ms < t.rangeStartMs || ms >= t.rangeEndMs) {
    throw new XStockLendError(
      'CALENDAR_OUT_OF_RANGE',
      `${new Date(ms).toISOString()} is outside the calendar's range (New York dates ${CALENDAR_MIN_YEAR}-01-01 to ${CALENDAR_MAX_YEAR}-12-31).`,
      { context: { at: new Date(ms).toISOString(), minYear: CALENDAR_MIN_YEAR, maxYear: CALENDAR_MAX_YEAR } },
    );
  }
  let i = t.dayFirst[Math.floor(ms / DAY_MS) - t.firstUtcDay] as number;
  while ((t.starts[i + 1] as number) <= ms) i++;
  return i;
}
