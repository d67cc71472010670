import { XStockLendError } from '../errors/index.js';
import type { TransferFee, TransferFeeConfig } from './token-2022-mint.js';

/**
 * The transfer fee in force during `epoch`: `newerTransferFee` once `epoch >= newerTransferFee.epoch`, else
 * `olderTransferFee` (Token-2022 `get_epoch_fee`). Pass the chain's current epoch.
 *
 * @param config - the decoded `TransferFeeConfig` extension
 * @param epoch - the cluster epoch
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` when `epoch` is not a bigint.
 * @example
 * ```ts
 * import { computeTransferFee, getEpochTransferFee, type TransferFeeConfig } from 'xstock-lend';
 * declare const config: TransferFeeConfig;
 * const fee = computeTransferFee(getEpochTransferFee(config, 812n), 1_000_000n);
 * ```
 */
export function getEpochTransferFee(config: TransferFeeConfig, epoch: bigint): TransferFee {
  if (typeof epoch !== 'bigint') {
    throw new XStockLendError('INVALID_ARGUMENT', `epoch must be a bigint, got ${typeof epoch}.`, {
      context: { epoch: String(epoch) },
    });
  }
  return epoch >= config.newerTransferFee.epoch ? config.newerTransferFee : config.olderTransferFee;
}
