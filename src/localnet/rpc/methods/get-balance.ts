import { checkCommitmentAndMinContextSlot, readAddress, readConfig, readParams } from '../params.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

/**
 * `getBalance(address, { commitment?, minContextSlot? })` → `{ context, value: lamports }` (0 for no account).
 *
 * @example
 * ```ts
 * const { value: lamports } = await rpc.getBalance(address).send();
 * ```
 */
export const getBalance: RpcMethodHandler = (params, { chain }) => {
  const [address, rawConfig] = readParams(params, 1, 2);
  const pubkey = readAddress(address, 'account address');
  const config = readConfig(rawConfig);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  return { context: responseContext(chain), value: chain.store.get(pubkey)?.lamports ?? 0n };
};
