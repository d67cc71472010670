import { XStockLendError } from '../errors/index.js';
import { weekday } from './civil-date.js';
import { zonedParts, zoneFormatter } from './time-zone.js';

/**
 * One inclusive time range of a Pyth day schedule, in minutes after local midnight (`endMinute` 1440 = `2400`,
 * the end of the day).
 *
 * @example
 * ```ts
 * import type { PythTimeRange } from 'xstock-lend';
 * const regular: PythTimeRange = { startMinute: 570, endMinute: 960 }; // 0930-1600
 * ```
 */
export interface PythTimeRange {
  /** Start, minutes after local midnight (0..1440). */
  startMinute: number;
  /** End (inclusive), minutes after local midnight (startMinute..1440). */
  endMinute: number;
}

/**
 * A Pyth day schedule: `O` (open all day), `C` (closed) or one or more `HHMM-HHMM` ranges joined by `&`.
 *
 * @example
 * ```ts
 * import type { PythDaySchedule } from 'xstock-lend';
 * const halfDay: PythDaySchedule = { kind: 'ranges', ranges: [{ startMinute: 570, endMinute: 780 }] };
 * ```
 */
export type PythDaySchedule =
  | {
      /** `O`: open all day. */
      kind: 'open';
    }
  | {
      /** `C`: closed all day. */
      kind: 'closed';
    }
  | {
      /** `HHMM-HHMM&…`: open during the ranges. */
      kind: 'ranges';
      /** The ranges, in order, not overlapping. */
      ranges: PythTimeRange[];
    };

/**
 * A date-specific override in a Pyth schedule (`MMDD/DaySchedule`). Pyth holidays carry no year: a schedule lists the
 * coming ~12 months.
 *
 * @example
 * ```ts
 * import type { PythHoliday } from 'xstock-lend';
 * const christmas: PythHoliday = { month: 12, day: 25, schedule: { kind: 'closed' } };
 * ```
 */
export interface PythHoliday {
  /** Month, 1..12. */
  month: number;
  /** Day of month, 1..31 (29 February allowed). */
  day: number;
  /** The schedule that replaces the weekly one on that date. */
  schedule: PythDaySchedule;
}

/**
 * A parsed Pyth market-hours schedule (`Timezone;WeeklySchedule;Holidays`).
 *
 * @example
 * ```ts
 * import { parsePythSchedule, type PythSchedule } from 'xstock-lend';
 * const s: PythSchedule = parsePythSchedule('America/New_York;O,O,O,O,O,C,C;1225/C');
 * ```
 */
export interface PythSchedule {
  /** IANA time zone of the market, e.g. `America/New_York`. */
  timeZone: string;
  /** Seven day schedules, Monday first. */
  weekly: PythDaySchedule[];
  /** Date overrides, in the order written. */
  holidays: PythHoliday[];
}

const TIME = /^(\d{2})(\d{2})$/;
const HOLIDAY = /^(\d{2})(\d{2})\/(.+)$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function invalid(text: string, part: string, why: string): XStockLendError {
  return new XStockLendError('INVALID_SCHEDULE', `Invalid Pyth schedule: ${why} (at ${JSON.stringify(part)}).`, {
    context: { schedule: text, part, reason: why },
  });
}

function parseTime(text: string, part: string): number {
  const match = TIME.exec(part);
  if (match === null) throw invalid(text, part, 'a time must be four digits HHMM');
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) {
    throw invalid(text, part, 'a time must be 0000 to 2359, or 2400 for the end of the day');
  }
  return hours * 60 + minutes;
}

function parseDaySchedule(text: string, part: string): PythDaySchedule {
  if (part === 'O') return { kind: 'open' };
  if (part === 'C') return { kind: 'closed' };
  const ranges: PythTimeRange[] = [];
  for (const range of part.split('&')) {
    const bounds = range.split('-');
    if (bounds.length !== 2) throw invalid(text, range, "a day must be 'O', 'C' or HHMM-HHMM ranges joined by '&'");
    const startMinute = parseTime(text, bounds[0] as string);
    const endMinute = parseTime(text, bounds[1] as string);
    if (endMinute < startMinute) throw invalid(text, range, 'a range must not end before it starts');
    const previous = ranges[ranges.length - 1];
    if (previous !== undefined && startMinute <= previous.endMinute) {
      throw invalid(text, range, 'ranges must be in order and must not overlap');
    }
    ranges.push({ startMinute, endMinute });
  }
  return { kind: 'ranges', ranges };
}

/**
 * Parses a Pyth product `schedule` attribute: `Timezone;Mon,Tue,Wed,Thu,Fri,Sat,Sun;MMDD/Day,MMDD/Day…`.
 * Strict: no spaces, exactly seven days, real times (`0000`–`2400`), real month-days, a time zone `Intl` knows,
 * no duplicate holidays, nothing after the holiday list.
 *
 * @param text - the schedule string
 * @throws {@link XStockLendError} `INVALID_SCHEDULE` naming the offending part
 * @example
 * ```ts
 * import { parsePythSchedule } from 'xstock-lend';
 * const s = parsePythSchedule('America/New_York;O,O,O,O,O,C,C;1224/0930-1300,1225/C');
 * s.holidays[0]; // { month: 12, day: 24, schedule: { kind: 'ranges', ranges: [{ startMinute: 570, endMinute: 780 }] } }
 * ```
 */
export function parsePythSchedule(text: string): PythSchedule {
  if (typeof text !== 'string') throw invalid(String(text), String(text), 'a schedule must be a string');
  const sections = text.split(';');
  if (sections.length < 2 || sections.length > 3) {
    throw invalid(text, text, "expected 'Timezone;WeeklySchedule;Holidays' (three parts separated by ';')");
  }
  const [timeZone, weeklyText, holidayText = ''] = sections as [string, string, string?];
  if (timeZone === '' || /\s/.test(timeZone)) throw invalid(text, timeZone, 'missing or malformed time zone');
  try {
    zoneFormatter(timeZone);
  } catch {
    throw invalid(text, timeZone, 'unknown time zone');
  }
  const days = weeklyText.split(',');
  if (days.length !== 7)
    throw invalid(text, weeklyText, `the weekly schedule needs 7 days (Monday first), found ${days.length}`);
  const weekly = days.map((day) => parseDaySchedule(text, day));
  const holidays: PythHoliday[] = [];
  const seen = new Set<number>();
  if (holidayText !== '') {
    for (const entry of holidayText.split(',')) {
      const match = HOLIDAY.exec(entry);
      if (match === null) throw invalid(text, entry, 'a holiday must be MMDD/DaySchedule');
      const month = Number(match[1]);
      const day = Number(match[2]);
      if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] as number)) {
        throw invalid(text, entry, 'not a real month and day');
      }
      if (seen.has(month * 100 + day)) throw invalid(text, entry, 'the same date is listed twice');
      seen.add(month * 100 + day);
      holidays.push({ month, day, schedule: parseDaySchedule(text, match[3] as string) });
    }
  }
  return { timeZone, weekly, holidays };
}

function formatTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}`;
}

function formatDaySchedule(day: PythDaySchedule): string {
  if (day.kind === 'open') return 'O';
  if (day.kind === 'closed') return 'C';
  return day.ranges.map((r) => `${formatTime(r.startMinute)}-${formatTime(r.endMinute)}`).join('&');
}

/**
 * Writes a schedule in Pyth's format. `formatPythSchedule(parsePythSchedule(s)) === s` for every canonical `s`
 * (three parts, holidays in the order given).
 *
 * @param schedule - the schedule
 * @example
 * ```ts
 * import { formatPythSchedule } from 'xstock-lend';
 * formatPythSchedule({ timeZone: 'America/New_York', weekly: Array(7).fill({ kind: 'open' }), holidays: [] });
 * // 'America/New_York;O,O,O,O,O,O,O;'
 * ```
 */
export function formatPythSchedule(schedule: PythSchedule): string {
  const weekly = schedule.weekly.map(formatDaySchedule).join(',');
  const holidays = schedule.holidays
    .map((h) => `${String(h.month).padStart(2, '0')}${String(h.day).padStart(2, '0')}/${formatDaySchedule(h.schedule)}`)
    .join(',');
  return `${schedule.timeZone};${weekly};${holidays}`;
}

/**
 * Whether a Pyth schedule has the market open at `at`, with pyth-agent's semantics: local wall time in the schedule's
 * zone, a holiday entry for that month-day replaces the weekday's schedule, ranges include both ends (so `0930-1600`
 * is open at 16:00:00.000 exactly, one instant longer than the NYSE's half-open regular session).
 *
 * @param schedule - a parsed schedule
 * @param at - the instant
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for an invalid Date
 * @example
 * ```ts
 * import { isOpenBySchedule, parsePythSchedule } from 'xstock-lend';
 * const s = parsePythSchedule('America/New_York;0930-1600,0930-1600,0930-1600,0930-1600,0930-1600,C,C;1225/C');
 * isOpenBySchedule(s, new Date('2026-12-24T15:00:00Z')); // true
 * isOpenBySchedule(s, new Date('2026-12-25T15:00:00Z')); // false
 * ```
 */
export function isOpenBySchedule(schedule: PythSchedule, at: Date): boolean {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new XStockLendError('INVALID_ARGUMENT', 'at must be a valid Date.', { context: { argument: 'at' } });
  }
  const local = zonedParts(schedule.timeZone, ms);
  const holiday = schedule.holidays.find((h) => h.month === local.month && h.day === local.dayOfMonth);
  // weekday(): 0 = Sunday; the weekly list starts on Monday.
  const day = holiday?.schedule ?? schedule.weekly[(weekday(local.day) + 6) % 7];
  if (day === undefined || day.kind === 'closed') return false;
  if (day.kind === 'open') return true;
  return day.ranges.some((r) => local.msOfDay >= r.startMinute * 60_000 && local.msOfDay <= r.endMinute * 60_000);
}
