import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { getBase58Encoder } from '@solana/kit';
import { WebSocket, WebSocketServer } from 'ws';
import { JsonRpcError, RpcErrorCode, toRpcErrorObject } from './json-rpc-error.js';
import { type JsonValue, stringifyJson } from './json-value.js';
import type { LocalChain } from './local-chain.js';
import { LOCALNET_SOLANA_CORE_VERSION } from './rpc-method.js';

/**
 * The PubSub (websocket) side of the localnet: what `@solana/web3.js` v1's `confirmTransaction` and kit's
 * `sendAndConfirmTransactionFactory` wait on.
 *
 * @example
 * ```ts
 * const pubsub = createPubSubServer(chain);
 * httpServer.on('upgrade', (req, socket, head) => pubsub.handleUpgrade(req, socket, head));
 * ```
 */
export interface PubSubServer {
  /** Takes over an HTTP upgrade request. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Disconnects every client. */
  close(): Promise<void>;
}

const base58 = getBase58Encoder();
const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * Creates the PubSub handler: `signatureSubscribe` / `signatureUnsubscribe` (one notification when the transaction
 * executes, then the subscription ends, as on Solana; at once when it already has a status) and `slotSubscribe` /
 * `slotUnsubscribe` (a notification per new slot). Other methods answer -32601; malformed messages -32700/-32600.
 *
 * @param chain - the chain whose events are published
 * @example
 * ```ts
 * const pubsub = createPubSubServer(chain);
 * ```
 */
export function createPubSubServer(chain: LocalChain): PubSubServer {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let nextSubscriptionId = 1;
  server.on('connection', (socket: WebSocket) => {
    const signatureSubscriptions = new Map<number, string>();
    const slotSubscriptions = new Set<number>();
    const send = (message: JsonValue) => {
      if (socket.readyState === WebSocket.OPEN) socket.send(stringifyJson(message));
    };
    const notifySignature = (id: number, slot: bigint, err: JsonValue) => {
      signatureSubscriptions.delete(id);
      send({
        jsonrpc: '2.0',
        method: 'signatureNotification',
        params: {
          result: { context: { apiVersion: LOCALNET_SOLANA_CORE_VERSION, slot }, value: { err } },
          subscription: id,
        },
      });
    };
    const offSignature = chain.onSignature((signature, status) => {
      for (const [id, wanted] of signatureSubscriptions)
        if (wanted === signature) notifySignature(id, status.slot, status.err);
    });
    const offSlot = chain.onSlot((slot) => {
      for (const id of slotSubscriptions) {
        send({
          jsonrpc: '2.0',
          method: 'slotNotification',
          params: { result: { parent: slot - 1n, root: slot, slot }, subscription: id },
        });
      }
    });

    const call = (method: string, params: unknown): JsonValue => {
      const args = Array.isArray(params) ? params : [];
      switch (method) {
        case 'signatureSubscribe': {
          const signature = args[0];
          if (!isSignature(signature))
            throw rpcError(RpcErrorCode.INVALID_PARAMS, 'Invalid params: expected a base58 signature');
          const id = nextSubscriptionId++;
          signatureSubscriptions.set(id, signature);
          const status = chain.signatureStatus(signature);
          if (status !== undefined)
            setImmediate(() => signatureSubscriptions.has(id) && notifySignature(id, status.slot, status.err));
          return id;
        }
        case 'slotSubscribe': {
          const id = nextSubscriptionId++;
          slotSubscriptions.add(id);
          return id;
        }
        case 'signatureUnsubscribe':
        case 'slotUnsubscribe': {
          const id = args[0];
          const removed =
            typeof id === 'number' &&
            (method === 'signatureUnsubscribe' ? signatureSubscriptions.delete(id) : slotSubscriptions.delete(id));
          if (!removed) throw rpcError(RpcErrorCode.INVALID_PARAMS, 'Invalid subscription id.');
          return true;
        }
        default:
          throw rpcError(RpcErrorCode.METHOD_NOT_FOUND, 'Method not found');
      }
    };

    socket.on('message', (data: unknown) => {
      let request: unknown;
      try {
        request = JSON.parse(messageText(data));
      } catch {
        send({ jsonrpc: '2.0', error: { code: RpcErrorCode.PARSE_ERROR, message: 'Parse error' }, id: null });
        return;
      }
      const { method, params, id } = (typeof request === 'object' && request !== null ? request : {}) as Record<
        string,
        unknown
      >;
      const hasId = typeof id === 'string' || typeof id === 'number';
      if (typeof method !== 'string') {
        send({
          jsonrpc: '2.0',
          error: { code: RpcErrorCode.INVALID_REQUEST, message: 'Invalid request' },
          id: hasId ? id : null,
        });
        return;
      }
      try {
        const result = call(method, params);
        if (hasId) send({ jsonrpc: '2.0', result, id });
      } catch (error) {
        if (hasId) send({ jsonrpc: '2.0', error: { ...toRpcErrorObject(error) }, id });
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      offSignature();
      offSlot();
      signatureSubscriptions.clear();
      slotSubscriptions.clear();
    });
  });

  return {
    handleUpgrade(request, socket, head) {
      server.handleUpgrade(request, socket as Socket, head, (client: WebSocket) =>
        server.emit('connection', client, request),
      );
    },
    async close() {
      // 1000 (normal closure) tells clients such as rpc-websockets not to reconnect.
      for (const client of server.clients) client.close(1000, 'localnet closing');
      await new Promise((resolve) => setTimeout(resolve, server.clients.size > 0 ? 50 : 0));
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function rpcError(code: number, message: string): JsonRpcError {
  return new JsonRpcError(code, message);
}

function isSignature(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 88) return false;
  try {
    return base58.encode(value).length === 64;
  } catch {
    return false;
  }
}

function messageText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : String(data);
}
