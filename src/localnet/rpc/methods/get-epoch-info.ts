import { checkCommitmentAndMinContextSlot, readConfig, readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/**
 * `getEpochInfo({ commitment?, minContextSlot? })` →
 * `{ absoluteSlot, blockHeight, epoch, slotIndex, slotsInEpoch, transactionCount }`: the epoch is the runtime
 * clock's, the slot index and epoch length come from the EpochSchedule sysvar.
 *
 * @example
 * ```ts
 * const { epoch, blockHeight } = await rpc.getEpochInfo().send();
 * ```
 */
export const getEpochInfo: RpcMethodHandler = (params, { chain }) => {
  const [rawConfig] = readParams(params, 0, 1);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  return chain.epochInfo();
};
