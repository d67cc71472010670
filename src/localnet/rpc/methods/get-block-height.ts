import { checkCommitmentAndMinContextSlot, readConfig, readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/**
 * `getBlockHeight({ commitment?, minContextSlot? })` → the block height (equal to the slot: no slot is skipped here).
 *
 * @example
 * ```ts
 * const height = await rpc.getBlockHeight().send();
 * ```
 */
export const getBlockHeight: RpcMethodHandler = (params, { chain }) => {
  const [rawConfig] = readParams(params, 0, 1);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  return chain.blockHeight;
};
