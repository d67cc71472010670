import { LiteSVM } from 'litesvm';
import { decodeScaledUiAmountConfig, getMultiplier } from '../corporate-actions/index.js';
import { XStockLendError } from '../errors/index.js';
import { KLEND_PROGRAM_ID, PYTH_RECEIVER_PROGRAM_ID, SCOPE_PROGRAM_ID } from '../rpc/index.js';
import { AccountStore } from './account-store.js';
import { createRpcServer, type RpcServer } from './rpc/index.js';
import {
  buildUpdateMultiplierInstruction,
  type SeededMarket,
  type SeededReserve,
  seedXStocksMarket,
  sendSeedTransaction,
  writeSeededPrice,
} from './seed/index.js';

/**
 * Options of {@link startLocalnet}.
 *
 * @example
 * ```ts
 * import type { StartLocalnetOptions } from 'xstock-lend/localnet';
 * const options: StartLocalnetOptions = { port: 0, obligations: 100, at: new Date('2026-12-05T17:00:00Z') };
 * ```
 */
export interface StartLocalnetOptions {
  /** HTTP port on 127.0.0.1 (default 0: a free port; the CLI uses 8899). PubSub listens on the next port. */
  port?: number;
  /** `xstocks` (default): the seeded Kamino xStocks market; `empty`: a bare runtime. */
  seed?: 'xstocks' | 'empty';
  /** Synthetic borrowers to seed (default 1,000; 100,000 works). */
  obligations?: number;
  /** Chain clock at start (default now). */
  at?: Date;
  /** Seed of the deterministic generator behind addresses and borrowers (default 1). */
  rngSeed?: number;
}

/**
 * A running localnet: a real Solana runtime (LiteSVM, with the real Token-2022 program) behind a JSON-RPC server on
 * 127.0.0.1, seeded with a Kamino xStocks market. Point any client at `rpcUrl`.
 *
 * @example
 * ```ts
 * import { startLocalnet, type Localnet } from 'xstock-lend/localnet';
 * const localnet: Localnet = await startLocalnet();
 * await localnet.stop();
 * ```
 */
export interface Localnet {
  /** `http://127.0.0.1:PORT`, for `createSolanaRpc`, `new Connection` or a wallet. */
  rpcUrl: string;
  /** The PubSub (websocket) URL. */
  wsUrl: string;
  /** The klend `LendingMarket` address (empty string with `seed: 'empty'`). */
  market: string;
  /** The runtime itself, for tests that want to reach in. */
  svm: LiteSVM;
  /** Every account the localnet serves (runtime plus the klend/Scope/Pyth accounts kept beside it). */
  store: AccountStore;
  /** What the xStocks seed created (null with `seed: 'empty'`). */
  seeded: SeededMarket | null;
  /** The chain clock (`Clock.unix_timestamp`) as a Date. */
  now(): Date;
  /** Moves the chain clock (it may go backwards: this is a test chain). */
  setTime(at: Date): void;
  /** Sets a reserve's oracle price in USD per share, in both Scope and Pyth, timestamped with the chain clock. */
  setPrice(symbol: string, priceUsd: number): void;
  /** Schedules a ScaledUiAmount multiplier change on an xStock mint through a real `UpdateMultiplier` transaction. */
  scheduleMultiplier(symbol: string, multiplier: number, effectiveAt: Date): Promise<void>;
  /** Stops the server. */
  stop(): Promise<void>;
}

function invalid(message: string, argument: string, value: unknown): XStockLendError {
  return new XStockLendError('INVALID_ARGUMENT', message, { context: { argument, value: String(value) } });
}

function checkDate(at: unknown, argument: string): Date {
  if (!(at instanceof Date) || Number.isNaN(at.getTime()))
    throw invalid(`${argument} must be a valid Date.`, argument, at);
  return at;
}

/**
 * Starts a localnet: LiteSVM with the real SPL Token and Token-2022 programs, a seeded Kamino xStocks market (klend
 * accounts encoded with klend-sdk's own codecs, Token-2022 mints with ScaledUiAmount created by real instructions,
 * Scope and Pyth price accounts, synthetic borrowers), and a JSON-RPC 2.0 server on 127.0.0.1 that kit, web3.js v1 and
 * klend-sdk clients talk to unchanged.
 *
 * The klend program itself cannot run here (its binary cannot be brought in): a transaction that calls it fails with
 * the runtime's program-not-found error. Everything else is the real runtime.
 *
 * @param options - port, seed, obligation count, start time
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for bad options
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { startLocalnet } from 'xstock-lend/localnet';
 *
 * const localnet = await startLocalnet({ obligations: 1_000 });
 * const rpc = createSolanaRpc(localnet.rpcUrl);
 * console.log(await rpc.getSlot().send());
 * localnet.setTime(new Date('2026-12-05T17:00:00Z')); // a Saturday
 * localnet.setPrice('TSLAx', 431.5);
 * await localnet.stop();
 * ```
 */
export async function startLocalnet(options: StartLocalnetOptions = {}): Promise<Localnet> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw invalid(`port must be a whole number from 0 to 65535, got ${port}.`, 'port', port);
  const seed = options.seed ?? 'xstocks';
  if (seed !== 'xstocks' && seed !== 'empty')
    throw invalid(`seed must be 'xstocks' or 'empty', got ${String(seed)}.`, 'seed', seed);
  const obligations = options.obligations ?? 1_000;
  if (!Number.isInteger(obligations) || obligations < 0 || obligations > 1_000_000) {
    throw invalid(
      `obligations must be a whole number from 0 to 1,000,000, got ${obligations}.`,
      'obligations',
      obligations,
    );
  }
  const at = checkDate(options.at ?? new Date(), 'at');

  const svm = new LiteSVM();
  const store = new AccountStore(svm, [KLEND_PROGRAM_ID, SCOPE_PROGRAM_ID, PYTH_RECEIVER_PROGRAM_ID]);
  const setTime = (time: Date) => {
    const clock = svm.getClock();
    clock.unixTimestamp = BigInt(Math.floor(checkDate(time, 'at').getTime() / 1000));
    svm.setClock(clock);
  };
  setTime(at);
  const seeded =
    seed === 'xstocks'
      ? await seedXStocksMarket(store, {
          obligations,
          at,
          ...(options.rngSeed === undefined ? {} : { rngSeed: options.rngSeed }),
        })
      : null;
  const server: RpcServer = await createRpcServer({ store, port });

  const reserveOf = (symbol: string): SeededReserve => {
    const reserve = seeded?.reserves.find((r) => r.symbol === symbol);
    if (reserve === undefined) {
      const known = seeded?.reserves.map((r) => r.symbol).join(', ') ?? 'none (empty seed)';
      throw invalid(`Unknown reserve ${JSON.stringify(symbol)}; the localnet has ${known}.`, 'symbol', symbol);
    }
    return reserve;
  };
  const multiplierNow = (reserve: SeededReserve): number => {
    if (reserve.params.tokenProgram !== 'token-2022') return 1;
    const mint = store.get(reserve.liquidityMint);
    const config = mint === null ? null : decodeScaledUiAmountConfig(mint.data);
    return config === null ? 1 : getMultiplier(config, svm.getClock().unixTimestamp);
  };

  return {
    rpcUrl: server.url,
    wsUrl: server.wsUrl,
    market: seeded?.lendingMarket ?? '',
    svm,
    store,
    seeded,
    now: () => new Date(Number(svm.getClock().unixTimestamp) * 1000),
    setTime,
    setPrice(symbol, priceUsd) {
      const reserve = reserveOf(symbol);
      if (!(Number.isFinite(priceUsd) && priceUsd > 0))
        throw invalid(`priceUsd must be a positive number, got ${priceUsd}.`, 'priceUsd', priceUsd);
      const clock = svm.getClock();
      writeSeededPrice(store, seeded as SeededMarket, reserve.symbol, {
        price: { value: BigInt(Math.round(priceUsd * 1e8)), exp: 8 },
        multiplier: multiplierNow(reserve),
        slot: clock.slot,
        unixTimestamp: clock.unixTimestamp,
      });
    },
    async scheduleMultiplier(symbol, multiplier, effectiveAt) {
      const reserve = reserveOf(symbol);
      const authority = reserve.scaledUiAmountAuthority;
      if (authority === null) throw invalid(`${symbol} has no ScaledUiAmount extension.`, 'symbol', symbol);
      if (!(Number.isFinite(multiplier) && multiplier > 0))
        throw invalid(`multiplier must be a positive number, got ${multiplier}.`, 'multiplier', multiplier);
      const effective = checkDate(effectiveAt, 'effectiveAt');
      const instruction = buildUpdateMultiplierInstruction({
        mint: reserve.liquidityMint,
        authority,
        multiplier,
        effectiveTimestamp: BigInt(Math.floor(effective.getTime() / 1000)),
      });
      await sendSeedTransaction(svm, (seeded as SeededMarket).payer, [instruction]);
    },
    stop: () => server.close(),
  };
}
