const SIGNIFICAND_BITS = 52n;
const SIGNIFICAND_MASK = (1n << SIGNIFICAND_BITS) - 1n;
const view = new DataView(new ArrayBuffer(8));

/**
 * Formats a finite, non-negative f64 with exactly `decimals` fractional digits like Rust's `format!("{x:.*}", decimals)`:
 * from the exact binary value (no 17-digit shortcut, no exponent notation at any magnitude), rounding half to even.
 *
 * @param value - a finite number ≥ 0
 * @param decimals - fractional digits, 0..255
 */
export function formatF64Fixed(value: number, decimals: number): string {
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0) & ~(1n << 63n);
  const biasedExponent = Number(bits >> SIGNIFICAND_BITS);
  const fraction = bits & SIGNIFICAND_MASK;
  // value = significand × 2^exponent exactly
  const significand = biasedExponent === 0 ? fraction : fraction | (1n << SIGNIFICAND_BITS);
  const exponent = biasedExponent === 0 ? -1074 : biasedExponent - 1075;
  const scale = 10n ** BigInt(decimals);
  let digits: bigint;
  if (exponent >= 0) {
    digits = (significand << BigInt(exponent)) * scale;
  } else {
    const numerator = significand * scale;
    const denominator = 1n << BigInt(-exponent);
    digits = numerator / denominator;
    const twiceRemainder = 2n * (numerator % denominator);
    if (twiceRemainder > denominator || (twiceRemainder === denominator && (digits & 1n) === 1n)) digits += 1n;
  }
  const text = digits.toString();
  if (decimals === 0) return text;
  const padded = text.padStart(decimals + 1, '0');
  return `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
}
