import { decodeWireTransaction } from '../decode-wire-transaction.js';
import { checkCommitmentAndMinContextSlot, readBoolean, readConfig, readInteger, readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';
import { readWireEncoding } from './simulate-transaction.js';

/**
 * `sendTransaction(wire, { encoding?, skipPreflight?, preflightCommitment?, maxRetries?, minContextSlot? })` →
 * signature. The transaction executes in LiteSVM before this returns, after a preflight simulation (unless
 * `skipPreflight`) whose failure answers -32002 `Transaction simulation failed: …` with `data` = the simulation
 * result (err, logs, unitsConsumed, returnData), exactly as Solana does. With `skipPreflight`, a failing transaction
 * still returns its signature and its error is reported by `getSignatureStatuses`.
 *
 * @example
 * ```ts
 * const signature = await rpc.sendTransaction(base64Wire, { encoding: 'base64' }).send();
 * ```
 */
export const sendTransaction: RpcMethodHandler = (params, { chain }) => {
  const [encoded, rawConfig] = readParams(params, 1, 2);
  const config = readConfig(rawConfig);
  const wire = decodeWireTransaction(encoded, readWireEncoding(config));
  const skipPreflight = readBoolean(config, 'skipPreflight', false);
  if (config.maxRetries !== undefined && config.maxRetries !== null)
    readInteger(config.maxRetries, 'maxRetries', 0, Number.MAX_SAFE_INTEGER);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  return chain.send(wire, { skipPreflight });
};
