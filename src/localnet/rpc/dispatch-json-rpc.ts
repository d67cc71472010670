import { RpcErrorCode, type RpcErrorObject, toRpcErrorObject } from './json-rpc-error.js';
import { stringifyJson } from './json-value.js';
import { RPC_METHODS } from './methods/index.js';
import { type RpcMethodContext, StreamedJson } from './rpc-method.js';

/**
 * One line of the server's log: a JSON-RPC call, or a refused HTTP request (`method: null`).
 *
 * @example
 * ```ts
 * const log = (entry: RpcLogEntry) => console.log(entry.method, entry.durationMs.toFixed(1), entry.error?.message ?? 'ok');
 * ```
 */
export interface RpcLogEntry {
  /** The JSON-RPC method, or `null` when the request never reached one (bad JSON, bad HTTP method, oversize body). */
  method: string | null;
  /** Time spent in the handler (a streamed result's writing is not included). */
  durationMs: number;
  /** The error answered, if any. */
  error?: RpcErrorObject;
}

/**
 * A response body as a list of parts: JSON text, and streamed results to write in place.
 *
 * @example
 * ```ts
 * const parts: ResponsePart[] = ['{"jsonrpc":"2.0","result":', streamed, ',"id":1}'];
 * ```
 */
export type ResponsePart = string | StreamedJson;

/**
 * Handles a JSON-RPC body (a single request or a batch) and returns the response body parts, or an empty list when
 * nothing must be answered (only notifications). Never throws: every failure becomes a JSON-RPC error object.
 *
 * @param body - the request body text
 * @param context - the chain and limits
 * @param log - optional log sink
 * @example
 * ```ts
 * const parts = dispatchJsonRpc('{"jsonrpc":"2.0","id":1,"method":"getSlot"}', context);
 * ```
 */
export function dispatchJsonRpc(
  body: string,
  context: RpcMethodContext,
  log?: (entry: RpcLogEntry) => void,
): ResponsePart[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const error = { code: RpcErrorCode.PARSE_ERROR, message: 'Parse error' };
    log?.({ method: null, durationMs: 0, error });
    return [errorResponse(error, null)];
  }
  if (!Array.isArray(parsed)) return dispatchOne(parsed, context, log) ?? [];
  if (parsed.length === 0) {
    const error = { code: RpcErrorCode.INVALID_REQUEST, message: 'Invalid request: empty batch' };
    log?.({ method: null, durationMs: 0, error });
    return [errorResponse(error, null)];
  }
  const parts: ResponsePart[] = [];
  for (const request of parsed) {
    const response = dispatchOne(request, context, log);
    if (response === null) continue;
    parts.push(parts.length === 0 ? '[' : ',', ...response);
  }
  if (parts.length > 0) parts.push(']');
  return parts;
}

/**
 * The text of a JSON-RPC error response.
 *
 * @param error - the error object
 * @param id - the request id (`null` when unknown)
 * @example
 * ```ts
 * errorResponse({ code: -32601, message: 'Method not found' }, 1);
 * ```
 */
export function errorResponse(error: RpcErrorObject, id: string | number | null): string {
  return `{"jsonrpc":"2.0","error":${stringifyJson({ ...error })},"id":${JSON.stringify(id)}}`;
}

function dispatchOne(
  request: unknown,
  context: RpcMethodContext,
  log?: (entry: RpcLogEntry) => void,
): ResponsePart[] | null {
  const invalid = (message: string, id: string | number | null = null): ResponsePart[] => {
    const error = { code: RpcErrorCode.INVALID_REQUEST, message: `Invalid request: ${message}` };
    log?.({ method: null, durationMs: 0, error });
    return [errorResponse(error, id)];
  };
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    return invalid('expected a request object');
  const { jsonrpc, method, params, id } = request as Record<string, unknown>;
  const hasId = Object.hasOwn(request, 'id');
  if (hasId && id !== null && typeof id !== 'string' && typeof id !== 'number')
    return invalid('id must be a string, a number or null');
  const responseId = hasId ? (id as string | number | null) : null;
  if (jsonrpc !== '2.0') return invalid('jsonrpc must be "2.0"', responseId);
  if (typeof method !== 'string') return invalid('method must be a string', responseId);
  if (params !== undefined && (typeof params !== 'object' || params === null))
    return invalid('params must be an array', responseId);

  const started = performance.now();
  const handler = Object.hasOwn(RPC_METHODS, method) ? RPC_METHODS[method] : undefined;
  let parts: ResponsePart[];
  let failure: RpcErrorObject | undefined;
  if (handler === undefined) {
    failure = { code: RpcErrorCode.METHOD_NOT_FOUND, message: 'Method not found' };
    parts = [errorResponse(failure, responseId)];
  } else {
    try {
      const result = handler(params, context);
      const head = '{"jsonrpc":"2.0","result":';
      const tail = `,"id":${JSON.stringify(responseId)}}`;
      parts = result instanceof StreamedJson ? [head, result, tail] : [head + stringifyJson(result) + tail];
    } catch (error) {
      failure = toRpcErrorObject(error);
      parts = [errorResponse(failure, responseId)];
    }
  }
  const durationMs = performance.now() - started;
  log?.(failure === undefined ? { method, durationMs } : { method, durationMs, error: failure });
  return hasId ? parts : null;
}
