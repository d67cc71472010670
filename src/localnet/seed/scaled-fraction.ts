import { pow10 } from '../../math/index.js';

/** klend's scaled fractions (`*_sf`) carry 60 fractional bits. */
const SF_ONE = 1n << 60n;

/**
 * Converts a fixed-point decimal `value × 10^−exp` to klend's scaled-fraction representation (`× 2^60`), rounded down.
 *
 * @param value - the mantissa
 * @param exp - its number of decimals
 * @example
 * ```ts
 * import { decimalToSf } from 'xstock-lend/localnet';
 * decimalToSf(68_000_000_000n, 8); // $680 as a klend market price
 * ```
 */
export function decimalToSf(value: bigint, exp: number): bigint {
  return (value * SF_ONE) / pow10(exp);
}

/**
 * `1.0` as klend's scaled fraction (`2^60`): a fresh reserve's cumulative borrow rate.
 *
 * @example
 * ```ts
 * import { SF_ONE_VALUE } from 'xstock-lend/localnet';
 * console.log(SF_ONE_VALUE === 1n << 60n); // true
 * ```
 */
export const SF_ONE_VALUE: bigint = SF_ONE;
