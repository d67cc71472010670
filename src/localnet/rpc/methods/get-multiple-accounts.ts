import { encodeAccount } from '../encode-account.js';
import { invalidParams } from '../json-rpc-error.js';
import { RawJson } from '../json-value.js';
import { checkCommitmentAndMinContextSlot, describe, readAddress, readConfig, readParams } from '../params.js';
import { readAccountEncodingOptions } from '../read-account-encoding-options.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

/**
 * `getMultipleAccounts(addresses, { encoding?, dataSlice?, commitment?, minContextSlot? })` →
 * `{ context, value: (UiAccount | null)[] }`, at most `limits.maxMultipleAccounts` (100) addresses; default
 * encoding `base64`, as on Solana.
 *
 * @example
 * ```ts
 * const { value } = await rpc.getMultipleAccounts([a, b], { encoding: 'base64' }).send();
 * ```
 */
export const getMultipleAccounts: RpcMethodHandler = (params, { chain, limits }) => {
  const [addresses, rawConfig] = readParams(params, 1, 2);
  if (!Array.isArray(addresses)) throw invalidParams(`expected an array of addresses, got ${describe(addresses)}`);
  if (addresses.length > limits.maxMultipleAccounts)
    throw invalidParams(`Too many inputs provided; max ${limits.maxMultipleAccounts}`);
  const pubkeys = addresses.map((address: unknown, index) => readAddress(address, `addresses[${index}]`));
  const config = readConfig(rawConfig);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  const options = readAccountEncodingOptions(config, chain, 'base64');
  const value = pubkeys.map((pubkey) => {
    const account = chain.store.get(pubkey);
    return account === null ? null : new RawJson(encodeAccount(account, options));
  });
  return { context: responseContext(chain), value };
};
