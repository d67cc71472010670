import { readParams } from '../params.js';
import { LOCALNET_SOLANA_CORE_VERSION, type RpcMethodHandler } from '../rpc-method.js';

/**
 * `getVersion()` → `{ "solana-core": "4.3.0", "feature-set": 0 }` (the runtime version LiteSVM embeds).
 *
 * @example
 * ```ts
 * const version = await rpc.getVersion().send();
 * ```
 */
export const getVersion: RpcMethodHandler = (params) => {
  readParams(params, 0, 0);
  return { 'solana-core': LOCALNET_SOLANA_CORE_VERSION, 'feature-set': 0 };
};
