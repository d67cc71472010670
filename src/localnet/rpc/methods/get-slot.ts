import { checkCommitmentAndMinContextSlot, readConfig, readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/**
 * `getSlot({ commitment?, minContextSlot? })` → the runtime clock's slot.
 *
 * @example
 * ```ts
 * const slot = await rpc.getSlot().send();
 * ```
 */
export const getSlot: RpcMethodHandler = (params, { chain }) => {
  const [rawConfig] = readParams(params, 0, 1);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  return chain.slot;
};
