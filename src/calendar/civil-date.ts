import { XStockLendError } from '../errors/index.js';

/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days since 1970-01-01 of a proleptic Gregorian civil date (no time zone involved).
 *
 * @param year - full year
 * @param month - 1..12
 * @param day - 1..31
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday. @param day - days since 1970-01-01 */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The `YYYY-MM-DD` string of a day number. @param day - days since 1970-01-01 */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Year, month (1..12) and day of a day number. @param day - days since 1970-01-01 */
export function civilFromDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Parses a strict `YYYY-MM-DD` civil date into a day number.
 *
 * @param text - the date string
 * @param argument - the parameter's name, for the error
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for anything but a real calendar date in that exact form
 */
export function parseDay(text: unknown, argument = 'day'): number {
  const match = typeof text === 'string' ? DAY_PATTERN.exec(text) : null;
  if (match === null) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `${argument} must be a New York date written YYYY-MM-DD, got ${JSON.stringify(text)}.`,
      {
        context: { argument, value: String(text) },
      },
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const result = dayNumber(year, month, day);
  const back = civilFromDay(result);
  if (month < 1 || month > 12 || back.month !== month || back.day !== day) {
    throw new XStockLendError('INVALID_ARGUMENT', `${argument} ${text} is not a real calendar date.`, {
      context: { argument, value: text },
    });
  }
  return result;
}

/**
 * Milliseconds since the epoch of a valid `Date`, or a typed error.
 *
 * @param at - the instant
 * @param argument - the parameter's name, for the error
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` when `at` is not a `Date` or is an invalid one
 */
export function toEpochMs(at: unknown, argument = 'at'): number {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `${argument} must be a valid Date, got ${at instanceof Date ? 'Invalid Date' : typeof at}.`,
      {
        context: { argument },
      },
    );
  }
  return ms;
}
