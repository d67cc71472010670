/**
 * The main job (`npm start`): what the US equity market is doing now, and its sessions for today and the next 7 days,
 * in New York and UTC. Later layers (guarded prices, localnet, Kamino) join this tour as they land.
 *
 * Run: npm start            (or: npx tsx examples/tour.ts [--at 2026-12-24T15:00:00Z])
 */
import {
  getMarketSession,
  getTradingDay,
  nextMarketClose,
  nextMarketOpen,
  nyseHolidays,
  XStockLendError,
} from '../src/index.js';

const argAt = process.argv.indexOf('--at');
const now = argAt > 0 ? new Date(process.argv[argAt + 1] ?? '') : new Date();

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
const duration = (ms: number) => {
  const minutes = Math.round(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  return [d > 0 ? `${d}d` : '', h > 0 ? `${h}h` : '', `${m}m`].filter(Boolean).join(' ');
};

function main(): void {
  const session = getMarketSession(now);
  console.log('xstock-lend — US equity market clock');
  console.log(`now: ${now.toISOString()} (New York ${nyDate.format(now)} ${nyTime.format(now)})`);
  console.log(
    `session: ${session.session}, since ${nyTime.format(session.start)} NY, until ${nyWeekday.format(session.end)} ${nyTime.format(session.end)} NY (${duration(session.end.getTime() - now.getTime())} left)`,
  );
  const open = nextMarketOpen(now);
  const close = nextMarketClose(now);
  console.log(`next regular open:  ${open.toISOString()} (in ${duration(open.getTime() - now.getTime())})`);
  console.log(`next regular close: ${close.toISOString()} (in ${duration(close.getTime() - now.getTime())})`);
  console.log('');
  console.log('day            New York regular     UTC regular        note');
  const todayNy = nyDate.format(now);
  const holidayNames = new Map<string, string>();
  const year = Number(todayNy.slice(0, 4));
  for (const y of [year, year + 1]) for (const h of nyseHolidays(y)) holidayNames.set(h.date, h.name);
  for (let i = 0; i < 8; i++) {
    const day = new Date(Date.parse(`${todayNy}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    const label = `${day} ${nyWeekday.format(new Date(`${day}T17:00:00Z`))}`;
    const t = getTradingDay(day);
    if (t === null) {
      const why = holidayNames.get(day) ?? 'weekend';
      console.log(`${label}  closed               closed             ${why}`);
      continue;
    }
    const note = t.earlyClose ? 'early close 13:00' : '';
    console.log(
      `${label}  ${nyTime.format(t.open)}–${nyTime.format(t.close)}          ${utcTime(t.open)}–${utcTime(t.close)}        ${note}`.trimEnd(),
    );
  }
  console.log('');
  console.log(
    'Sessions (New York): pre 04:00–09:30, regular 09:30–16:00, post 16:00–20:00, overnight 20:00–04:00 before a trading day.',
  );
}

try {
  main();
} catch (error) {
  if (error instanceof XStockLendError) {
    console.error(`error ${error.code}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
