import { XStockLendError } from '../errors/index.js';
import { assertDecimals, assertMultiplier } from './assert-conversion-args.js';
import { f64Pow10 } from './f64-pow10.js';

const U64_MAX = (1n << 64n) - 1n;
const TWO_POW_64 = 2 ** 64;
/** Rust's `f64::from_str` grammar for a finite decimal: no whitespace, no hex, no `_`, no leading `.`-only or bare `e`. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What else `f64::from_str` accepts (case-insensitive): the chain then refuses the non-finite result anyway. */
const NON_FINITE = /^[+-]?(?:inf|infinity|nan)$/i;

function reject(ui: string, reason: string, message: string): XStockLendError {
  return new XStockLendError('INVALID_ARGUMENT', message, { context: { ui, reason } });
}

/**
 * Converts a UI amount string to raw units for a ScaledUiAmount mint, exactly as Token-2022's `UiAmountToAmount`
 * (instruction 24) does, refusing what it refuses:
 *
 * 1. parse `ui` as Rust's `str::parse::<f64>()` (correctly rounded; accepts `+`/`-`, `1.`, `.5`, `1e3`, `1E-3`; refuses
 *    whitespace, `_`, hex, `""` and `"."`);
 * 2. `raw = parsed / (multiplier / 10^decimals)` in f64;
 * 3. refuse a NaN, negative (below −0) or above-2^64 result, then truncate toward zero; exactly 2^64 saturates to u64 max.
 *
 * It is not an exact inverse of {@link rawToUiAmount}: the f64 quotient often lands just below an integer, so at
 * multiplier 1 `uiToRawAmount(rawToUiAmount(a))` is `a` or `a − 1` (the latter in about one random case in five), and
 * with other multipliers several raw amounts share one UI string. The chain does exactly the same. Where one raw unit
 * matters, check the result with {@link rawToUiAmount}.
 *
 * @param ui - the UI amount, e.g. `"12.5"`
 * @param decimals - the mint's decimals, 0..255
 * @param multiplier - the current multiplier (see {@link getMultiplier}), a positive normal number
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a string the chain cannot parse, `inf`/`NaN`, a negative amount,
 * a result above u64 max, or bad `decimals`/`multiplier`.
 * @example
 * ```ts
 * import { uiToRawAmount } from 'xstock-lend';
 * uiToRawAmount('0.99', 2, 0.99); // 100n
 * uiToRawAmount('3', 6, 3); // 1_000_000n (1 raw token after a 3:1 split shows as 3)
 * ```
 */
export function uiToRawAmount(ui: string, decimals: number, multiplier: number): bigint {
  if (typeof ui !== 'string') {
    throw new XStockLendError('INVALID_ARGUMENT', `ui must be a decimal string, got ${typeof ui}.`, {
      context: { type: typeof ui },
    });
  }
  assertDecimals(decimals);
  assertMultiplier(multiplier);
  if (NON_FINITE.test(ui)) {
    throw reject(ui, 'not-finite', `UI amount '${ui}' is not a finite number; the chain refuses it.`);
  }
  if (!DECIMAL.test(ui)) {
    throw reject(
      ui,
      'syntax',
      `UI amount '${ui}' is not a decimal number such as '12.5' or '1e3' (no spaces or separators).`,
    );
  }
  const amount = Number(ui) / (multiplier / f64Pow10(decimals));
  if (Number.isNaN(amount)) {
    throw reject(ui, 'not-a-number', `UI amount '${ui}' gives no raw amount at this multiplier.`);
  }
  if (amount < 0) throw reject(ui, 'negative', `UI amount '${ui}' is negative; token amounts are not.`);
  if (amount > TWO_POW_64) {
    throw reject(ui, 'overflow', `UI amount '${ui}' is more than a u64 raw amount can hold at this multiplier.`);
  }
  if (amount === TWO_POW_64) return U64_MAX;
  return BigInt(Math.trunc(amount));
}
