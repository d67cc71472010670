import { XStockLendError } from '../errors/index.js';

const cache: bigint[] = [];
for (let i = 0n; i <= 38n; i++) cache.push(10n ** i);

/**
 * `10^n` as a bigint, for `n` in 0..77 (cached up to 38, enough for u128 fixed-point).
 *
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a negative, fractional or too large `n`.
 * @example
 * ```ts
 * import { pow10 } from 'xstock-lend';
 * pow10(6); // 1_000_000n
 * ```
 */
export function pow10(n: number): bigint {
  const cached = cache[n];
  if (cached !== undefined) return cached;
  if (!Number.isInteger(n) || n < 0 || n > 77) {
    throw new XStockLendError('INVALID_ARGUMENT', `pow10 takes a whole number from 0 to 77, got ${n}.`, {
      context: { n },
    });
  }
  return 10n ** BigInt(n);
}
