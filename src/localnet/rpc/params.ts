import { isAddress } from '@solana/kit';
import { invalidParams, JsonRpcError, RpcErrorCode } from './json-rpc-error.js';

/**
 * The account data encodings the localnet serves.
 *
 * @example
 * ```ts
 * const encoding: AccountEncoding = 'base64';
 * ```
 */
export type AccountEncoding = 'base58' | 'base64' | 'base64+zstd' | 'binary' | 'jsonParsed';

/**
 * A `dataSlice` request: bytes `offset .. offset + length` of the account data (clamped to its end).
 *
 * @example
 * ```ts
 * const slice: DataSlice = { offset: 0, length: 8 };
 * ```
 */
export interface DataSlice {
  /** First byte. */
  offset: number;
  /** Number of bytes. */
  length: number;
}

/**
 * A method's config object (the optional last positional parameter).
 *
 * @example
 * ```ts
 * const config: RpcConfig = { encoding: 'base64', commitment: 'confirmed' };
 * ```
 */
export type RpcConfig = Readonly<Record<string, unknown>>;

const COMMITMENTS = new Set(['processed', 'confirmed', 'finalized', 'recent', 'single', 'singleGossip', 'root', 'max']);
const ENCODINGS = new Set<string>(['base58', 'base64', 'base64+zstd', 'binary', 'jsonParsed']);

/**
 * Checks the positional parameter list: absent means none; an object (named parameters) is refused like Solana does.
 *
 * @param params - the request's `params`
 * @param min - required parameters
 * @param max - required plus optional parameters
 * @throws {@link JsonRpcError} -32602 for a non-array or a wrong count
 * @example
 * ```ts
 * const [address, config] = readParams(request.params, 1, 2);
 * ```
 */
export function readParams(params: unknown, min: number, max: number): readonly unknown[] {
  if (params === undefined || params === null) {
    if (min === 0) return [];
    throw invalidParams(`expected ${min === max ? min : `${min} to ${max}`} positional parameters, got none`);
  }
  if (!Array.isArray(params)) throw invalidParams('params must be an array of positional parameters');
  if (params.length < min || params.length > max) {
    throw invalidParams(
      `invalid length ${params.length}, expected ${min === max ? min : `${min} to ${max}`} positional parameters`,
    );
  }
  return params;
}

/**
 * Reads a base58 public key.
 *
 * @param value - the parameter
 * @param what - its name, for the message
 * @throws {@link JsonRpcError} -32602
 * @example
 * ```ts
 * const owner = readAddress(params[0], 'owner');
 * ```
 */
export function readAddress(value: unknown, what: string): string {
  if (typeof value !== 'string') throw invalidParams(`${what} must be a base58 string, got ${describe(value)}`);
  if (!isAddress(value)) throw invalidParams(`${what} is not a valid base58 public key: ${truncate(value)}`);
  return value;
}

/**
 * Reads the optional config object (absent or `null` = empty).
 *
 * @param value - the parameter
 * @throws {@link JsonRpcError} -32602 when it is not an object
 * @example
 * ```ts
 * const config = readConfig(params[1]);
 * ```
 */
export function readConfig(value: unknown): RpcConfig {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidParams(`expected a config object, got ${describe(value)}`);
  return value as RpcConfig;
}

/**
 * Validates `commitment` and `minContextSlot` (and `preflightCommitment`): every commitment is the same here (a
 * transaction is final as soon as it executes), so only the values are checked.
 *
 * @param config - the config object
 * @param currentSlot - the chain's slot
 * @throws {@link JsonRpcError} -32602 for an unknown commitment; -32016 when `minContextSlot` is ahead of the chain
 * @example
 * ```ts
 * checkCommitmentAndMinContextSlot(config, chain.slot);
 * ```
 */
export function checkCommitmentAndMinContextSlot(config: RpcConfig, currentSlot: bigint): void {
  for (const key of ['commitment', 'preflightCommitment']) {
    const commitment = config[key];
    if (
      commitment !== undefined &&
      commitment !== null &&
      !(typeof commitment === 'string' && COMMITMENTS.has(commitment))
    )
      throw invalidParams(`unknown ${key} ${describe(commitment)}; expected processed, confirmed or finalized`);
  }
  const minContextSlot = config.minContextSlot;
  if (minContextSlot === undefined || minContextSlot === null) return;
  const slot = readInteger(minContextSlot, 'minContextSlot', 0, Number.MAX_SAFE_INTEGER);
  if (BigInt(slot) > currentSlot) {
    throw new JsonRpcError(RpcErrorCode.MIN_CONTEXT_SLOT_NOT_REACHED, 'Minimum context slot has not been reached', {
      contextSlot: currentSlot,
    });
  }
}

/**
 * Reads `encoding` for account data.
 *
 * @param config - the config object
 * @param fallback - the method's default
 * @throws {@link JsonRpcError} -32602 for an unknown encoding
 * @example
 * ```ts
 * const encoding = readAccountEncoding(config, 'base64');
 * ```
 */
export function readAccountEncoding(config: RpcConfig, fallback: AccountEncoding): AccountEncoding {
  const encoding = config.encoding;
  if (encoding === undefined || encoding === null) return fallback;
  if (typeof encoding !== 'string' || !ENCODINGS.has(encoding))
    throw invalidParams(`unknown encoding ${describe(encoding)}; expected base58, base64, base64+zstd or jsonParsed`);
  return encoding as AccountEncoding;
}

/**
 * Reads `dataSlice`.
 *
 * @param config - the config object
 * @throws {@link JsonRpcError} -32602 for a malformed slice
 * @example
 * ```ts
 * const slice = readDataSlice({ dataSlice: { offset: 0, length: 32 } }); // { offset: 0, length: 32 }
 * ```
 */
export function readDataSlice(config: RpcConfig): DataSlice | undefined {
  const slice = config.dataSlice;
  if (slice === undefined || slice === null) return undefined;
  if (typeof slice !== 'object' || Array.isArray(slice))
    throw invalidParams('dataSlice must be an object { offset, length }');
  const { offset, length } = slice as { offset?: unknown; length?: unknown };
  return {
    offset: readInteger(offset, 'dataSlice.offset', 0, Number.MAX_SAFE_INTEGER),
    length: readInteger(length, 'dataSlice.length', 0, Number.MAX_SAFE_INTEGER),
  };
}

/**
 * Reads an optional boolean config field.
 *
 * @param config - the config object
 * @param key - the field
 * @param fallback - its default
 * @throws {@link JsonRpcError} -32602 for a non-boolean
 * @example
 * ```ts
 * const skipPreflight = readBoolean(config, 'skipPreflight', false);
 * ```
 */
export function readBoolean(config: RpcConfig, key: string, fallback: boolean): boolean {
  const value = config[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw invalidParams(`${key} must be a boolean, got ${describe(value)}`);
  return value;
}

/**
 * Reads an integer within `[min, max]` (JSON numbers: exact up to 2^53).
 *
 * @param value - the parameter
 * @param what - its name
 * @param min - smallest allowed
 * @param max - largest allowed
 * @throws {@link JsonRpcError} -32602
 * @example
 * ```ts
 * const size = readInteger(params[0], 'data length', 0, 10 * 1024 * 1024);
 * ```
 */
export function readInteger(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw invalidParams(`${what} must be an integer, got ${describe(value)}`);
  if (value < min || value > max) throw invalidParams(`${what} must be between ${min} and ${max}, got ${value}`);
  return value;
}

/**
 * A short description of a JSON value for an error message.
 *
 * @param value - anything parsed from JSON
 * @example
 * ```ts
 * describe(42); // 'number 42'
 * ```
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `string ${JSON.stringify(truncate(value))}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function truncate(text: string): string {
  return text.length > 64 ? `${text.slice(0, 61)}...` : text;
}
