import { describe, expect, it } from 'vitest';
import { encodeToken2022Mint, type MintFixtureExtension } from '../../test/corporate-actions/encode-token-2022-mint.js';
import { XStockLendError } from '../errors/index.js';
import { decodeScaledUiAmountConfig } from './decode-scaled-ui-amount-config.js';
import { decodeToken2022Mint } from './decode-token-2022-mint.js';

/** mulberry32: a small seeded PRNG, so a failure can be replayed from the printed seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const AUTHORITY = 'Xs3LFFUJ4Jd4hE5nQK3tHMpNwJc4ZbLFbAGi1DB7uKR';
const scaled: MintFixtureExtension = {
  kind: 'ScaledUiAmount',
  authority: AUTHORITY,
  multiplier: 1,
  newMultiplier: 3,
  newMultiplierEffectiveTimestamp: 1_780_272_000n,
};
const seeds: Uint8Array[] = [
  encodeToken2022Mint({ mintAuthority: AUTHORITY, supply: 5n }),
  encodeToken2022Mint({ extensions: [scaled] }),
  encodeToken2022Mint({
    freezeAuthority: AUTHORITY,
    extensions: [
      { kind: 'MetadataPointer', authority: AUTHORITY, metadataAddress: AUTHORITY },
      { kind: 'PermanentDelegate', delegate: AUTHORITY },
      { kind: 'Pausable', authority: AUTHORITY, paused: false },
      {
        kind: 'TransferFeeConfig',
        transferFeeConfigAuthority: null,
        withdrawWithheldAuthority: AUTHORITY,
        withheldAmount: 0n,
        olderTransferFee: { epoch: 1n, maximumFee: 2n, transferFeeBasisPoints: 3 },
        newerTransferFee: { epoch: 4n, maximumFee: 5n, transferFeeBasisPoints: 6 },
      },
      scaled,
    ],
  }),
  encodeToken2022Mint({ extensions: [{ kind: 'Raw', extensionType: 19, value: new Uint8Array(90).fill(7) }, scaled] }),
];

const stable = (value: unknown): string =>
  JSON.stringify(value, (_, field: unknown) => (typeof field === 'bigint' ? `${field}n` : field));

function mutate(random: () => number, source: Uint8Array): Uint8Array {
  const int = (n: number) => Math.floor(random() * n);
  let data: Uint8Array = source.slice();
  const rounds = 1 + int(4);
  for (let round = 0; round < rounds; round++) {
    const at = int(Math.max(data.length, 1));
    switch (int(8)) {
      case 0: // flip a bit
        if (data.length > 0) data[at] = (data[at] ?? 0) ^ (1 << int(8));
        break;
      case 1: // random byte
        if (data.length > 0) data[at] = int(256);
        break;
      case 2: // truncate
        data = data.slice(0, int(data.length + 1));
        break;
      case 3: {
        // extend with random bytes
        const extra = new Uint8Array(1 + int(64)).map(() => int(256));
        const grown = new Uint8Array(data.length + extra.length);
        grown.set(data);
        grown.set(extra, data.length);
        data = grown;
        break;
      }
      case 4: // random TLV length in the extension area
      case 5: // random TLV type in the extension area
        if (data.length > 170) {
          const field = 166 + int(data.length - 167);
          const value = round % 2 === 0 ? int(65_536) : int(32);
          data[field] = value & 0xff;
          if (field + 1 < data.length) data[field + 1] = value >> 8;
        }
        break;
      case 6: // overwrite 8 bytes with an extreme f64/i64 pattern
        if (data.length >= 8) {
          const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
          const patterns = [Number.NaN, 0, -1, Number.POSITIVE_INFINITY, 5e-324, 1e308];
          view.setFloat64(int(data.length - 7), patterns[int(patterns.length)] ?? 0, true);
        }
        break;
      default: // fully random buffer of a plausible length
        data = new Uint8Array([0, 82, 165, 166, 170, 226, 355, 400][int(8)] ?? 0).map(() =>
          random() < 0.7 ? 0 : int(256),
        );
        if (data.length > 166 && random() < 0.8) data[165] = 1;
    }
  }
  return data;
}

describe('decodeToken2022Mint fuzz', () => {
  it('throws nothing but XStockLendError on 120 000 random and mutated buffers', () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now()) >>> 0; // replay a failure with FUZZ_SEED=<seed>
    const random = prng(seed);
    let decoded = 0;
    let refused = 0;
    for (let i = 0; i < 120_000; i++) {
      const data = mutate(random, seeds[i % seeds.length] as Uint8Array);
      try {
        const mint = decodeToken2022Mint(data);
        decoded++;
        for (const entry of mint.extensions) {
          if (entry.offset + entry.length > data.length) expect.fail(`seed ${seed}: entry past the end`);
        }
        const hasScaled = mint.extensions.some((entry) => entry.type === 25);
        if (hasScaled !== (mint.scaledUiAmount !== null)) expect.fail(`seed ${seed}: scaled entry/value mismatch`);
        const config = decodeScaledUiAmountConfig(data);
        if (stable(config) !== stable(mint.scaledUiAmount)) {
          expect.fail(`seed ${seed}: decodeScaledUiAmountConfig disagrees with decodeToken2022Mint`);
        }
      } catch (error) {
        if (!(error instanceof XStockLendError)) expect.fail(`seed ${seed}, case ${i}: ${String(error)}`);
        if (error.code !== 'INVALID_ACCOUNT_DATA')
          expect.fail(`seed ${seed}, case ${i}: unexpected code ${error.code}`);
        refused++;
      }
    }
    // Both paths must be exercised for the run to mean something.
    expect(decoded).toBeGreaterThan(10_000);
    expect(refused).toBeGreaterThan(10_000);
  });
});
