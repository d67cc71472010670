/**
 * Benchmark: guardPrice throughput over a realistic mix of instants (open, closed, around a split), beside references
 * measured in the same run: getMarketSession alone (the calendar floor guardPrice builds on) and one Intl
 * New York conversion per call (what a naive market-hours check costs).
 *
 * Run: npm run bench:guard      (BENCH_STRICT=1 exits 1 when the target is missed)
 */
import { getMarketSession, guardPrice, type OracleReading, type ScaledUiAmountConfig } from '../src/index.js';
import { xorshift32 } from './support/xorshift32.js';

const TARGET_CALLS_PER_SECOND = 500_000;
const N = 200_000;

const start = Date.parse('2026-01-05T00:00:00Z');
const span = 300 * 86_400_000;
const next = xorshift32(20261204);
const rand = () => next() / 2 ** 32;
const mint: ScaledUiAmountConfig = {
  authority: null,
  multiplier: 1,
  newMultiplier: 1.004,
  newMultiplierEffectiveTimestamp: BigInt(Math.floor((start + span / 2) / 1000)),
};
const inputs: { reading: OracleReading; at: Date }[] = [];
for (let i = 0; i < N; i++) {
  const atMs = start + rand() * span;
  inputs.push({
    at: new Date(atMs),
    reading: {
      source: 'pyth-pull',
      basis: 'share',
      price: 42_000_000_000n + BigInt(Math.floor(rand() * 1e9)),
      exponent: -8,
      confidence: 2_000_000n,
      publishTime: BigInt(Math.floor(atMs / 1000) - Math.floor(rand() * 40)),
    },
  });
}

function measure(fn: (i: number) => unknown, rounds: number): number {
  let best = 0;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) if (fn(i) !== undefined) sink++;
    best = Math.max(best, N / ((performance.now() - t0) / 1000));
  }
  if (sink !== N * rounds) throw new Error('benchmark body returned nothing');
  return best;
}

const ny = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const guard = (i: number) => {
  const input = inputs[i] as { reading: OracleReading; at: Date };
  return guardPrice({ reading: input.reading, at: input.at, symbol: 'TSLAx', mint });
};
const session = (i: number) => getMarketSession((inputs[i] as { at: Date }).at);
const intl = (i: number) => ny.formatToParts((inputs[i] as { at: Date }).at);

measure(guard, 2);
const guardRate = measure(guard, 5);
const sessionRate = measure(session, 5);
const intlRate = measure(intl, 3);
const statuses = new Map<string, number>();
for (let i = 0; i < N; i++) {
  const s = guard(i).status;
  statuses.set(s, (statuses.get(s) ?? 0) + 1);
}
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log('guard benchmark (Node', process.version, ')');
console.log(
  `  inputs: ${N.toLocaleString('en-US')} instants over 300 days of 2026; statuses ${[...statuses].map(([k, v]) => `${k} ${((v / N) * 100).toFixed(0)}%`).join(', ')}`,
);
console.log(`  guardPrice:                 ${fmt(guardRate)} calls/s   (target ≥ ${fmt(TARGET_CALLS_PER_SECOND)})`);
console.log(
  `  getMarketSession (floor):   ${fmt(sessionRate)} calls/s   → guardPrice at ${(guardRate / sessionRate).toFixed(2)}× its speed`,
);
console.log(
  `  one Intl conversion/call:   ${fmt(intlRate)} calls/s   → guardPrice ${(guardRate / intlRate).toFixed(1)}× faster`,
);
const ok = guardRate >= TARGET_CALLS_PER_SECOND;
console.log(ok ? '  result: target met' : '  result: TARGET MISSED');
if (!ok && process.env.BENCH_STRICT === '1') process.exit(1);
