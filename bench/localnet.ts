/**
 * Benchmark: the localnet as a user meets it, beside references measured in the same run.
 *
 * 1. startup of the default seed (1,000 obligations) vs an empty localnet (target < 2 s);
 * 2. startup with 100,000 obligations;
 * 3. getProgramAccounts over the 100,000 seeded obligations with the market memcmp filter and an 8-byte dataSlice,
 *    through loopback HTTP (target < 1 s), vs the same filter as an in-process loop;
 * 4. all 100,000 obligations in base64 (~450 MB), streamed: time and peak RSS growth vs the response size (holding the
 *    response twice would cost ≥ 2× its size).
 *
 * Run: npm run bench:localnet      (BENCH_STRICT=1 exits 1 when a target is missed)
 */
import { execFileSync } from 'node:child_process';
import { KLEND_PROGRAM_ID } from '../src/index.js';
import { startLocalnet } from '../src/localnet/index.js';
import { postJsonRpc } from './support/post-json-rpc.js';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
let missed = false;

// 1. Startup.
const empty: number[] = [];
const seeded: number[] = [];
for (let run = 0; run < 3; run++) {
  let t0 = performance.now();
  const e = await startLocalnet({ seed: 'empty' });
  empty.push(performance.now() - t0);
  await e.stop();
  t0 = performance.now();
  const s = await startLocalnet();
  seeded.push(performance.now() - t0);
  await s.stop();
}
console.log('localnet benchmark (Node', process.version, ')');
console.log(
  `  startup, default seed (1,000 obligations): ${ms(median(seeded))} median of 3 (first ${ms(seeded[0] ?? 0)}, includes module warm-up)   target < 2,000 ms`,
);
console.log(
  `  startup, empty runtime (reference):         ${ms(median(empty))}   → seeding costs ${ms(median(seeded) - median(empty))}`,
);
if (!(median(seeded) < 2_000)) missed = true;
// Cold: a fresh Node process that imports the localnet (klend-sdk codecs, litesvm) and starts it, as `npm start` does.
const coldScript =
  "const t=performance.now();const {startLocalnet}=await import('./src/localnet/index.ts');const l=await startLocalnet();process.stdout.write(String(Math.round(performance.now()-t)));await l.stop();";
const coldWall = performance.now();
const coldInside = Number(
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', coldScript], { encoding: 'utf8' }),
);
console.log(
  `  cold start in a new process (import + seed): ${ms(coldInside)} (process wall time ${ms(performance.now() - coldWall)}, includes Node and tsx start-up)   target < 2,000 ms`,
);
if (!(coldInside < 2_000)) missed = true;

// 2. 100,000 obligations.
let t0 = performance.now();
const big = await startLocalnet({ obligations: 100_000 });
console.log(`  startup with 100,000 obligations:           ${ms(performance.now() - t0)}`);
try {
  // 3. Filtered + sliced.
  const filtered = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'getProgramAccounts',
    params: [
      KLEND_PROGRAM_ID,
      {
        encoding: 'base64',
        dataSlice: { offset: 0, length: 8 },
        filters: [{ dataSize: 3344 }, { memcmp: { offset: 32, bytes: big.market } }],
      },
    ],
  });
  const runs: number[] = [];
  let matched = 0;
  for (let run = 0; run < 5; run++) {
    const r = await postJsonRpc(big.rpcUrl, filtered, true);
    matched = (JSON.parse(r.text) as { result: unknown[] }).result.length;
    runs.push(r.ms);
  }
  const obligationMarket =
    big.store.get(big.seeded?.obligations.addresses[0] ?? '')?.data.subarray(32, 64) ?? new Uint8Array(32);
  const loops: number[] = [];
  for (let run = 0; run < 5; run++) {
    t0 = performance.now();
    let count = 0;
    for (const account of big.store.programAccounts(KLEND_PROGRAM_ID)) {
      if (account.data.length !== 3344) continue;
      let equal = true;
      for (let b = 0; b < 32; b++) {
        if (account.data[32 + b] !== obligationMarket[b]) {
          equal = false;
          break;
        }
      }
      if (equal) count++;
    }
    loops.push(performance.now() - t0);
    if (count !== matched) throw new Error(`in-process loop found ${count}, RPC ${matched}`);
  }
  console.log(
    `  gPA memcmp + dataSlice over 100,000:        ${ms(median(runs))} median of 5, ${matched.toLocaleString('en-US')} matches   target < 1,000 ms`,
  );
  console.log(
    `  in-process filter loop (reference):         ${ms(median(loops))}   → HTTP + JSON costs ${(median(runs) / median(loops)).toFixed(1)}×`,
  );
  if (!(median(runs) < 1_000)) missed = true;

  // 4. Full stream.
  const full = JSON.stringify({
    jsonrpc: '2.0',
    id: 2,
    method: 'getProgramAccounts',
    params: [KLEND_PROGRAM_ID, { encoding: 'base64', filters: [{ dataSize: 3344 }] }],
  });
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage.rss();
  const stream = await postJsonRpc(big.rpcUrl, full, false);
  const growth = Math.max(0, stream.peakRss - baseline);
  console.log(
    `  full gPA, 100,000 obligations in base64:    ${mb(stream.bytes)} in ${ms(stream.ms)} (${(stream.bytes / 1e6 / (stream.ms / 1000)).toFixed(0)} MB/s), peak RSS +${mb(growth)} = ${((growth / stream.bytes) * 100).toFixed(1)}% of the response (holding it twice: ≥ 200%)`,
  );
  if (!(growth < stream.bytes)) missed = true;
} finally {
  await big.stop();
}
console.log(missed ? '  result: TARGET MISSED' : '  result: targets met');
if (missed && process.env.BENCH_STRICT === '1') process.exit(1);
