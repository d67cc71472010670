import { readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/**
 * `getGenesisHash()` → the localnet's genesis hash (fixed for the server's life; see `genesisHash` option).
 *
 * @example
 * ```ts
 * const genesisHash = await rpc.getGenesisHash().send();
 * ```
 */
export const getGenesisHash: RpcMethodHandler = (params, { chain }) => {
  readParams(params, 0, 0);
  return chain.genesisHash;
};
