import { assertDecimals, assertMultiplier, assertU64Amount } from './assert-conversion-args.js';
import { f64Pow10 } from './f64-pow10.js';
import { formatF64Fixed } from './format-f64-fixed.js';

/**
 * Converts a raw token amount to the UI amount string of a ScaledUiAmount mint, byte for byte what Token-2022's
 * `AmountToUiAmount` (instruction 23) returns:
 *
 * 1. `scaled = f64(amountRaw) × multiplier` (u64→f64 rounds to nearest), truncated toward zero;
 * 2. `ui = scaled / 10^decimals` in f64;
 * 3. printed with exactly `decimals` fractional digits from the exact binary value (Rust `{:.*}`, ties to even, never
 *    exponent notation), then trailing zeros and a trailing `.` removed when `decimals > 0`.
 *
 * So the result is rounded down (toward zero) only at step 1: an f64 product, not an exact one. Above 2^53 raw units the
 * digits are those of the nearest f64 (`"18446744073709551616"` for u64 max at multiplier 1), and when the product
 * overflows f64 the chain prints `"inf"`, which this returns too. The default 200k compute units are not enough for the
 * chain to print very large values with many decimals (e.g. 10^294 with 9 decimals); this still returns the digits.
 *
 * @param amountRaw - raw token units, 0..2^64 − 1
 * @param decimals - the mint's decimals, 0..255
 * @param multiplier - the current multiplier (see {@link getMultiplier}), a positive normal number
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for an amount outside u64, decimals outside 0..255 or not whole, or a
 * multiplier that is not a positive, finite, normal number.
 * @example
 * ```ts
 * import { rawToUiAmount } from 'xstock-lend';
 * rawToUiAmount(101n, 2, 0.99); // '0.99' (1.0099 truncated to 0.99 raw hundredths)
 * rawToUiAmount(1_000_000n, 6, 1.123456789); // '1.123456'
 * rawToUiAmount(4_200n, 2, 1); // '42'
 * ```
 */
export function rawToUiAmount(amountRaw: bigint, decimals: number, multiplier: number): string {
  assertU64Amount(amountRaw);
  assertDecimals(decimals);
  assertMultiplier(multiplier);
  const ui = Math.trunc(Number(amountRaw) * multiplier) / f64Pow10(decimals);
  if (ui === Number.POSITIVE_INFINITY) return 'inf';
  const text = formatF64Fixed(ui, decimals);
  if (decimals === 0) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}
