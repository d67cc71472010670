import { isAddress } from '@solana/kit';
import { invalidParams } from '../json-rpc-error.js';
import { checkCommitmentAndMinContextSlot, describe, readConfig, readParams } from '../params.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

/**
 * `isBlockhashValid(blockhash, { commitment?, minContextSlot? })` → `{ context, value: boolean }`: whether a
 * transaction carrying this blockhash would be accepted now.
 *
 * @example
 * ```ts
 * const { value: valid } = await rpc.isBlockhashValid(blockhash).send();
 * ```
 */
export const isBlockhashValid: RpcMethodHandler = (params, { chain }) => {
  const [blockhash, rawConfig] = readParams(params, 1, 2);
  if (typeof blockhash !== 'string' || !isAddress(blockhash))
    throw invalidParams(`blockhash must be a base58 32-byte hash, got ${describe(blockhash)}`);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  return { context: responseContext(chain), value: chain.isBlockhashValid(blockhash) };
};
