// Prints a digest of many calendar answers; the time-zone test runs it under several TZ values and compares.
import { createHash } from 'node:crypto';
import {
  getMarketSession,
  getTradingDay,
  isOpenBySchedule,
  nyseEarlyCloses,
  nyseHolidays,
  parsePythSchedule,
  toPythSchedule,
} from '../../src/index.js';

const hash = createHash('sha256');
const start = Date.parse('2000-01-01T05:00:00Z');
const end = Date.parse('2041-01-01T05:00:00Z');
const step = Math.floor((end - start) / 20_000) + 7_919; // not a multiple of any session length
for (let ms = start; ms < end; ms += step) {
  const s = getMarketSession(new Date(ms));
  hash.update(`${s.session}${s.start.getTime()}${s.end.getTime()}`);
}
for (let year = 2000; year <= 2040; year++) {
  hash.update(JSON.stringify(nyseHolidays(year)) + JSON.stringify(nyseEarlyCloses(year)));
  hash.update(JSON.stringify(getTradingDay(`${year}-07-03`)));
}
const schedule = parsePythSchedule(toPythSchedule({ from: new Date('2026-03-01T12:00:00Z') }));
for (let ms = Date.parse('2026-03-01T12:00:00Z'); ms < Date.parse('2027-02-20T00:00:00Z'); ms += 1_800_000 + 17) {
  hash.update(isOpenBySchedule(schedule, new Date(ms)) ? '1' : '0');
}
process.stdout.write(hash.digest('hex'));
