import { createSolanaRpcFromTransport, getBase58Encoder, type RpcTransport } from '@solana/kit';
import type { AccountStore, StoredAccount } from '../../../src/localnet/account-store.js';
import { zstdRawFrame } from '../../../src/localnet/rpc/zstd-raw-frame.js';

interface Memcmp {
  offset: number | bigint;
  bytes: string;
  encoding?: 'base58' | 'base64';
}
interface Filter {
  dataSize?: number | bigint;
  memcmp?: Memcmp;
}
interface AccountConfig {
  encoding?: string;
  dataSlice?: { offset: number; length: number };
  filters?: Filter[];
  withContext?: boolean;
}

const base58 = getBase58Encoder();

function toWire(account: StoredAccount, config: AccountConfig | undefined) {
  const encoding = config?.encoding ?? 'base64';
  if (encoding !== 'base64' && encoding !== 'base64+zstd') {
    throw new Error(`in-memory RPC: encoding ${encoding} is not served`);
  }
  const slice = config?.dataSlice;
  const sliced = slice ? account.data.subarray(slice.offset, slice.offset + slice.length) : account.data;
  const data = encoding === 'base64+zstd' ? zstdRawFrame(sliced) : sliced;
  return {
    data: [Buffer.from(data.buffer, data.byteOffset, data.length).toString('base64'), encoding],
    executable: account.executable,
    lamports: Number(account.lamports),
    owner: account.owner,
    rentEpoch: 0,
    space: account.data.length,
  };
}

function matches(account: StoredAccount, filters: Filter[]): boolean {
  for (const filter of filters) {
    if (filter.dataSize !== undefined && account.data.length !== Number(filter.dataSize)) return false;
    if (filter.memcmp !== undefined) {
      const { offset, bytes, encoding } = filter.memcmp;
      const expected = encoding === 'base64' ? Buffer.from(bytes, 'base64') : base58.encode(bytes);
      const at = Number(offset);
      if (at + expected.length > account.data.length) return false;
      for (let i = 0; i < expected.length; i++) if (account.data[at + i] !== expected[i]) return false;
    }
  }
  return true;
}

/** Counts of the JSON-RPC methods served, for assertions on what a client asked. */
export type RpcCallLog = Map<string, number>;

/**
 * A `@solana/kit` RPC answering getAccountInfo, getMultipleAccounts, getProgramAccounts (dataSize + memcmp filters,
 * dataSlice; base64 or base64+zstd) and getSlot from an AccountStore, in memory (no sockets).
 */
export function createStoreRpc(store: AccountStore, log: RpcCallLog = new Map()) {
  const transport: RpcTransport = async <TResponse>({ payload }: Parameters<RpcTransport>[0]) => {
    const { id, method, params } = payload as { id: number; method: string; params: unknown[] };
    // Yield a macrotask per call, as a socket would: background work (klend-sdk's zstd wasm init) gets to run.
    await new Promise((resolve) => setImmediate(resolve));
    log.set(method, (log.get(method) ?? 0) + 1);
    const slot = Number(store.svm.getClock().slot);
    const context = { slot };
    let result: unknown;
    switch (method) {
      case 'getSlot':
        result = slot;
        break;
      case 'getAccountInfo': {
        const account = store.get(params[0] as string);
        result = { context, value: account === null ? null : toWire(account, params[1] as AccountConfig) };
        break;
      }
      case 'getMultipleAccounts': {
        const config = params[1] as AccountConfig;
        result = {
          context,
          value: (params[0] as string[]).map((address) => {
            const account = store.get(address);
            return account === null ? null : toWire(account, config);
          }),
        };
        break;
      }
      case 'getProgramAccounts': {
        const config = (params[1] ?? {}) as AccountConfig;
        const found = [];
        for (const account of store.programAccounts(params[0] as string)) {
          if (matches(account, config.filters ?? []))
            found.push({ pubkey: account.address, account: toWire(account, config) });
        }
        result = config.withContext ? { context, value: found } : found;
        break;
      }
      default:
        throw new Error(`in-memory RPC: method ${method} is not served`);
    }
    return { jsonrpc: '2.0', id, result } as TResponse;
  };
  return createSolanaRpcFromTransport(transport);
}
