/**
 * `10^exponent` as the program computes it in f64: `10_f64.powi(n)` (compiler-builtins `__powidf2`) and
 * `num_traits::pow(10_f64, n)` both square-and-multiply, multiplying the running product by `10^(2^k)` for each set bit of
 * `n` from the lowest. The result is exact up to 10^22 and, above, rounds exactly as the chain does (it can differ from
 * `10 ** n` in the last bit).
 *
 * @param exponent - a whole number from 0 to 255 (a mint's `decimals`)
 */
export function f64Pow10(exponent: number): number {
  let base = 10;
  let result = 1;
  let rest = exponent;
  for (;;) {
    if (rest & 1) result *= base;
    rest >>>= 1;
    if (rest === 0) return result;
    base *= base;
  }
}
