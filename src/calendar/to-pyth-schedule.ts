import { XStockLendError } from '../errors/index.js';
import { civilFromDay, dayNumber, toEpochMs, weekday as weekdayOf } from './civil-date.js';
import { assertSupportedYear, computeEarlyCloses, computeHolidays } from './nyse-rules.js';
import { formatPythSchedule, type PythDaySchedule, type PythHoliday } from './pyth-schedule.js';
import { zonedParts } from './time-zone.js';

const REGULAR_OPEN = 9 * 60 + 30;
const REGULAR_CLOSE = 16 * 60;

/**
 * Writes our NYSE regular-session calendar in Pyth's schedule format, listing the full closures and early closes of the
 * `months` months starting on `from`'s New York date (Pyth holidays have no year, so at most 12 months fit).
 * Diff it against a live `Equity.US.*` feed's `schedule` attribute to catch a calendar that has drifted.
 *
 * @param options - `from`: the first day covered; `months`: 1 to 12 (default 12)
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a bad date or month count, `CALENDAR_OUT_OF_RANGE` when the
 *   window leaves 2000–2040
 * @example
 * ```ts
 * import { toPythSchedule } from 'xstock-lend';
 * toPythSchedule({ from: new Date('2026-12-01T12:00:00Z'), months: 1 });
 * // 'America/New_York;0930-1600,0930-1600,0930-1600,0930-1600,0930-1600,C,C;1224/0930-1300,1225/C'
 * ```
 */
export function toPythSchedule(options: { from: Date; months?: number }): string {
  const fromMs = toEpochMs(options?.from, 'from');
  const months = options.months ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `months must be a whole number from 1 to 12 (Pyth holidays carry no year), got ${months}.`,
      {
        context: { argument: 'months', value: months },
      },
    );
  }
  const first = zonedParts('America/New_York', fromMs).day;
  const start = civilFromDay(first);
  const end = dayNumber(start.year, start.month + months, start.day); // exclusive
  const lastYear = civilFromDay(end - 1).year;
  assertSupportedYear(start.year);
  assertSupportedYear(lastYear);
  const holidays: PythHoliday[] = [];
  for (let year = start.year; year <= lastYear; year++) {
    const closures = computeHolidays(year);
    const early = computeEarlyCloses(year);
    const days = [...closures.keys(), ...early.keys()].filter((d) => d >= first && d < end).sort((a, b) => a - b);
    for (const day of days) {
      const wd = weekdayOf(day);
      if (wd === 0 || wd === 6) continue;
      const { month, day: dayOfMonth } = civilFromDay(day);
      const closeMinute = early.get(day);
      holidays.push({
        month,
        day: dayOfMonth,
        schedule:
          closeMinute === undefined
            ? { kind: 'closed' }
            : { kind: 'ranges', ranges: [{ startMinute: REGULAR_OPEN, endMinute: closeMinute }] },
      });
    }
  }
  const weekday = (): PythDaySchedule => ({
    kind: 'ranges',
    ranges: [{ startMinute: REGULAR_OPEN, endMinute: REGULAR_CLOSE }],
  });
  return formatPythSchedule({
    timeZone: 'America/New_York',
    weekly: [weekday(), weekday(), weekday(), weekday(), weekday(), { kind: 'closed' }, { kind: 'closed' }],
    holidays,
  });
}
