import { XStockLendError } from '../errors/index.js';
import { civilFromDay, dayNumber, formatDay, parseDay, weekday } from './civil-date.js';
import { easterSunday } from './easter.js';
import { NYSE_AD_HOC_CLOSURES, NYSE_AD_HOC_EARLY_CLOSES } from './nyse-ad-hoc.js';

/** First year the calendar supports. */
export const CALENDAR_MIN_YEAR = 2000;
/** Last year the calendar supports. */
export const CALENDAR_MAX_YEAR = 2040;

const SUNDAY = 0;
const MONDAY = 1;
const WEDNESDAY = 3;
const THURSDAY = 4;
const SATURDAY = 6;
/** 13:00 New York, in minutes after midnight. */
const EARLY_CLOSE_MINUTE = 13 * 60;

/** The `nth` (1-based) given weekday of a month, as a day number. */
function nthWeekday(year: number, month: number, wd: number, nth: number): number {
  const first = dayNumber(year, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7;
}

/** The last given weekday of a month, as a day number. */
function lastWeekday(year: number, month: number, wd: number): number {
  const last = dayNumber(year, month + 1, 1) - 1;
  return last - ((weekday(last) - wd + 7) % 7);
}

/** A fixed-date holiday observed on Friday when it falls on Saturday and on Monday when it falls on Sunday. */
function nearestWeekday(day: number): number {
  const wd = weekday(day);
  if (wd === SATURDAY) return day - 1;
  if (wd === SUNDAY) return day + 1;
  return day;
}

/**
 * NYSE full-day closures of any year from the exchange's rules plus the ad-hoc table, keyed by day number.
 * Unchecked: the public wrappers validate the year.
 */
export function computeHolidays(year: number): Map<number, string> {
  const out = new Map<number, string>();
  // Rule 7.2: a Saturday New Year's Day is not observed on the Friday before (that Friday ends the accounting year).
  const newYear = dayNumber(year, 1, 1);
  if (weekday(newYear) === SUNDAY) out.set(newYear + 1, "New Year's Day");
  else if (weekday(newYear) !== SATURDAY) out.set(newYear, "New Year's Day");
  out.set(nthWeekday(year, 1, MONDAY, 3), 'Martin Luther King Jr. Day');
  out.set(nthWeekday(year, 2, MONDAY, 3), "Washington's Birthday");
  out.set(easterSunday(year) - 2, 'Good Friday');
  out.set(lastWeekday(year, 5, MONDAY), 'Memorial Day');
  if (year >= 2022) out.set(nearestWeekday(dayNumber(year, 6, 19)), 'Juneteenth National Independence Day');
  out.set(nearestWeekday(dayNumber(year, 7, 4)), 'Independence Day');
  out.set(nthWeekday(year, 9, MONDAY, 1), 'Labor Day');
  out.set(nthWeekday(year, 11, THURSDAY, 4), 'Thanksgiving Day');
  out.set(nearestWeekday(dayNumber(year, 12, 25)), 'Christmas Day');
  for (const closure of NYSE_AD_HOC_CLOSURES) {
    const day = parseDay(closure.date);
    if (civilFromDay(day).year === year) out.set(day, closure.name);
  }
  return out;
}

/**
 * NYSE 13:00 early closes of any year from the exchange's rules plus the ad-hoc table: day number → close minute.
 * Unchecked: the public wrappers validate the year.
 */
export function computeEarlyCloses(year: number): Map<number, number> {
  const out = new Map<number, number>();
  const july3 = dayNumber(year, 7, 3);
  const july3Weekday = weekday(july3);
  // The day before Independence Day closes early on Mon, Tue and Thu; on Wednesday only since 2013.
  // Before 2013, when July 4 fell on a Thursday, the Friday after closed early instead.
  if (july3Weekday === MONDAY || july3Weekday === 2 || july3Weekday === THURSDAY) out.set(july3, EARLY_CLOSE_MINUTE);
  if (july3Weekday === WEDNESDAY) {
    if (year >= 2013) out.set(july3, EARLY_CLOSE_MINUTE);
    else out.set(july3 + 2, EARLY_CLOSE_MINUTE);
  }
  out.set(nthWeekday(year, 11, THURSDAY, 4) + 1, EARLY_CLOSE_MINUTE);
  const christmasEve = dayNumber(year, 12, 24);
  const eveWeekday = weekday(christmasEve);
  if (eveWeekday >= MONDAY && eveWeekday <= THURSDAY) out.set(christmasEve, EARLY_CLOSE_MINUTE);
  for (const early of NYSE_AD_HOC_EARLY_CLOSES) {
    const day = parseDay(early.date);
    if (civilFromDay(day).year === year) out.set(day, early.closeMinute);
  }
  // A day the exchange does not open cannot close early.
  const holidays = computeHolidays(year);
  for (const day of out.keys()) {
    if (holidays.has(day) || weekday(day) === SATURDAY || weekday(day) === SUNDAY) out.delete(day);
  }
  return out;
}

/**
 * One NYSE full-day closure.
 *
 * @example
 * ```ts
 * import type { NyseHoliday } from 'xstock-lend';
 * const h: NyseHoliday = { date: '2026-11-26', name: 'Thanksgiving Day' };
 * ```
 */
export interface NyseHoliday {
  /** New York date, `YYYY-MM-DD`. */
  date: string;
  /** The holiday or the reason for the closure. */
  name: string;
}

/**
 * One NYSE early-close day.
 *
 * @example
 * ```ts
 * import type { NyseEarlyClose } from 'xstock-lend';
 * const e: NyseEarlyClose = { date: '2026-11-27', close: '13:00' };
 * ```
 */
export interface NyseEarlyClose {
  /** New York date, `YYYY-MM-DD`. */
  date: string;
  /** Regular-session close, `HH:MM` New York time. */
  close: string;
}

/**
 * Throws `CALENDAR_OUT_OF_RANGE` (or `INVALID_ARGUMENT` for a non-integer) unless `year` is supported.
 *
 * @param year - the year to check
 */
export function assertSupportedYear(year: unknown): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new XStockLendError('INVALID_ARGUMENT', `year must be a whole number, got ${String(year)}.`, {
      context: { argument: 'year', value: String(year) },
    });
  }
  if (year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new XStockLendError(
      'CALENDAR_OUT_OF_RANGE',
      `The NYSE calendar covers ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}; ${year} is outside it.`,
      { context: { year, minYear: CALENDAR_MIN_YEAR, maxYear: CALENDAR_MAX_YEAR } },
    );
  }
}

/**
 * The days the NYSE is closed all day in `year` (weekdays only), oldest first, from the exchange's holiday rules
 * (weekend observance, Good Friday from Easter, Juneteenth from 2022, a Saturday New Year's Day not observed) and the
 * table of ad-hoc closures since 2000.
 *
 * @param year - 2000 to 2040
 * @throws {@link XStockLendError} `CALENDAR_OUT_OF_RANGE` outside 2000–2040, `INVALID_ARGUMENT` for a non-integer
 * @example
 * ```ts
 * import { nyseHolidays } from 'xstock-lend';
 * nyseHolidays(2026).map((h) => h.date);
 * // ['2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25']
 * ```
 */
export function nyseHolidays(year: number): NyseHoliday[] {
  assertSupportedYear(year);
  return [...computeHolidays(year)].sort(([a], [b]) => a - b).map(([day, name]) => ({ date: formatDay(day), name }));
}

/**
 * The NYSE's early-close days in `year` (regular session ends at `close`, New York time; post-market then runs four
 * hours, e.g. 13:00–17:00), oldest first.
 *
 * @param year - 2000 to 2040
 * @throws {@link XStockLendError} `CALENDAR_OUT_OF_RANGE` outside 2000–2040, `INVALID_ARGUMENT` for a non-integer
 * @example
 * ```ts
 * import { nyseEarlyCloses } from 'xstock-lend';
 * nyseEarlyCloses(2026); // [{ date: '2026-11-27', close: '13:00' }, { date: '2026-12-24', close: '13:00' }]
 * ```
 */
export function nyseEarlyCloses(year: number): NyseEarlyClose[] {
  assertSupportedYear(year);
  return [...computeEarlyCloses(year)]
    .sort(([a], [b]) => a - b)
    .map(([day, minute]) => ({
      date: formatDay(day),
      close: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
    }));
}
