import { getBase58Decoder } from '@solana/kit';
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { StoredAccount } from '../account-store.js';
import { JsonRpcError, RpcErrorCode } from './json-rpc-error.js';
import { stringifyJson } from './json-value.js';
import type { AccountEncoding, DataSlice } from './params.js';
import { type MintLookup, parseTokenAccountData } from './parse-token-account-data.js';
import { zstdRawFrame } from './zstd-raw-frame.js';

/** Solana's `MAX_BASE58_BYTES`: base58 is refused for more data than this. */
const MAX_BASE58_BYTES = 128;
const base58 = getBase58Decoder();

/**
 * How to encode account data in a response.
 *
 * @example
 * ```ts
 * const options: AccountEncodingOptions = { encoding: 'base64', dataSlice: { offset: 0, length: 8 } };
 * ```
 */
export interface AccountEncodingOptions {
  /** The encoding. */
  encoding: AccountEncoding;
  /** The bytes to return (not with `jsonParsed`). */
  dataSlice?: DataSlice | undefined;
  /** For `jsonParsed` token accounts: resolves the mint. */
  lookupMint?: MintLookup;
  /** For `jsonParsed` ScaledUiAmount amounts: the chain clock. */
  unixTimestamp?: bigint;
}

/**
 * Refuses `dataSlice` with `jsonParsed`, as Solana does.
 *
 * @param options - the requested encoding and slice
 * @throws {@link JsonRpcError} -32600
 * @example
 * ```ts
 * checkSliceAndEncoding({ encoding: 'base64', dataSlice: { offset: 0, length: 8 } }); // ok
 * ```
 */
export function checkSliceAndEncoding(options: AccountEncodingOptions): void {
  if (options.encoding === 'jsonParsed' && options.dataSlice !== undefined) {
    throw new JsonRpcError(
      RpcErrorCode.INVALID_REQUEST,
      'Sliced account data can only be encoded using binary (base 58) or base64 encoding.',
    );
  }
}

/**
 * Encodes an account as Solana's `UiAccount` JSON text:
 * `{"lamports","data","owner","executable","rentEpoch","space"}`, with `data` as `[base64, "base64"]`,
 * `[base58, "base58"]`, a bare base58 string (`binary`), or `{program, parsed, space}` (`jsonParsed`, token accounts
 * and mints; other accounts fall back to base64). `space` is the full data length even when sliced.
 *
 * @param account - the account
 * @param options - encoding, slice and jsonParsed context
 * @throws {@link JsonRpcError} -32600 for base58 of more than 128 bytes
 * @example
 * ```ts
 * encodeAccount(account, { encoding: 'base64' }); // '{"lamports":1,"data":["AAE=","base64"],…}'
 * ```
 */
export function encodeAccount(account: StoredAccount, options: AccountEncodingOptions): string {
  const full = account.data;
  let data: string;
  const { encoding, dataSlice } = options;
  if (encoding === 'jsonParsed') {
    data = jsonParsedData(account, options) ?? `["${base64(full)}","base64"]`;
  } else {
    const bytes = dataSlice === undefined ? full : slice(full, dataSlice);
    if (encoding === 'base64') {
      data = `["${base64(bytes)}","base64"]`;
    } else if (encoding === 'base64+zstd') {
      data = `["${base64(zstdRawFrame(bytes))}","base64+zstd"]`;
    } else {
      if (bytes.length > MAX_BASE58_BYTES) {
        throw new JsonRpcError(
          RpcErrorCode.INVALID_REQUEST,
          `Encoded binary (base 58) data should be less than ${MAX_BASE58_BYTES} bytes, please use Base64 encoding.`,
        );
      }
      const text = base58.decode(bytes);
      data = encoding === 'binary' ? `"${text}"` : `["${text}","base58"]`;
    }
  }
  return `{"lamports":${account.lamports},"data":${data},"owner":${JSON.stringify(account.owner)},"executable":${account.executable},"rentEpoch":${account.rentEpoch},"space":${full.length}}`;
}

/**
 * The bytes `dataSlice` selects: `offset .. offset + length`, clamped to the data.
 *
 * @param data - account data
 * @param dataSlice - the slice
 * @example
 * ```ts
 * slice(new Uint8Array([1, 2, 3]), { offset: 1, length: 5 }); // Uint8Array [2, 3]
 * ```
 */
export function slice(data: Uint8Array, dataSlice: DataSlice): Uint8Array {
  const start = Math.min(dataSlice.offset, data.length);
  return data.subarray(start, Math.min(start + dataSlice.length, data.length));
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function jsonParsedData(account: StoredAccount, options: AccountEncodingOptions): string | null {
  const program =
    account.owner === TOKEN_PROGRAM_ID
      ? 'spl-token'
      : account.owner === TOKEN_2022_PROGRAM_ID
        ? 'spl-token-2022'
        : null;
  if (program === null || options.lookupMint === undefined) return null;
  const parsed = parseTokenAccountData(account.data, options.lookupMint, options.unixTimestamp ?? 0n);
  if (parsed === null) return null;
  return `{"program":"${program}","parsed":${stringifyJson(parsed)},"space":${account.data.length}}`;
}
