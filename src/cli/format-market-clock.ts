import { getMarketSession, getTradingDay, nextMarketClose, nextMarketOpen, nyseHolidays } from '../calendar/index.js';

const nyDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/New_York',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const nyTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/New_York',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const nyWeekday = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short' });
const utcTime = (d: Date) => d.toISOString().slice(11, 16);

/**
 * A duration as `2d 3h 5m`.
 *
 * @param ms - milliseconds
 * @example
 * ```ts
 * formatDuration(93_900_000); // '1d 2h 5m'
 * ```
 */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d > 0 ? `${d}d` : '', h > 0 ? `${h}h` : '', `${m}m`].filter(Boolean).join(' ');
}

/**
 * The New York date and time of an instant, `YYYY-MM-DD Ddd HH:MM`.
 *
 * @param at - the instant
 * @example
 * ```ts
 * formatNewYork(new Date('2026-12-04T15:00:00Z')); // '2026-12-04 Fri 10:00'
 * ```
 */
export function formatNewYork(at: Date): string {
  return `${nyDate.format(at)} ${nyWeekday.format(at)} ${nyTime.format(at)}`;
}

/**
 * The market clock as text lines: the session now, the next open and close, and the regular session of `days` days
 * in New York and UTC.
 *
 * @param at - the instant to describe
 * @param days - how many days to list, today first
 * @example
 * ```ts
 * for (const line of formatMarketClock(new Date(), 8)) console.log(line);
 * ```
 */
export function formatMarketClock(at: Date, days: number): string[] {
  const lines: string[] = [];
  const session = getMarketSession(at);
  const open = nextMarketOpen(at);
  const close = nextMarketClose(at);
  lines.push(`now: ${at.toISOString()} (New York ${formatNewYork(at)})`);
  lines.push(
    `session: ${session.session} since ${formatNewYork(session.start)}, until ${formatNewYork(session.end)} New York (${formatDuration(session.end.getTime() - at.getTime())} left)`,
  );
  lines.push(`next regular open:  ${open.toISOString()} (in ${formatDuration(open.getTime() - at.getTime())})`);
  lines.push(`next regular close: ${close.toISOString()} (in ${formatDuration(close.getTime() - at.getTime())})`);
  lines.push('');
  lines.push(`${'day'.padEnd(15)}  ${'regular (New York)'.padEnd(19)}  ${'regular (UTC)'.padEnd(13)}  note`);
  const today = nyDate.format(at);
  const names = new Map<string, string>();
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) if (y <= 2040) for (const h of nyseHolidays(y)) names.set(h.date, h.name);
  for (let i = 0; i < days; i++) {
    const day = new Date(Date.parse(`${today}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    const label = `${day} ${nyWeekday.format(new Date(`${day}T17:00:00Z`))}`;
    const t = getTradingDay(day);
    if (t === null) {
      lines.push(`${label.padEnd(15)}  ${'closed'.padEnd(19)}  ${'closed'.padEnd(13)}  ${names.get(day) ?? 'weekend'}`);
      continue;
    }
    const ny = `${nyTime.format(t.open)}–${nyTime.format(t.close)}`;
    const utc = `${utcTime(t.open)}–${utcTime(t.close)}`;
    lines.push(
      `${label.padEnd(15)}  ${ny.padEnd(19)}  ${utc.padEnd(13)}  ${t.earlyClose ? 'early close' : ''}`.trimEnd(),
    );
  }
  return lines;
}
