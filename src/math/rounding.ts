import { XStockLendError } from '../errors/index.js';

/**
 * How an integer division rounds. Name the direction at every call site: collateral rounds down (`floor`),
 * debt rounds up (`ceil`).
 *
 * @example
 * ```ts
 * import { divRound, type Rounding } from 'xstock-lend';
 * const mode: Rounding = 'ceil';
 * divRound(7n, 2n, mode); // 4n
 * ```
 */
export type Rounding = 'floor' | 'ceil' | 'trunc' | 'halfUp';

/**
 * Divides two bigints with an explicit rounding direction (`floor` and `ceil` are toward −∞ and +∞, also for negatives).
 *
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` when `denominator` is zero.
 * @example
 * ```ts
 * import { divRound } from 'xstock-lend';
 * divRound(-7n, 2n, 'floor'); // -4n
 * divRound(-7n, 2n, 'trunc'); // -3n
 * divRound(5n, 2n, 'halfUp'); // 3n
 * ```
 */
export function divRound(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator === 0n) {
    throw new XStockLendError('INVALID_ARGUMENT', 'Division by zero in a fixed-point computation.', {
      context: { numerator: numerator.toString() },
    });
  }
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  switch (rounding) {
    case 'trunc':
      return q;
    case 'floor':
      return n < 0n ? q - 1n : q;
    case 'ceil':
      return n > 0n ? q + 1n : q;
    case 'halfUp': {
      const twice = 2n * (r < 0n ? -r : r);
      if (twice < d) return q;
      return n < 0n ? q - 1n : q + 1n;
    }
  }
}

/**
 * Computes `a × b / c` exactly (no intermediate overflow: bigints are unbounded) and rounds once.
 *
 * @example
 * ```ts
 * import { mulDiv } from 'xstock-lend';
 * // 1.5 tokens (6 decimals) at $3.333333 → USD with 6 decimals, collateral rounded down
 * mulDiv(1_500_000n, 3_333_333n, 1_000_000n, 'floor'); // 4_999_999n
 * ```
 */
export function mulDiv(a: bigint, b: bigint, c: bigint, rounding: Rounding): bigint {
  return divRound(a * b, c, rounding);
}
