import type { StoredAccount } from '../../account-store.js';
import { type AccountEncodingOptions, encodeAccount } from '../encode-account.js';
import { JsonRpcError, RpcErrorCode } from '../json-rpc-error.js';
import { RawJson, stringifyJson } from '../json-value.js';
import { checkCommitmentAndMinContextSlot, readAddress, readBoolean, readConfig, readParams } from '../params.js';
import { matchesFilters, readProgramAccountFilters } from '../program-account-filters.js';
import { readAccountEncodingOptions } from '../read-account-encoding-options.js';
import { type RpcMethodHandler, responseContext, StreamedJson } from '../rpc-method.js';

/** Results whose account data exceed this many bytes are streamed instead of built in memory. */
const STREAM_THRESHOLD_BYTES = 1 << 20;
/** Above this many accounts the answer is streamed too: joining 100,000 small items into one string costs more than writing them. */
const STREAM_THRESHOLD_ACCOUNTS = 5_000;

/**
 * `getProgramAccounts(programId, { filters?, encoding?, dataSlice?, withContext?, commitment?, minContextSlot? })` →
 * `[{ pubkey, account }]` (or `{ context, value }` with `withContext`). Filters: `dataSize`, `memcmp` (base58 or
 * base64 bytes), `tokenAccountState`; default encoding `binary`, as on Solana.
 *
 * Passive owners (klend, Scope, …) are read from the store's map without copying; the matching accounts are picked
 * synchronously (a consistent snapshot) and large results are streamed to the socket with backpressure, so 100,000
 * obligations (~450 MB of base64) never sit in memory as one string.
 *
 * @example
 * ```ts
 * const obligations = await rpc.getProgramAccounts(KLEND, {
 *   encoding: 'base64',
 *   filters: [{ dataSize: 3344n }, { memcmp: { offset: 32n, bytes: market, encoding: 'base58' } }],
 *   dataSlice: { offset: 0, length: 0 },
 * }).send();
 * ```
 */
export const getProgramAccounts: RpcMethodHandler = (params, { chain, limits }) => {
  const [programId, rawConfig] = readParams(params, 1, 2);
  const owner = readAddress(programId, 'program id');
  const config = readConfig(rawConfig);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  const options = readAccountEncodingOptions(config, chain, 'binary');
  const filters = readProgramAccountFilters(config.filters, limits.maxProgramAccountFilters);
  const withContext = readBoolean(config, 'withContext', false);

  const matches: StoredAccount[] = [];
  let bytes = 0;
  for (const account of chain.store.programAccounts(owner)) {
    if (!matchesFilters(account.data, filters)) continue;
    matches.push(account);
    bytes += slicedLength(account.data.length, options);
  }
  if (options.encoding === 'base58' || options.encoding === 'binary') checkBase58Sizes(matches, options);
  const open = withContext ? `{"context":${stringifyJson(responseContext(chain))},"value":[` : '[';
  const close = withContext ? ']}' : ']';
  const item = (account: StoredAccount) =>
    `{"pubkey":${JSON.stringify(account.address)},"account":${encodeAccount(account, options)}}`;

  if (bytes <= STREAM_THRESHOLD_BYTES && matches.length <= STREAM_THRESHOLD_ACCOUNTS)
    return new RawJson(open + matches.map(item).join(',') + close);
  return new StreamedJson(async (sink) => {
    let pending = sink.write(open);
    if (pending) await pending;
    for (let index = 0; index < matches.length; index++) {
      const account = matches[index] as StoredAccount;
      pending = sink.write(index === 0 ? item(account) : `,${item(account)}`);
      if (pending) await pending;
    }
    pending = sink.write(close);
    if (pending) await pending;
  });
};

/** The length of the data an account contributes once sliced (computed, not sliced: this runs per account). */
function slicedLength(length: number, options: AccountEncodingOptions): number {
  const { dataSlice } = options;
  if (dataSlice === undefined) return length;
  return Math.min(dataSlice.length, length - Math.min(dataSlice.offset, length));
}

/** Refuses base58 for any matching account over 128 bytes before streaming starts (the answer is then an error). */
function checkBase58Sizes(matches: readonly StoredAccount[], options: AccountEncodingOptions): void {
  for (const account of matches) {
    if (slicedLength(account.data.length, options) > 128) {
      throw new JsonRpcError(
        RpcErrorCode.INVALID_REQUEST,
        'Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.',
      );
    }
  }
}
