import { assertU64Amount } from './assert-conversion-args.js';
import type { TransferFee } from './token-2022-mint.js';

/**
 * The fee Token-2022 withholds when `amountRaw` is transferred: `ceil(amountRaw × bps / 10 000)` capped at `maximumFee`,
 * and 0 when the rate or the amount is 0 (`TransferFee::calculate_fee`). The recipient gets `amountRaw − fee`: value a
 * deposit of such a token at that net amount.
 *
 * @param fee - the fee in force (see {@link getEpochTransferFee})
 * @param amountRaw - raw units sent, 0..2^64 − 1
 * @returns the fee in raw units (rounded up, as the program does)
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for an amount outside u64.
 * @example
 * ```ts
 * import { computeTransferFee } from 'xstock-lend';
 * computeTransferFee({ epoch: 0n, maximumFee: 5_000n, transferFeeBasisPoints: 1 }, 10_001n); // 2n
 * ```
 */
export function computeTransferFee(fee: TransferFee, amountRaw: bigint): bigint {
  assertU64Amount(amountRaw);
  const bps = BigInt(fee.transferFeeBasisPoints);
  if (bps === 0n || amountRaw === 0n) return 0n;
  const raw = (amountRaw * bps + 9_999n) / 10_000n;
  return raw < fee.maximumFee ? raw : fee.maximumFee;
}
