import { pow10 } from './pow10.js';
import { divRound, type Rounding } from './rounding.js';

/**
 * Moves a fixed-point integer from one decimal exponent to another: `value × 10^fromExponent` expressed with
 * `toExponent`, rounding as named when precision is lost.
 *
 * @example
 * ```ts
 * import { rescale } from 'xstock-lend';
 * // Pyth price 43_512_345_678 with exponent −8 ($435.12345678) to 6 decimals, debt side rounds up
 * rescale(43_512_345_678n, -8, -6, 'ceil'); // 435_123_457n
 * ```
 */
export function rescale(value: bigint, fromExponent: number, toExponent: number, rounding: Rounding): bigint {
  if (fromExponent === toExponent) return value;
  if (fromExponent > toExponent) return value * pow10(fromExponent - toExponent);
  return divRound(value, pow10(toExponent - fromExponent), rounding);
}

/**
 * Converts a fixed-point integer (`value × 10^exponent`) to the nearest float. Use it for display and statistics,
 * never for token accounting.
 *
 * @example
 * ```ts
 * import { fixedToNumber } from 'xstock-lend';
 * fixedToNumber(43_512_345_678n, -8); // 435.12345678
 * ```
 */
export function fixedToNumber(value: bigint, exponent: number): number {
  if (exponent >= 0) return Number(value * pow10(exponent));
  // Split into integer and fractional parts so that large values keep their precision.
  const scale = pow10(-exponent);
  const whole = value / scale;
  const frac = value % scale;
  return Number(whole) + Number(frac) / Number(scale);
}
