/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed always yields the same sequence.
 * For fixtures only, never for keys that guard value.
 *
 * @example
 * ```ts
 * import { createSeededRng } from 'xstock-lend/localnet';
 * const rng = createSeededRng(42);
 * console.log(rng.next() < 1, rng.int(1, 3));
 * ```
 */
export interface SeededRng {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max] (both inclusive). @param min - lowest value @param max - highest value */
  int(min: number, max: number): number;
  /** Fills `target` with pseudo-random bytes and returns it. @param target - the bytes to overwrite */
  fill(target: Uint8Array): Uint8Array;
}

/**
 * Creates a mulberry32 generator from a 32-bit seed (other numbers are reduced modulo 2^32).
 *
 * @param seed - any finite number
 * @example
 * ```ts
 * import { createSeededRng } from 'xstock-lend/localnet';
 * const a = createSeededRng(7).next();
 * const b = createSeededRng(7).next();
 * console.log(a === b); // true
 * ```
 */
export function createSeededRng(seed: number): SeededRng {
  let state = Math.trunc(seed) >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next: () => nextUint32() / 4_294_967_296,
    int: (min, max) => min + Math.floor((nextUint32() / 4_294_967_296) * (max - min + 1)),
    fill(target) {
      for (let i = 0; i < target.length; i += 4) {
        const word = nextUint32();
        target[i] = word & 0xff;
        if (i + 1 < target.length) target[i + 1] = (word >>> 8) & 0xff;
        if (i + 2 < target.length) target[i + 2] = (word >>> 16) & 0xff;
        if (i + 3 < target.length) target[i + 3] = word >>> 24;
      }
      return target;
    },
  };
}
