import { readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/**
 * `getHealth()` → `"ok"`.
 *
 * @example
 * ```ts
 * await rpc.getHealth().send(); // 'ok'
 * ```
 */
export const getHealth: RpcMethodHandler = (params) => {
  readParams(params, 0, 0);
  return 'ok';
};
