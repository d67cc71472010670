import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XStockLendError } from '../../errors/index.js';
import type { AccountStore } from '../account-store.js';
import type { RpcLogEntry } from './dispatch-json-rpc.js';
import { createHttpRequestHandler } from './http-request-handler.js';
import { LocalChain, type TransactionEvent } from './local-chain.js';
import { createPubSubServer } from './pubsub-server.js';
import type { RpcLimits } from './rpc-method.js';

/**
 * Options of {@link createRpcServer}.
 *
 * @example
 * ```ts
 * const options: RpcServerOptions = { store, port: 8899, log: (entry) => console.log(entry.method) };
 * ```
 */
export interface RpcServerOptions {
  /** The accounts and runtime to serve. */
  store: AccountStore;
  /** Interface to listen on (default `127.0.0.1`); anything but loopback needs `allowNonLoopback`. */
  host?: string;
  /** HTTP port (default 0: a free port). */
  port?: number;
  /**
   * Where the PubSub websocket also listens, besides upgrades on the HTTP port: `'next'` (default) = HTTP port + 1,
   * the URL `@solana/web3.js` v1's `Connection` derives (like `solana-test-validator`'s 8899/8900); with `port: 0` a
   * free pair is found. A number = that port (0 = free); `'none'` = the HTTP port only.
   */
  pubsubPort?: number | 'next' | 'none';
  /** Allow a non-loopback `host` (the server hands out airdrops and runs any transaction: keep it local). */
  allowNonLoopback?: boolean;
  /** Largest accepted request body in bytes (default 1 MiB); larger ones are answered 413. */
  maxBodyBytes?: number;
  /** Per-request limits (defaults: Solana's 100 accounts, 256 signatures, 4 filters). */
  limits?: Partial<RpcLimits>;
  /** Move to the next slot and blockhash after every executed transaction (default `true`). */
  advanceSlot?: boolean;
  /** Called after every executed transaction, e.g. to move the clock's `unixTimestamp`. */
  onTransaction?: (event: TransactionEvent) => void;
  /** Receives one entry per JSON-RPC call or refused request, and errors thrown by `onTransaction`. */
  log?: (entry: RpcLogEntry) => void;
  /** The `getGenesisHash` answer. */
  genesisHash?: string;
}

/**
 * A running localnet RPC server.
 *
 * @example
 * ```ts
 * const server = await createRpcServer({ store });
 * const rpc = createSolanaRpc(server.url);
 * await server.close();
 * ```
 */
export interface RpcServer {
  /** `http://host:port`, for `createSolanaRpc` or `new Connection`. */
  url: string;
  /** The HTTP port. */
  port: number;
  /** The PubSub URL (`ws://host:pubsubPort`, or the HTTP port with `pubsubPort: 'none'`). */
  wsUrl: string;
  /**
   * The chain state behind the server (slot, blockhashes, signature statuses).
   *
   * @internal
   */
  chain: LocalChain;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/;
const PAIR_ATTEMPTS = 20;

/**
 * Starts a Solana JSON-RPC 2.0 server (HTTP, plus PubSub over websocket) on loopback, serving an
 * {@link AccountStore}: accounts from LiteSVM and the passive store, transactions executed in LiteSVM, one slot per
 * executed transaction. Works with `@solana/kit`'s `createSolanaRpc` / `createSolanaRpcSubscriptions` and
 * `@solana/web3.js` v1's `Connection` (including `confirmTransaction`, which needs the websocket).
 *
 * @param options - the store, address and behaviour
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a bad option or a non-loopback host without
 * `allowNonLoopback`; `RPC_ERROR` when the port cannot be bound
 * @example
 * ```ts
 * import { LiteSVM } from 'litesvm';
 * import { AccountStore, createRpcServer } from 'xstock-lend/localnet';
 *
 * const store = new AccountStore(new LiteSVM(), ['KLend2g3cP87fffoy8q1mQqGKjrxjC8boSyAYavgmjD']);
 * const server = await createRpcServer({ store, port: 8899 });
 * const connection = new Connection(server.url, 'confirmed');
 * await server.close();
 * ```
 */
export async function createRpcServer(options: RpcServerOptions): Promise<RpcServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  const pubsubPort = options.pubsubPort ?? 'next';
  const maxBodyBytes = options.maxBodyBytes ?? 1 << 20;
  checkOptions(options, host, port, pubsubPort, maxBodyBytes);
  const log = options.log;
  const chain = new LocalChain(options.store, {
    ...(options.advanceSlot === undefined ? {} : { advanceSlot: options.advanceSlot }),
    ...(options.onTransaction === undefined ? {} : { onTransaction: options.onTransaction }),
    ...(options.genesisHash === undefined ? {} : { genesisHash: options.genesisHash }),
    onHookError: (error) =>
      log?.({ method: null, durationMs: 0, error: { code: -32603, message: `onTransaction threw: ${String(error)}` } }),
  });
  const limits: RpcLimits = {
    maxMultipleAccounts: options.limits?.maxMultipleAccounts ?? 100,
    maxSignatureStatuses: options.limits?.maxSignatureStatuses ?? 256,
    maxProgramAccountFilters: options.limits?.maxProgramAccountFilters ?? 4,
  };
  const handler = createHttpRequestHandler({ chain, limits }, { maxBodyBytes, log });
  const pubsub = createPubSubServer(chain);
  const makeServer = (withRpc: boolean) => {
    const server = withRpc
      ? createServer(handler)
      : createServer((_req, res) => {
          res.writeHead(426, { 'Content-Type': 'text/plain' });
          res.end('This port serves Solana PubSub over websocket; send JSON-RPC to the HTTP port.');
        });
    server.on('upgrade', (request, socket, head: Buffer) => pubsub.handleUpgrade(request, socket, head));
    server.on('clientError', (_error, socket) => socket.destroy());
    return server;
  };

  const servers: Server[] = [];
  let httpPort = port;
  let wsPort: number | null = null;
  for (let attempt = 0; ; attempt++) {
    const http = makeServer(true);
    httpPort = await listen(http, host, port);
    if (pubsubPort === 'none') {
      servers.push(http);
      break;
    }
    const ws = makeServer(false);
    const wanted = pubsubPort === 'next' ? httpPort + 1 : pubsubPort;
    try {
      wsPort = await listen(ws, host, wanted);
      servers.push(http, ws);
      break;
    } catch (error) {
      await closeServer(http);
      if (!(pubsubPort === 'next' && port === 0 && attempt < PAIR_ATTEMPTS)) throw error;
    }
  }
  const base = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${base}:${httpPort}`,
    port: httpPort,
    wsUrl: `ws://${base}:${wsPort ?? httpPort}`,
    chain,
    async close() {
      await pubsub.close();
      await Promise.all(servers.map(closeServer));
    },
  };
}

function checkOptions(
  options: RpcServerOptions,
  host: string,
  port: number,
  pubsubPort: number | 'next' | 'none',
  maxBodyBytes: number,
): void {
  const bad = (message: string, context: Record<string, unknown>) =>
    new XStockLendError('INVALID_ARGUMENT', message, { context });
  if (typeof options.store?.get !== 'function' || typeof options.store?.programAccounts !== 'function')
    throw bad('createRpcServer needs `store`: an AccountStore wrapping a LiteSVM.', {});
  if (!LOOPBACK.test(host) && options.allowNonLoopback !== true)
    throw bad(
      `Refusing to listen on ${host}: the localnet runs any transaction and hands out airdrops. Use 127.0.0.1, or pass allowNonLoopback: true.`,
      { host },
    );
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw bad(`port must be an integer 0..65535, got ${port}.`, { port });
  if (typeof pubsubPort === 'number' && (!Number.isInteger(pubsubPort) || pubsubPort < 0 || pubsubPort > 65535))
    throw bad(`pubsubPort must be 'next', 'none' or an integer 0..65535, got ${pubsubPort}.`, { pubsubPort });
  if (pubsubPort === 'next' && port === 65535) throw bad('port 65535 leaves no room for the PubSub port.', { port });
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1024)
    throw bad(`maxBodyBytes must be an integer of at least 1024, got ${maxBodyBytes}.`, { maxBodyBytes });
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(
        new XStockLendError('RPC_ERROR', `Cannot listen on ${host}:${port}: ${error.message}`, {
          context: { host, port },
          cause: error,
        }),
      );
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
