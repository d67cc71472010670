import { encodeAccount } from '../encode-account.js';
import { RawJson } from '../json-value.js';
import { checkCommitmentAndMinContextSlot, readAddress, readConfig, readParams } from '../params.js';
import { readAccountEncodingOptions } from '../read-account-encoding-options.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

/**
 * `getAccountInfo(address, { encoding?, dataSlice?, commitment?, minContextSlot? })` →
 * `{ context, value: UiAccount | null }`. Default encoding `binary` (a bare base58 string), as on Solana.
 *
 * @example
 * ```ts
 * const { value } = await rpc.getAccountInfo(address, { encoding: 'base64' }).send();
 * ```
 */
export const getAccountInfo: RpcMethodHandler = (params, { chain }) => {
  const [address, rawConfig] = readParams(params, 1, 2);
  const pubkey = readAddress(address, 'account address');
  const config = readConfig(rawConfig);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  const options = readAccountEncodingOptions(config, chain, 'binary');
  const account = chain.store.get(pubkey);
  return {
    context: responseContext(chain),
    value: account === null ? null : new RawJson(encodeAccount(account, options)),
  };
};
