import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { dispatchJsonRpc, errorResponse, type ResponsePart, type RpcLogEntry } from './dispatch-json-rpc.js';
import { RpcErrorCode, type RpcErrorObject } from './json-rpc-error.js';
import { ResponseWriter } from './response-writer.js';
import type { RpcMethodContext } from './rpc-method.js';

/**
 * Options of {@link createHttpRequestHandler}.
 *
 * @example
 * ```ts
 * const options: HttpHandlerOptions = { maxBodyBytes: 1 << 20 };
 * ```
 */
export interface HttpHandlerOptions {
  /** Largest accepted request body; a larger one is answered 413 with a JSON-RPC error. */
  maxBodyBytes: number;
  /** Log sink. */
  log?: ((entry: RpcLogEntry) => void) | undefined;
}

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Max-Age': '86400',
} as const;

/**
 * The HTTP side of the JSON-RPC server: `POST` bodies up to `maxBodyBytes` are dispatched; `OPTIONS` answers a CORS
 * preflight (browser dApps); other methods get 405; an oversize body gets 413. Every answer except 204 carries a
 * JSON-RPC body; nothing a client sends can make the handler throw.
 *
 * @param context - the chain and limits
 * @param options - body limit and log sink
 * @example
 * ```ts
 * const server = http.createServer(createHttpRequestHandler(context, { maxBodyBytes: 1 << 20 }));
 * ```
 */
export function createHttpRequestHandler(context: RpcMethodContext, options: HttpHandlerOptions): RequestListener {
  return (req, res) => {
    try {
      handle(req, res, context, options);
    } catch (error) {
      fail(res, 500, { code: RpcErrorCode.INTERNAL_ERROR, message: `Internal error: ${String(error)}` }, options);
    }
  };
}

function handle(req: IncomingMessage, res: ServerResponse, context: RpcMethodContext, options: HttpHandlerOptions) {
  res.on('error', () => undefined);
  req.on('error', () => undefined);
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      ...CORS_HEADERS,
      'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'content-type',
    });
    res.end();
    req.resume();
    return;
  }
  if (req.method !== 'POST') {
    req.resume();
    fail(
      res,
      405,
      { code: RpcErrorCode.INVALID_REQUEST, message: 'Method not allowed: send JSON-RPC with POST' },
      options,
      {
        Allow: 'POST, OPTIONS',
      },
    );
    return;
  }
  const { maxBodyBytes } = options;
  const tooLarge: RpcErrorObject = {
    code: RpcErrorCode.INVALID_REQUEST,
    message: `Request body too large: the limit is ${maxBodyBytes} bytes`,
  };
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > maxBodyBytes) {
    refuseBody(req, res, tooLarge, options);
    return;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    received += chunk.length;
    if (received > maxBodyBytes) {
      refused = true;
      chunks.length = 0;
      refuseBody(req, res, tooLarge, options);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (refused || res.headersSent) return;
    let parts: ResponsePart[];
    try {
      parts = dispatchJsonRpc(Buffer.concat(chunks).toString('utf8'), context, options.log);
    } catch (error) {
      fail(res, 500, { code: RpcErrorCode.INTERNAL_ERROR, message: `Internal error: ${String(error)}` }, options);
      return;
    }
    void respond(res, parts);
  });
}

/** Answers 413 at once, then drains (bounded) what the client keeps sending and closes the connection. */
function refuseBody(req: IncomingMessage, res: ServerResponse, error: RpcErrorObject, options: HttpHandlerOptions) {
  fail(res, 413, error, options, { Connection: 'close' });
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > 64 * options.maxBodyBytes) req.destroy();
  });
  req.resume();
}

function fail(
  res: ServerResponse,
  status: number,
  error: RpcErrorObject,
  options: HttpHandlerOptions,
  headers: Record<string, string> = {},
) {
  options.log?.({ method: null, durationMs: 0, error });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = errorResponse(error, null);
  res.writeHead(status, {
    ...CORS_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function respond(res: ServerResponse, parts: ResponsePart[]): Promise<void> {
  if (parts.length === 0) {
    res.writeHead(204, CORS_HEADERS);
    res.end();
    return;
  }
  if (parts.every((part) => typeof part === 'string')) {
    const body = parts.join('');
    res.writeHead(200, {
      ...CORS_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
    return;
  }
  res.writeHead(200, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  const writer = new ResponseWriter(res);
  try {
    for (const part of parts) {
      if (typeof part === 'string') {
        const pending = writer.write(part);
        if (pending) await pending;
      } else {
        await part.writeTo(writer);
      }
    }
    await writer.end();
  } catch {
    res.destroy();
  }
}
