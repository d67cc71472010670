import { decodeWireTransaction } from '../decode-wire-transaction.js';
import { encodeAccount } from '../encode-account.js';
import { invalidParams } from '../json-rpc-error.js';
import { type JsonValue, RawJson } from '../json-value.js';
import {
  checkCommitmentAndMinContextSlot,
  describe,
  type RpcConfig,
  readAddress,
  readBoolean,
  readConfig,
  readParams,
} from '../params.js';
import { readAccountEncodingOptions } from '../read-account-encoding-options.js';
import { type RpcMethodContext, type RpcMethodHandler, responseContext } from '../rpc-method.js';

/** At most this many `accounts.addresses` (a transaction cannot reference more). */
const MAX_SIMULATION_ACCOUNTS = 256;

/**
 * `simulateTransaction(wire, { encoding?, sigVerify?, replaceRecentBlockhash?, accounts?, innerInstructions?,
 * commitment?, minContextSlot? })` → `{ context, value: { err, logs, accounts, unitsConsumed, returnData,
 * innerInstructions, replacementBlockhash } }`, run in LiteSVM without committing. Defaults as on Solana: base58
 * wire encoding, no signature check. Inner instructions are given in compiled form (`programIdIndex`, `accounts`,
 * base58 `data`, `stackHeight`).
 *
 * @example
 * ```ts
 * const { value } = await rpc.simulateTransaction(base64Wire, { encoding: 'base64', replaceRecentBlockhash: true }).send();
 * console.log(value.err, value.logs);
 * ```
 */
export const simulateTransaction: RpcMethodHandler = (params, context) => {
  const { chain } = context;
  const [encoded, rawConfig] = readParams(params, 1, 2);
  const config = readConfig(rawConfig);
  const wire = decodeWireTransaction(encoded, readWireEncoding(config));
  const sigVerify = readBoolean(config, 'sigVerify', false);
  const replaceRecentBlockhash = readBoolean(config, 'replaceRecentBlockhash', false);
  if (sigVerify && replaceRecentBlockhash) throw invalidParams('sigVerify may not be used with replaceRecentBlockhash');
  const withInner = readBoolean(config, 'innerInstructions', false);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  const accounts = readSimulationAccounts(config, context);

  const outcome = chain.simulate(wire, { sigVerify, replaceRecentBlockhash });
  const value: JsonValue = {
    err: outcome.err?.json ?? null,
    logs: outcome.logs,
    accounts:
      accounts === null || outcome.err !== null
        ? null
        : accounts.addresses.map((address) => {
            const account = outcome.postAccounts.get(address) ?? null;
            return account === null ? null : new RawJson(encodeAccount(account, accounts.options));
          }),
    unitsConsumed: outcome.unitsConsumed,
    returnData:
      outcome.returnData === null
        ? null
        : { programId: outcome.returnData.programId, data: [outcome.returnData.data, 'base64'] },
    innerInstructions: withInner ? outcome.innerInstructions : null,
    replacementBlockhash: replaceRecentBlockhash ? chain.latestBlockhash() : null,
  };
  return { context: responseContext(chain), value };
};

/**
 * Reads the `encoding` of a wire transaction parameter (`base58` by default, as on Solana).
 *
 * @param config - the method's config object
 * @throws {@link JsonRpcError} -32602 for anything but base58 or base64
 * @example
 * ```ts
 * readWireEncoding({ encoding: 'base64' }); // 'base64'
 * ```
 */
export function readWireEncoding(config: RpcConfig): 'base58' | 'base64' {
  const encoding = config.encoding;
  if (encoding === undefined || encoding === null || encoding === 'base58') return 'base58';
  if (encoding === 'base64') return 'base64';
  throw invalidParams(`unsupported transaction encoding ${describe(encoding)}; use base64 or base58`);
}

function readSimulationAccounts(
  config: RpcConfig,
  context: RpcMethodContext,
): { addresses: string[]; options: ReturnType<typeof readAccountEncodingOptions> } | null {
  const accounts = config.accounts;
  if (accounts === undefined || accounts === null) return null;
  if (typeof accounts !== 'object' || Array.isArray(accounts))
    throw invalidParams('accounts must be an object { addresses, encoding? }');
  const { addresses, encoding } = accounts as { addresses?: unknown; encoding?: unknown };
  if (!Array.isArray(addresses)) throw invalidParams('accounts.addresses must be an array');
  if (addresses.length > MAX_SIMULATION_ACCOUNTS)
    throw invalidParams(`Too many accounts provided; max ${MAX_SIMULATION_ACCOUNTS}`);
  if (encoding === 'base58' || encoding === 'binary') throw invalidParams(`${encoding} encoding not supported`);
  const options = readAccountEncodingOptions({ encoding: encoding ?? 'base64' }, context.chain, 'base64');
  return {
    addresses: addresses.map((address: unknown, index) => readAddress(address, `accounts.addresses[${index}]`)),
    options,
  };
}
