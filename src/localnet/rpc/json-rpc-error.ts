import { XStockLendError } from '../../errors/index.js';
import type { JsonValue } from './json-value.js';

/**
 * JSON-RPC error codes the localnet answers with: the JSON-RPC 2.0 ones and Solana's custom ones.
 *
 * @example
 * ```ts
 * import { RpcErrorCode } from 'xstock-lend/localnet';
 * if (response.error?.code === RpcErrorCode.SEND_TRANSACTION_PREFLIGHT_FAILURE) console.log(response.error.data.logs);
 * ```
 */
export const RpcErrorCode = {
  /** The body is not valid JSON. */
  PARSE_ERROR: -32700,
  /** The JSON is not a valid request object (or the body is too large). */
  INVALID_REQUEST: -32600,
  /** No such method. */
  METHOD_NOT_FOUND: -32601,
  /** Wrong parameter count, type or value. */
  INVALID_PARAMS: -32602,
  /** A bug in the server: the request was valid. */
  INTERNAL_ERROR: -32603,
  /** `sendTransaction` preflight simulation failed; `data` is the simulation result. */
  SEND_TRANSACTION_PREFLIGHT_FAILURE: -32002,
  /** A signature does not verify. */
  TRANSACTION_SIGNATURE_VERIFICATION_FAILURE: -32003,
  /** `minContextSlot` is ahead of the chain. */
  MIN_CONTEXT_SLOT_NOT_REACHED: -32016,
} as const;

/**
 * A JSON-RPC error a method handler throws: becomes the `error` member of the response.
 *
 * @example
 * ```ts
 * throw new JsonRpcError(RpcErrorCode.INVALID_PARAMS, 'Invalid params: expected a string');
 * ```
 */
export class JsonRpcError extends XStockLendError {
  /** The JSON-RPC `error.code`. */
  readonly rpcCode: number;
  /** The JSON-RPC `error.data`, if any. */
  readonly data: JsonValue | undefined;

  /**
   * @param rpcCode - the JSON-RPC error code
   * @param message - the `error.message`
   * @param data - the `error.data`
   */
  constructor(rpcCode: number, message: string, data?: JsonValue) {
    super('RPC_ERROR', message, { context: { rpcCode } });
    this.rpcCode = rpcCode;
    this.data = data;
  }
}

/**
 * A `-32602 Invalid params` error.
 *
 * @param detail - what is wrong, for the person reading the client's error
 * @example
 * ```ts
 * throw invalidParams('expected at most 100 addresses');
 * ```
 */
export function invalidParams(detail: string): JsonRpcError {
  return new JsonRpcError(RpcErrorCode.INVALID_PARAMS, `Invalid params: ${detail}`);
}

/**
 * The JSON-RPC error object of a response.
 *
 * @example
 * ```ts
 * const error: RpcErrorObject = { code: -32601, message: 'Method not found' };
 * ```
 */
export interface RpcErrorObject {
  /** The error code. */
  code: number;
  /** A sentence for a person. */
  message: string;
  /** Structured details, when the method defines them. */
  data?: JsonValue;
}

/**
 * Converts anything a handler threw to a JSON-RPC error object: a {@link JsonRpcError} keeps its code and data,
 * anything else is an internal error (the message is kept: this is a local development server).
 *
 * @param error - what was thrown
 * @example
 * ```ts
 * toRpcErrorObject(invalidParams('bad')); // { code: -32602, message: 'Invalid params: bad' }
 * ```
 */
export function toRpcErrorObject(error: unknown): RpcErrorObject {
  if (error instanceof JsonRpcError) {
    return error.data === undefined
      ? { code: error.rpcCode, message: error.message }
      : { code: error.rpcCode, message: error.message, data: error.data };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: RpcErrorCode.INTERNAL_ERROR, message: `Internal error: ${message}` };
}
