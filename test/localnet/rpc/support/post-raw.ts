import { request } from 'node:http';

/** A raw HTTP answer. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends a request with full control over method, body and headers (no JSON-RPC client in the way). */
export function sendRaw(
  url: string,
  body: string | Buffer | null,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body !== null) req.write(body);
    req.end();
  });
}

/** POSTs a JSON-RPC body and parses the answer. */
export async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await sendRaw(url, typeof body === 'string' ? body : JSON.stringify(body));
  return { status: response.status, json: response.text === '' ? null : JSON.parse(response.text) };
}

/** Calls one method and returns the parsed response object. */
export async function call(url: string, method: string, params?: unknown, id: number | string = 1): Promise<RpcReply> {
  const body = params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params };
  return (await postJson(url, body)).json as RpcReply;
}

/** A parsed JSON-RPC response. */
export interface RpcReply {
  jsonrpc: string;
  id: number | string | null;
  // biome-ignore lint/suspicious/noExplicitAny: test helper: responses are asserted field by field
  result?: any;
  error?: { code: number; message: string; data?: unknown };
}
