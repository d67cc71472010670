/**
 * Formats an f64 as Rust's `f64::to_string` does: the shortest digits that read back to the same value (as
 * JavaScript's `String(x)`), but never in exponent notation (`1e-7` → `"0.0000001"`), and `inf`/`-inf`/`NaN`.
 * Solana's RPC prints ScaledUiAmount multipliers this way.
 *
 * @param value - any number
 * @example
 * ```ts
 * rustF64ToString(1); // '1'
 * rustF64ToString(1e21); // '1000000000000000000000'
 * rustF64ToString(1.5e-7); // '0.00000015'
 * ```
 */
export function rustF64ToString(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return 'inf';
  if (value === Number.NEGATIVE_INFINITY) return '-inf';
  if (Object.is(value, -0)) return '-0';
  const text = String(value);
  const exponentAt = text.indexOf('e');
  if (exponentAt < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [integerPart = '', fractionPart = ''] = mantissa.split('.');
  const digits = integerPart + fractionPart;
  const pointAt = integerPart.length + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + '0'.repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${plain}` : plain;
}
