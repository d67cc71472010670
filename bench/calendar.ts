/**
 * Benchmark: getMarketSession throughput over random instants in 2000–2040, beside a naive reference measured in the
 * same run (one Intl.DateTimeFormat conversion per call, the way most market-hours helpers work).
 *
 * Run: npm run bench            (prints a table; exits 1 when a target is missed and BENCH_STRICT=1)
 */
import { getMarketSession, nyseHolidays } from '../src/index.js';
import { xorshift32 } from './support/xorshift32.js';

const TARGET_CALLS_PER_SECOND = 2_000_000;
const TARGET_RATIO = 20;
const N = 1_000_000;

function randomInstants(count: number, seed: number): Date[] {
  const start = Date.parse('2000-01-01T05:00:00Z');
  const span = Date.parse('2041-01-01T05:00:00Z') - start;
  const next = xorshift32(seed);
  const out: Date[] = new Array(count);
  for (let i = 0; i < count; i++) out[i] = new Date(start + (next() / 2 ** 32) * span);
  return out;
}

// The naive reference: convert to New York wall time with Intl on every call, then classify.
const ny = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
const holidays = new Set<string>();
for (let y = 2000; y <= 2040; y++) for (const h of nyseHolidays(y)) holidays.add(h.date);
function naiveSession(at: Date): string {
  const p: Record<string, string> = {};
  for (const part of ny.formatToParts(at)) p[part.type] = part.value;
  const minute = Number(p.hour) * 60 + Number(p.minute);
  if (p.weekday === 'Sat' || p.weekday === 'Sun' || holidays.has(`${p.year}-${p.month}-${p.day}`)) return 'closed';
  if (minute < 240) return 'overnight';
  if (minute < 570) return 'pre';
  if (minute < 960) return 'regular';
  if (minute < 1200) return 'post';
  return 'overnight';
}

function measure(name: string, fn: (at: Date) => unknown, inputs: Date[], rounds: number): number {
  let sink = 0;
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inputs.length; i++) if (fn(inputs[i] as Date) !== undefined) sink++;
    const seconds = (performance.now() - t0) / 1000;
    best = Math.max(best, inputs.length / seconds);
  }
  if (sink === 0) console.log(name, 'produced nothing');
  return best;
}

const buildStart = performance.now();
getMarketSession(new Date('2026-01-02T15:00:00Z'));
const buildMs = performance.now() - buildStart;

const inputs = randomInstants(N, 20261204);
measure('warm-up', getMarketSession, inputs.slice(0, 100_000), 2);
const fast = measure('getMarketSession', getMarketSession, inputs, 5);
const naiveInputs = inputs.slice(0, 100_000);
measure('warm-up', naiveSession, naiveInputs.slice(0, 10_000), 1);
const naive = measure('naive', naiveSession, naiveInputs, 3);
const ratio = fast / naive;

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log('calendar benchmark (Node', process.version, ')');
console.log(`  session table build (first call): ${buildMs.toFixed(1)} ms`);
console.log(`  getMarketSession:       ${fmt(fast)} calls/s   (target ≥ ${fmt(TARGET_CALLS_PER_SECOND)})`);
console.log(`  naive Intl reference:   ${fmt(naive)} calls/s`);
console.log(`  ratio:                  ${ratio.toFixed(1)}×   (target ≥ ${TARGET_RATIO}×)`);
const ok = fast >= TARGET_CALLS_PER_SECOND && ratio >= TARGET_RATIO;
console.log(ok ? '  result: targets met' : '  result: TARGET MISSED');
if (!ok && process.env.BENCH_STRICT === '1') process.exit(1);
