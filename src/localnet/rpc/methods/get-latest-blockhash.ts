import { checkCommitmentAndMinContextSlot, readConfig, readParams } from '../params.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

/**
 * `getLatestBlockhash({ commitment?, minContextSlot? })` → `{ context, value: { blockhash, lastValidBlockHeight } }`:
 * the runtime's current blockhash, valid for 150 blocks (every executed transaction makes a block here).
 *
 * @example
 * ```ts
 * const { value: latestBlockhash } = await rpc.getLatestBlockhash().send();
 * ```
 */
export const getLatestBlockhash: RpcMethodHandler = (params, { chain }) => {
  const [rawConfig] = readParams(params, 0, 1);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  const value = chain.latestBlockhash();
  return { context: responseContext(chain), value };
};
