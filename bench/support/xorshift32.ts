/**
 * A deterministic xorshift32 generator, so that every benchmark run measures the same inputs.
 *
 * @param seed - any non-zero 32-bit seed
 * @returns a function giving the next unsigned 32-bit value
 */
export function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
}
