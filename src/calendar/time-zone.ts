import { DAY_MS } from './civil-date.js';

/** Wall-clock fields of an instant in some time zone. */
export interface ZonedParts {
  /** Days since 1970-01-01 of the local civil date. */
  day: number;
  /** Local month, 1..12. */
  month: number;
  /** Local day of month, 1..31. */
  dayOfMonth: number;
  /** Milliseconds since local midnight. */
  msOfDay: number;
  /** The zone's offset from UTC at that instant, in minutes (New York: −300 or −240). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat` for a zone; throws `RangeError` for an unknown zone.
 *
 * @param timeZone - an IANA zone name, e.g. `America/New_York`
 */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Local wall-clock fields of `utcMs` in `timeZone`, through `Intl` (never the process's own zone).
 *
 * @param timeZone - an IANA zone name
 * @param utcMs - milliseconds since the epoch
 */
export function zonedParts(timeZone: string, utcMs: number): ZonedParts {
  let year = 0;
  let month = 0;
  let dayOfMonth = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of zoneFormatter(timeZone).formatToParts(utcMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        dayOfMonth = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  const millis = ((utcMs % 1000) + 1000) % 1000;
  const localAsUtc = Date.UTC(year, month - 1, dayOfMonth, hour, minute, second, millis);
  const day = Math.floor(localAsUtc / DAY_MS);
  return {
    day,
    month,
    dayOfMonth,
    msOfDay: localAsUtc - day * DAY_MS,
    offsetMinutes: Math.round((localAsUtc - utcMs) / 60_000),
  };
}
