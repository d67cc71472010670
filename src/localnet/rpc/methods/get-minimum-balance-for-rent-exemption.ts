import { checkCommitmentAndMinContextSlot, readConfig, readInteger, readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/** Solana's `MAX_PERMITTED_DATA_LENGTH` (10 MiB): no account can be larger. */
const MAX_PERMITTED_DATA_LENGTH = 10 * 1024 * 1024;

/**
 * `getMinimumBalanceForRentExemption(dataLength, { commitment? })` → lamports, from the runtime's Rent sysvar.
 *
 * @example
 * ```ts
 * const lamports = await rpc.getMinimumBalanceForRentExemption(165n).send();
 * ```
 */
export const getMinimumBalanceForRentExemption: RpcMethodHandler = (params, { chain }) => {
  const [length, rawConfig] = readParams(params, 1, 2);
  const dataLength = readInteger(length, 'data length', 0, MAX_PERMITTED_DATA_LENGTH);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  return chain.svm.minimumBalanceForRentExemption(BigInt(dataLength));
};
