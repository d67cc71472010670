import { getBase58Encoder } from '@solana/kit';
import { invalidParams } from './json-rpc-error.js';
import { describe } from './params.js';
import { decodeTokenAccountBase } from './parse-token-account-data.js';

/**
 * One `getProgramAccounts` filter, decoded.
 *
 * @example
 * ```ts
 * const filter: AccountFilter = { kind: 'memcmp', offset: 32, bytes: new Uint8Array(32) };
 * ```
 */
export type AccountFilter =
  | { kind: 'dataSize'; size: number }
  | { kind: 'memcmp'; offset: number; bytes: Uint8Array }
  | { kind: 'tokenAccountState' };

/** Solana's limits on memcmp filter bytes. */
const MAX_DATA_SIZE = 128;
const MAX_DATA_BASE58_SIZE = 175;
const MAX_DATA_BASE64_SIZE = 172;
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
const base58 = getBase58Encoder();

/**
 * Reads the `filters` array: `{ dataSize }`, `{ memcmp: { offset, bytes, encoding? } }` (bytes base58 by default, or
 * base64), `{ tokenAccountState: {} }`.
 *
 * @param value - `config.filters`
 * @param max - most filters allowed
 * @throws {@link JsonRpcError} -32602 for a malformed or oversize filter, or too many
 * @example
 * ```ts
 * readProgramAccountFilters([{ dataSize: 3344 }, { memcmp: { offset: 0, bytes: 'AQ==', encoding: 'base64' } }], 4);
 * ```
 */
export function readProgramAccountFilters(value: unknown, max: number): AccountFilter[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidParams(`filters must be an array, got ${describe(value)}`);
  if (value.length > max) throw invalidParams(`Too many filters provided; max ${max}`);
  return value.map((filter: unknown, index) => readFilter(filter, index));
}

function readFilter(filter: unknown, index: number): AccountFilter {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw invalidParams(`filters[${index}] must be an object, got ${describe(filter)}`);
  const keys = Object.keys(filter);
  const entry = filter as { dataSize?: unknown; memcmp?: unknown; tokenAccountState?: unknown };
  if (keys.length !== 1)
    throw invalidParams(`filters[${index}] must have exactly one of dataSize, memcmp, tokenAccountState`);
  if (keys[0] === 'dataSize') {
    const size = entry.dataSize;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      throw invalidParams(`filters[${index}].dataSize must be a non-negative integer, got ${describe(size)}`);
    return { kind: 'dataSize', size };
  }
  if (keys[0] === 'tokenAccountState') return { kind: 'tokenAccountState' };
  if (keys[0] !== 'memcmp') throw invalidParams(`filters[${index}] has an unknown filter type ${keys[0]}`);
  const memcmp = entry.memcmp;
  if (typeof memcmp !== 'object' || memcmp === null || Array.isArray(memcmp))
    throw invalidParams(`filters[${index}].memcmp must be an object { offset, bytes, encoding? }`);
  const { offset, bytes, encoding } = memcmp as { offset?: unknown; bytes?: unknown; encoding?: unknown };
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0)
    throw invalidParams(`filters[${index}].memcmp.offset must be a non-negative integer, got ${describe(offset)}`);
  if (typeof bytes !== 'string') throw invalidParams(`filters[${index}].memcmp.bytes must be a string`);
  return { kind: 'memcmp', offset, bytes: decodeBytes(bytes, encoding, index) };
}

function decodeBytes(bytes: string, encoding: unknown, index: number): Uint8Array {
  const where = `filters[${index}].memcmp.bytes`;
  let decoded: Uint8Array;
  if (encoding === undefined || encoding === null || encoding === 'base58') {
    if (bytes.length > MAX_DATA_BASE58_SIZE) throw invalidParams(`${where}: base58 data too large`);
    try {
      decoded = new Uint8Array(base58.encode(bytes));
    } catch {
      throw invalidParams(`${where} is not valid base58`);
    }
  } else if (encoding === 'base64') {
    if (bytes.length > MAX_DATA_BASE64_SIZE) throw invalidParams(`${where}: base64 data too large`);
    if (bytes.length % 4 !== 0 || !BASE64_PATTERN.test(bytes)) throw invalidParams(`${where} is not valid base64`);
    decoded = new Uint8Array(Buffer.from(bytes, 'base64'));
  } else {
    throw invalidParams(`filters[${index}].memcmp.encoding must be base58 or base64, got ${describe(encoding)}`);
  }
  if (decoded.length > MAX_DATA_SIZE) throw invalidParams(`${where}: decoded data too large (max ${MAX_DATA_SIZE})`);
  return decoded;
}

/**
 * Whether account data passes every filter (a memcmp past the end of the data fails, as on Solana).
 *
 * @param data - account data
 * @param filters - decoded filters
 * @example
 * ```ts
 * matchesFilters(new Uint8Array([1, 2]), [{ kind: 'dataSize', size: 2 }]); // true
 * ```
 */
export function matchesFilters(data: Uint8Array, filters: readonly AccountFilter[]): boolean {
  for (const filter of filters) {
    if (filter.kind === 'dataSize') {
      if (data.length !== filter.size) return false;
    } else if (filter.kind === 'memcmp') {
      const { offset, bytes } = filter;
      if (offset + bytes.length > data.length) return false;
      for (let i = 0; i < bytes.length; i++) if (data[offset + i] !== bytes[i]) return false;
    } else if (decodeTokenAccountBase(data) === null) {
      return false;
    }
  }
  return true;
}
