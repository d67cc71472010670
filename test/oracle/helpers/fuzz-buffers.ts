import fc from 'fast-check';
import { expect } from 'vitest';
import type { ErrorCode } from '../../../src/errors/index.js';
import { isXStockLendError } from '../../../src/errors/index.js';

/** Relative weights of the buffer kinds {@link fuzzBuffers} draws. */
export interface FuzzWeights {
  /** Uniformly random bytes, 0..`maxRandomLength` long. */
  random: number;
  /** A valid account's first bytes (header/discriminator) followed by random bytes. */
  validPrefix: number;
  /** A valid account truncated at a random length. */
  truncated: number;
  /** A full-length valid account with 1–8 bytes overwritten (half of them in the first `hotBytes`). */
  flipped: number;
  /** A flipped account that is also truncated. */
  flippedTruncated: number;
  /** A valid account with 1–64 random bytes appended. */
  extended: number;
}

/** Options for {@link fuzzBuffers}. */
export interface FuzzBufferOptions {
  weights?: Partial<FuzzWeights>;
  maxRandomLength?: number;
  /** Bytes at the start where flips concentrate (discriminator, variants, lengths). */
  hotBytes?: number;
}

const DEFAULT_WEIGHTS: FuzzWeights = {
  random: 3,
  validPrefix: 2,
  truncated: 2,
  flipped: 4,
  flippedTruncated: 2,
  extended: 1,
};

/** An arbitrary of random and mutated account buffers built from `valid` examples. */
export function fuzzBuffers(valid: readonly Uint8Array[], options: FuzzBufferOptions = {}): fc.Arbitrary<Uint8Array> {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const maxRandomLength = options.maxRandomLength ?? 256;
  const hotBytes = options.hotBytes ?? 64;
  const base = fc.nat({ max: valid.length - 1 }).map((i) => valid[i] as Uint8Array);
  const flips = fc.array(
    fc.record({ hot: fc.boolean(), at: fc.nat({ max: 0x7fffffff }), value: fc.integer({ min: 0, max: 255 }) }),
    { minLength: 1, maxLength: 8 },
  );
  const applyFlips = (bytes: Uint8Array, list: { hot: boolean; at: number; value: number }[]) => {
    const out = bytes.slice();
    for (const f of list) {
      const span = f.hot ? Math.min(hotBytes, out.length) : out.length;
      if (span > 0) out[f.at % span] = f.value;
    }
    return out;
  };
  const kinds: { arbitrary: fc.Arbitrary<Uint8Array>; weight: number }[] = [
    { weight: weights.random, arbitrary: fc.uint8Array({ maxLength: maxRandomLength }) },
    {
      weight: weights.validPrefix,
      arbitrary: fc
        .tuple(base, fc.nat({ max: hotBytes }), fc.uint8Array({ maxLength: maxRandomLength }))
        .map(([b, keep, tail]) => concat(b.subarray(0, keep), tail)),
    },
    {
      weight: weights.truncated,
      arbitrary: fc.tuple(base, fc.nat({ max: 0x7fffffff })).map(([b, n]) => b.slice(0, n % (b.length + 1))),
    },
    { weight: weights.flipped, arbitrary: fc.tuple(base, flips).map(([b, list]) => applyFlips(b, list)) },
    {
      weight: weights.flippedTruncated,
      arbitrary: fc
        .tuple(base, flips, fc.nat({ max: 0x7fffffff }))
        .map(([b, list, n]) => applyFlips(b, list).slice(0, n % (b.length + 1))),
    },
    {
      weight: weights.extended,
      arbitrary: fc.tuple(base, fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([b, tail]) => concat(b, tail)),
    },
  ];
  return fc.oneof(...kinds.filter((k) => k.weight > 0));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Outcome counts of a fuzz run: `ok` plus one key per error code seen. */
export type FuzzStats = Record<string, number>;

/**
 * Runs `decode` on `numRuns` buffers; a thrown value that is not an XStockLendError with one of `allowed` fails the
 * property. `check` validates successful results. Returns how often each outcome happened.
 */
export function fuzzDecoder<T>(
  arbitrary: fc.Arbitrary<Uint8Array>,
  decode: (bytes: Uint8Array) => T,
  check: (result: T, bytes: Uint8Array) => void,
  allowed: readonly ErrorCode[],
  numRuns = 100_000,
): FuzzStats {
  const stats: FuzzStats = { ok: 0, runs: 0 };
  fc.assert(
    fc.property(arbitrary, (bytes) => {
      stats.runs = (stats.runs ?? 0) + 1;
      let result: T;
      try {
        result = decode(bytes);
      } catch (error) {
        if (!isXStockLendError(error) || !allowed.includes(error.code)) throw error;
        stats[error.code] = (stats[error.code] ?? 0) + 1;
        return;
      }
      check(result, bytes);
      stats.ok = (stats.ok ?? 0) + 1;
    }),
    { numRuns },
  );
  expect(stats.runs).toBe(numRuns);
  if (process.env.FUZZ_STATS) console.log(JSON.stringify(stats));
  return stats;
}
