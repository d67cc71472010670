import { XStockLendError } from '../errors/index.js';

const U64_MAX = (1n << 64n) - 1n;
const MIN_NORMAL_F64 = 2 ** -1022;

/** Throws `INVALID_ARGUMENT` unless `amountRaw` is a bigint in the u64 range. */
export function assertU64Amount(amountRaw: bigint): void {
  if (typeof amountRaw !== 'bigint' || amountRaw < 0n || amountRaw > U64_MAX) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `amountRaw must be a bigint from 0 to 2^64 − 1 (a u64 token amount), got ${String(amountRaw)}.`,
      { context: { amountRaw: String(amountRaw) } },
    );
  }
}

/** Throws `INVALID_ARGUMENT` unless `decimals` is a whole number from 0 to 255 (a u8, as in the mint). */
export function assertDecimals(decimals: number): void {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 255) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `decimals must be a whole number from 0 to 255 (the mint's u8 decimals), got ${String(decimals)}.`,
      { context: { decimals: String(decimals) } },
    );
  }
}

/**
 * Throws `INVALID_ARGUMENT` unless `multiplier` is a positive normal f64: the only values Token-2022 accepts
 * (`is_sign_positive() && is_normal()`), so 0, negatives, subnormals, ∞ and NaN are refused.
 */
export function assertMultiplier(multiplier: number): void {
  if (typeof multiplier !== 'number' || !(multiplier >= MIN_NORMAL_F64 && multiplier < Number.POSITIVE_INFINITY)) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `multiplier must be a positive, finite, normal number (as Token-2022 stores it), got ${String(multiplier)}.`,
      { context: { multiplier: String(multiplier) } },
    );
  }
}
