/**
 * Benchmark: the localnet JSON-RPC server over 100,000 passive klend obligation-sized accounts (3,344 bytes), beside
 * references measured in the same run:
 *
 * 1. `getProgramAccounts` with a memcmp filter (1 market in 10) and a `dataSlice` of 8 bytes, round trip through a
 *    loopback HTTP client (target < 1 s), beside the raw in-process filter loop over the same accounts;
 * 2. the full 100,000 accounts in base64 (~450 MB), streamed and consumed by a client that discards the bytes: time
 *    and peak RSS growth, beside building the same response in memory (`JSON.stringify`) and its RSS growth.
 *
 * Run: npx tsx --expose-gc bench/localnet-rpc.ts      (BENCH_STRICT=1 exits 1 when a target is missed)
 */
import { getBase58Decoder } from '@solana/kit';
import { LiteSVM } from 'litesvm';
import { AccountStore, type StoredAccount } from '../src/localnet/account-store.js';
import { createRpcServer } from '../src/localnet/rpc/index.js';
import { postJsonRpc } from './support/post-json-rpc.js';
import { xorshift32 } from './support/xorshift32.js';

const KLEND = 'KLend2g3cP87fffoy8q1mQqGKjrxjC8boSyAYavgmjD';
const N = 100_000;
const SIZE = 3_344;
const MARKETS = 10;
const TARGET_FILTERED_MS = 1_000;

const gc = (globalThis as { gc?: () => void }).gc;
const settle = async () => {
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc?.();
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

const rand = xorshift32(20261124);

const base58 = getBase58Decoder();
const randomKey = () => {
  const bytes = new Uint8Array(32);
  const words = new Uint32Array(bytes.buffer);
  for (let w = 0; w < 8; w++) words[w] = rand();
  return bytes;
};
const markets = Array.from({ length: MARKETS }, randomKey);
const store = new AccountStore(new LiteSVM(), [KLEND]);
const accounts: StoredAccount[] = [];
const seedStart = performance.now();
for (let i = 0; i < N; i++) {
  const data = new Uint8Array(SIZE);
  const words = new Uint32Array(data.buffer);
  for (let w = 0; w < words.length; w++) words[w] = rand();
  data.set(markets[i % MARKETS] ?? new Uint8Array(32), 32);
  const account: StoredAccount = {
    address: base58.decode(randomKey()),
    owner: KLEND,
    lamports: 24_000_000n,
    data,
    executable: false,
    rentEpoch: 0n,
  };
  store.set(account);
  accounts.push(account);
}
console.log(`seeded ${N} accounts of ${SIZE} B in ${(performance.now() - seedStart).toFixed(0)} ms`);

const server = await createRpcServer({ store, pubsubPort: 'none' });
const market = base58.decode(markets[3] ?? new Uint8Array(32));

const post = (body: string, keep: boolean) => postJsonRpc(server.url, body, keep);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

// 1. Filtered + sliced.
const filteredBody = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'getProgramAccounts',
  params: [
    KLEND,
    {
      encoding: 'base64',
      filters: [{ dataSize: SIZE }, { memcmp: { offset: 32, bytes: market } }],
      dataSlice: { offset: 0, length: 8 },
    },
  ],
});
const filteredRuns: number[] = [];
let matched = 0;
for (let run = 0; run < 5; run++) {
  const response = await post(filteredBody, true);
  const parsed = JSON.parse(response.text) as { result: unknown[] };
  matched = parsed.result.length;
  filteredRuns.push(response.ms);
}
const marketBytes = markets[3] ?? new Uint8Array(32);
const loopRuns: number[] = [];
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  let count = 0;
  for (const account of store.programAccounts(KLEND)) {
    if (account.data.length !== SIZE) continue;
    let equal = true;
    for (let b = 0; b < 32; b++) {
      if (account.data[32 + b] !== marketBytes[b]) {
        equal = false;
        break;
      }
    }
    if (equal) count++;
  }
  if (count !== matched) throw new TypeError(`filter mismatch: ${count} vs ${matched}`);
  loopRuns.push(performance.now() - started);
}
const filteredMs = median(filteredRuns);
console.log(
  `gPA memcmp+dataSlice over ${N}: ${matched} matches, ${filteredMs.toFixed(1)} ms round trip (median of 5; target < ${TARGET_FILTERED_MS} ms)` +
    ` | reference raw filter loop ${median(loopRuns).toFixed(1)} ms (ratio ${(filteredMs / median(loopRuns)).toFixed(1)}x)`,
);

// 2. Full stream.
const fullBody = JSON.stringify({
  jsonrpc: '2.0',
  id: 2,
  method: 'getProgramAccounts',
  params: [KLEND, { encoding: 'base64' }],
});
await settle();
const streamBaseline = process.memoryUsage.rss();
const streamed = await post(fullBody, false);
const streamRssDelta = streamed.peakRss - streamBaseline;
console.log(
  `gPA full ${N} accounts streamed: ${mb(streamed.bytes)} in ${streamed.ms.toFixed(0)} ms (${(streamed.bytes / 1e6 / (streamed.ms / 1000)).toFixed(0)} MB/s), peak RSS +${mb(streamRssDelta)}`,
);

await settle();
const referenceBaseline = process.memoryUsage.rss();
let referencePeak = referenceBaseline;
const referenceStart = performance.now();
const inMemory = {
  jsonrpc: '2.0',
  result: accounts.map((account) => ({
    pubkey: account.address,
    account: {
      lamports: Number(account.lamports),
      data: [
        Buffer.from(account.data.buffer, account.data.byteOffset, account.data.byteLength).toString('base64'),
        'base64',
      ],
      owner: account.owner,
      executable: account.executable,
      rentEpoch: 0,
      space: account.data.length,
    },
  })),
  id: 2,
};
referencePeak = Math.max(referencePeak, process.memoryUsage.rss());
const text = JSON.stringify(inMemory);
referencePeak = Math.max(referencePeak, process.memoryUsage.rss());
const referenceMs = performance.now() - referenceStart;
const referenceLength = text.length;
console.log(
  `reference: same response built in memory + JSON.stringify (no I/O): ${mb(referenceLength)} in ${referenceMs.toFixed(0)} ms, RSS +${mb(referencePeak - referenceBaseline)}` +
    ` | streamed/in-memory: time ${(streamed.ms / referenceMs).toFixed(2)}x, RSS ${(streamRssDelta / (referencePeak - referenceBaseline)).toFixed(2)}x`,
);
if (Math.abs(referenceLength - streamed.bytes) > 64) {
  console.log(`note: streamed ${streamed.bytes} B vs in-memory ${referenceLength} B (framing differs)`);
}

await server.close();
if (process.env.BENCH_STRICT === '1' && filteredMs >= TARGET_FILTERED_MS) {
  console.error(`target missed: ${filteredMs.toFixed(1)} ms >= ${TARGET_FILTERED_MS} ms`);
  process.exit(1);
}
