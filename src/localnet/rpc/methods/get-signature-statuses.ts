import { getBase58Encoder } from '@solana/kit';
import { invalidParams } from '../json-rpc-error.js';
import type { JsonValue } from '../json-value.js';
import { describe, readBoolean, readConfig, readParams } from '../params.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

const base58 = getBase58Encoder();

/**
 * `getSignatureStatuses(signatures, { searchTransactionHistory? })` → `{ context, value: (status | null)[] }` with
 * `status = { slot, confirmations: null, err, status: { Ok: null } | { Err }, confirmationStatus: 'finalized' }`:
 * a transaction is final as soon as it executed here. At most `limits.maxSignatureStatuses` (256) signatures.
 *
 * @example
 * ```ts
 * const { value: [status] } = await rpc.getSignatureStatuses([signature]).send();
 * ```
 */
export const getSignatureStatuses: RpcMethodHandler = (params, { chain, limits }) => {
  const [signatures, rawConfig] = readParams(params, 1, 2);
  if (!Array.isArray(signatures)) throw invalidParams(`expected an array of signatures, got ${describe(signatures)}`);
  if (signatures.length > limits.maxSignatureStatuses)
    throw invalidParams(`Too many inputs provided; max ${limits.maxSignatureStatuses}`);
  const keys = signatures.map((signature: unknown, index) => readSignature(signature, index));
  readBoolean(readConfig(rawConfig), 'searchTransactionHistory', false);
  const value: JsonValue[] = keys.map((signature) => {
    const status = chain.signatureStatus(signature);
    if (status === undefined) return null;
    return {
      slot: status.slot,
      confirmations: null,
      status: status.err === null ? { Ok: null } : { Err: status.err },
      err: status.err,
      confirmationStatus: 'finalized',
    };
  });
  return { context: responseContext(chain), value };
};

function readSignature(value: unknown, index: number): string {
  if (typeof value !== 'string' || value.length > 88)
    throw invalidParams(`signatures[${index}] must be a base58 signature, got ${describe(value)}`);
  let bytes: { length: number };
  try {
    bytes = base58.encode(value);
  } catch {
    throw invalidParams(`signatures[${index}] is not valid base58`);
  }
  if (bytes.length !== 64) throw invalidParams(`signatures[${index}] is not a 64-byte signature`);
  return value;
}
