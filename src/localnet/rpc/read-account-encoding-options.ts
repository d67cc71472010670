import { type AccountEncodingOptions, checkSliceAndEncoding } from './encode-account.js';
import type { LocalChain } from './local-chain.js';
import { type AccountEncoding, type RpcConfig, readAccountEncoding, readDataSlice } from './params.js';
import { createMintLookup } from './rpc-method.js';

/**
 * Reads `encoding` and `dataSlice` from a config object and prepares the `jsonParsed` context (mint lookup, chain
 * clock) when needed.
 *
 * @param config - the method's config object
 * @param chain - the chain
 * @param fallback - the method's default encoding
 * @throws {@link JsonRpcError} -32602 for a bad encoding or slice; -32600 for `jsonParsed` with `dataSlice`
 * @example
 * ```ts
 * const options = readAccountEncodingOptions(config, chain, 'base64');
 * ```
 */
export function readAccountEncodingOptions(
  config: RpcConfig,
  chain: LocalChain,
  fallback: AccountEncoding,
): AccountEncodingOptions {
  const encoding = readAccountEncoding(config, fallback);
  const dataSlice = readDataSlice(config);
  const options: AccountEncodingOptions =
    encoding === 'jsonParsed'
      ? { encoding, dataSlice, lookupMint: createMintLookup(chain), unixTimestamp: chain.svm.getClock().unixTimestamp }
      : { encoding, dataSlice };
  checkSliceAndEncoding(options);
  return options;
}
