import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { JsonValue } from './json-value.js';
import type { LocalChain } from './local-chain.js';
import type { MintLookup } from './parse-token-account-data.js';
import { readMintAmountInfo } from './parse-token-account-data.js';
import type { MintAmountInfo } from './ui-token-amount.js';

/**
 * The agave version reported by `getVersion` and in `context.apiVersion`: the runtime crates LiteSVM 1.5.0 embeds
 * (solana-program-runtime 4.3.0).
 *
 * @example
 * ```ts
 * console.log(LOCALNET_SOLANA_CORE_VERSION); // '4.3.0'
 * ```
 */
export const LOCALNET_SOLANA_CORE_VERSION = '4.3.0';

/**
 * Per-request limits, like a real RPC node's.
 *
 * @example
 * ```ts
 * const limits: RpcLimits = { maxMultipleAccounts: 100, maxSignatureStatuses: 256, maxProgramAccountFilters: 4 };
 * ```
 */
export interface RpcLimits {
  /** Most addresses in one `getMultipleAccounts` (Solana: 100). */
  maxMultipleAccounts: number;
  /** Most signatures in one `getSignatureStatuses` (Solana: 256). */
  maxSignatureStatuses: number;
  /** Most filters in one `getProgramAccounts` (Solana: 4). */
  maxProgramAccountFilters: number;
}

/**
 * What a method handler works with.
 *
 * @example
 * ```ts
 * const handler: RpcMethodHandler = (params, { chain }) => chain.slot;
 * ```
 */
export interface RpcMethodContext {
  /** The chain. */
  readonly chain: LocalChain;
  /** The limits. */
  readonly limits: RpcLimits;
}

/**
 * Where a streamed result writes its JSON text: `write` returns a promise only when the consumer wants the producer
 * to wait (backpressure); await it then.
 *
 * @example
 * ```ts
 * const pending = sink.write('[');
 * if (pending) await pending;
 * ```
 */
export interface JsonSink {
  /** Appends JSON text. @param text - a fragment of the result */
  write(text: string): Promise<void> | undefined;
}

/**
 * A result too large to build in memory: written fragment by fragment into the response (e.g. `getProgramAccounts`
 * over 100,000 accounts).
 *
 * @example
 * ```ts
 * return new StreamedJson(async (sink) => { await sink.write('[]'); });
 * ```
 */
export class StreamedJson {
  /** @param writeTo - writes the whole result into the sink */
  constructor(readonly writeTo: (sink: JsonSink) => Promise<void>) {}
}

/**
 * A method's answer: a value, or a {@link StreamedJson}.
 *
 * @example
 * ```ts
 * const result: RpcMethodResult = { context: { slot: 1n }, value: null };
 * ```
 */
export type RpcMethodResult = JsonValue | StreamedJson;

/**
 * One JSON-RPC method: takes the raw `params` and returns the `result` or throws a {@link JsonRpcError}.
 *
 * @example
 * ```ts
 * const getHealth: RpcMethodHandler = () => 'ok';
 * ```
 */
export type RpcMethodHandler = (params: unknown, context: RpcMethodContext) => RpcMethodResult;

/**
 * The `context` object Solana wraps results in.
 *
 * @param chain - the chain
 * @example
 * ```ts
 * return { context: responseContext(chain), value };
 * ```
 */
export function responseContext(chain: LocalChain): JsonValue {
  return { apiVersion: LOCALNET_SOLANA_CORE_VERSION, slot: chain.slot };
}

/**
 * A mint lookup for `jsonParsed` token accounts, cached for one request.
 *
 * @param chain - the chain
 * @example
 * ```ts
 * const lookupMint = createMintLookup(chain);
 * lookupMint('XsDoVfqeBukxuZHWhdvWHBhgEHjGNst4MLodqsJHzoB')?.decimals;
 * ```
 */
export function createMintLookup(chain: LocalChain): MintLookup {
  const cache = new Map<string, MintAmountInfo | null>();
  return (mint) => {
    const cached = cache.get(mint);
    if (cached !== undefined) return cached;
    const account = chain.store.get(mint);
    const info =
      account !== null && (account.owner === TOKEN_PROGRAM_ID || account.owner === TOKEN_2022_PROGRAM_ID)
        ? readMintAmountInfo(account.data)
        : null;
    cache.set(mint, info);
    return info;
  };
}
