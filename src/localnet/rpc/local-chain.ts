import { getBase58Decoder } from '@solana/kit';
import { FailedTransactionMetadata, type LiteSVM } from 'litesvm';
import type { AccountStore, StoredAccount } from '../account-store.js';
import { BlockhashWindow, MAX_PROCESSING_AGE } from './blockhash-window.js';
import type { WireTransaction } from './decode-wire-transaction.js';
import { getEpochAndSlotIndex } from './epoch-schedule.js';
import { invalidParams, JsonRpcError, RpcErrorCode } from './json-rpc-error.js';
import { type SignatureStatus, SignatureStatusCache } from './signature-status-cache.js';
import {
  emptyOutcome,
  preflightFailure,
  readMeta,
  type SimulationOutcome,
  signatureFailure,
} from './simulation-outcome.js';
import {
  type DescribedTransactionError,
  describeTransactionError,
  namedTransactionError,
  type TransactionErrorJson,
} from './transaction-error.js';

type SvmAddress = Parameters<LiteSVM['getAccount']>[0];
type SvmTransaction = Parameters<LiteSVM['sendTransaction']>[0];

/** A default genesis hash: base58 of sha256("xstock-lend localnet genesis"). */
const DEFAULT_GENESIS_HASH = '396CJHYVSzWn2E3syeDSPN1da18M2ramFFqZYukq8DHa';
const base58 = getBase58Decoder();

/**
 * Reported after every transaction the localnet executes (`sendTransaction`, `requestAirdrop`), once the slot moved on.
 *
 * @example
 * ```ts
 * const onTransaction = (event: TransactionEvent) => console.log(event.signature, event.err ?? 'ok');
 * ```
 */
export interface TransactionEvent {
  /** What executed it. */
  kind: 'transaction' | 'airdrop';
  /** Base58 signature. */
  signature: string;
  /** The slot it executed in. */
  slot: bigint;
  /** The error, or `null` on success. */
  err: TransactionErrorJson | null;
  /** The runtime, e.g. to move the clock's `unixTimestamp`. */
  svm: LiteSVM;
}

/**
 * How the localnet's chain behaves.
 *
 * @example
 * ```ts
 * const options: LocalChainOptions = { onTransaction: ({ svm }) => bumpClock(svm, 1n) };
 * ```
 */
export interface LocalChainOptions {
  /** Move to the next slot (and a new blockhash) after every executed transaction (default `true`). */
  advanceSlot?: boolean;
  /** Called after every executed transaction; errors it throws go to `onHookError`. */
  onTransaction?: (event: TransactionEvent) => void;
  /** Receives what `onTransaction` throws (default: ignored). */
  onHookError?: (error: unknown) => void;
  /** The `getGenesisHash` answer. */
  genesisHash?: string;
  /** How many signature statuses to remember (default 100,000). */
  signatureStatusCapacity?: number;
}

/**
 * The chain behind the RPC server: an {@link AccountStore} plus what a cluster adds on top of a runtime: slots that
 * advance per transaction, a window of valid blockhashes, a signature status cache, and events for subscriptions.
 *
 * @example
 * ```ts
 * const chain = new LocalChain(new AccountStore(new LiteSVM(), [KLEND_PROGRAM_ID]));
 * chain.airdrop('9xQe…', 1_000_000_000n);
 * console.log(chain.slot, chain.latestBlockhash());
 * ```
 */
export class LocalChain {
  /** The accounts. */
  readonly store: AccountStore;
  /** The `getGenesisHash` answer. */
  readonly genesisHash: string;
  /** Transactions executed through this chain. */
  transactionCount = 0n;
  private readonly window = new BlockhashWindow();
  private readonly statuses: SignatureStatusCache;
  private readonly signatureListeners = new Set<(signature: string, status: SignatureStatus) => void>();
  private readonly slotListeners = new Set<(slot: bigint) => void>();

  /**
   * @param store - the accounts and runtime
   * @param options - slot and hook behaviour
   */
  constructor(
    store: AccountStore,
    private readonly options: LocalChainOptions = {},
  ) {
    this.store = store;
    this.genesisHash = options.genesisHash ?? DEFAULT_GENESIS_HASH;
    this.statuses = new SignatureStatusCache(options.signatureStatusCapacity ?? 100_000);
    this.syncLatestBlockhash();
  }

  /** The runtime. */
  get svm(): LiteSVM {
    return this.store.svm;
  }

  /** The runtime clock's slot. */
  get slot(): bigint {
    return this.svm.getClock().slot;
  }

  /** The block height: every slot has a block here, so it equals the slot. */
  get blockHeight(): bigint {
    return this.slot;
  }

  /** `getEpochInfo`: epoch from the runtime clock, slot index from the EpochSchedule sysvar. */
  epochInfo(): {
    absoluteSlot: bigint;
    blockHeight: bigint;
    epoch: bigint;
    slotIndex: bigint;
    slotsInEpoch: bigint;
    transactionCount: bigint;
  } {
    const clock = this.svm.getClock();
    const { slotIndex, slotsInEpoch } = getEpochAndSlotIndex(this.svm.getEpochSchedule(), clock.slot);
    return {
      absoluteSlot: clock.slot,
      blockHeight: clock.slot,
      epoch: clock.epoch,
      slotIndex,
      slotsInEpoch,
      transactionCount: this.transactionCount,
    };
  }

  /** The runtime's current blockhash and the last block height at which it is accepted. */
  latestBlockhash(): { blockhash: string; lastValidBlockHeight: bigint } {
    const blockhash = this.syncLatestBlockhash();
    return {
      blockhash,
      lastValidBlockHeight: (this.window.issuedHeight(blockhash) ?? this.blockHeight) + MAX_PROCESSING_AGE,
    };
  }

  /** Whether a transaction carrying `blockhash` would be accepted now. @param blockhash - base58 */
  isBlockhashValid(blockhash: string): boolean {
    const latest = this.syncLatestBlockhash();
    return blockhash === latest || this.window.isValid(blockhash, this.blockHeight);
  }

  /** The remembered status of `signature`. @param signature - base58 */
  signatureStatus(signature: string): SignatureStatus | undefined {
    return this.statuses.get(signature);
  }

  /**
   * Runs a transaction without committing it.
   *
   * @param wire - the decoded transaction
   * @param options - `sigVerify` (default false on Solana) and `replaceRecentBlockhash`
   * @throws {@link JsonRpcError} -32003 when `sigVerify` and a signature fails; -32602 for a malformed transaction
   */
  simulate(wire: WireTransaction, options: { sigVerify: boolean; replaceRecentBlockhash: boolean }): SimulationOutcome {
    const previous = this.sigverify;
    this.svm.withSigverify(options.sigVerify);
    try {
      if (options.sigVerify && wire.missingSignatures) throw signatureFailure();
      const result = this.withBlockhash(wire.blockhash, options.replaceRecentBlockhash, () =>
        this.svm.simulateTransaction(wire.transaction as unknown as SvmTransaction),
      );
      if (result instanceof FailedTransactionMetadata) {
        const err = this.checkedError(result, options.sigVerify);
        return { ...readMeta(result.meta()), err, postAccounts: new Map() };
      }
      const postAccounts = new Map<string, StoredAccount>();
      for (const account of result.postAccounts()) {
        postAccounts.set(String(account.address), {
          address: String(account.address),
          owner: String(account.programAddress),
          lamports: BigInt(account.lamports),
          data: account.data as Uint8Array,
          executable: account.executable,
          rentEpoch: 0n,
        });
      }
      return { ...readMeta(result.meta()), err: null, postAccounts };
    } finally {
      this.svm.withSigverify(previous);
    }
  }

  /**
   * Executes a transaction (after a preflight simulation unless `skipPreflight`), records its status, and moves to
   * the next slot.
   *
   * @param wire - the decoded transaction
   * @param options - `skipPreflight`
   * @returns the signature
   * @throws {@link JsonRpcError} -32002 when preflight fails, -32003 for a bad signature, -32602 for a malformed one
   */
  send(wire: WireTransaction, options: { skipPreflight: boolean }): string {
    const { signature } = wire;
    if (this.statuses.get(signature) !== undefined) {
      if (options.skipPreflight) return signature;
      throw preflightFailure(emptyOutcome(namedTransactionError('AlreadyProcessed')));
    }
    const sigverify = this.sigverify;
    if (!options.skipPreflight) {
      if (sigverify && wire.missingSignatures) throw signatureFailure();
      const outcome = this.simulate(wire, { sigVerify: sigverify, replaceRecentBlockhash: false });
      if (outcome.err !== null) throw preflightFailure(outcome);
    }
    const slot = this.slot;
    const result = this.withBlockhash(wire.blockhash, false, () =>
      this.svm.sendTransaction(wire.transaction as unknown as SvmTransaction),
    );
    let err: DescribedTransactionError | null = null;
    if (result instanceof FailedTransactionMetadata) {
      err = describeTransactionError(result.err());
      if (err.json === 'SanitizeFailure') throw invalidParams(`invalid transaction: ${err.message}`);
      if (err.json === 'AlreadyProcessed') {
        if (options.skipPreflight) return signature;
        throw preflightFailure({ ...readMeta(result.meta()), err, postAccounts: new Map() });
      }
    }
    this.commit('transaction', signature, slot, err?.json ?? null);
    return signature;
  }

  /**
   * Credits lamports through the runtime's airdrop (a real System transfer), records it, and moves to the next slot.
   *
   * @param address - recipient
   * @param lamports - amount
   * @returns the signature
   * @throws {@link JsonRpcError} -32603 when the runtime refuses
   */
  airdrop(address: string, lamports: bigint): string {
    const slot = this.slot;
    const result = this.svm.airdrop(address as SvmAddress, lamports as never);
    if (result === null || result instanceof FailedTransactionMetadata) {
      const reason = result === null ? 'no result' : describeTransactionError(result.err()).message;
      throw new JsonRpcError(RpcErrorCode.INTERNAL_ERROR, `airdrop request failed: ${reason}`);
    }
    const signature = base58.decode(result.signature());
    this.commit('airdrop', signature, slot, null);
    return signature;
  }

  /**
   * Subscribes to new signature statuses.
   *
   * @param listener - called with each recorded status
   * @returns a function that unsubscribes
   */
  onSignature(listener: (signature: string, status: SignatureStatus) => void): () => void {
    this.signatureListeners.add(listener);
    return () => this.signatureListeners.delete(listener);
  }

  /**
   * Subscribes to slot changes made by this chain.
   *
   * @param listener - called with each new slot
   * @returns a function that unsubscribes
   */
  onSlot(listener: (slot: bigint) => void): () => void {
    this.slotListeners.add(listener);
    return () => this.slotListeners.delete(listener);
  }

  private get sigverify(): boolean {
    const inner = (this.svm as unknown as { inner?: { getSigverify?: () => boolean } }).inner;
    return typeof inner?.getSigverify === 'function' ? inner.getSigverify() : true;
  }

  private commit(kind: TransactionEvent['kind'], signature: string, slot: bigint, err: TransactionErrorJson | null) {
    const status = { slot, err };
    this.statuses.set(signature, status);
    this.transactionCount += 1n;
    let next = slot;
    if (this.options.advanceSlot !== false) {
      next = this.slot + 1n;
      this.svm.warpToSlot(next);
      this.svm.expireBlockhash();
      this.window.record(this.svm.latestBlockhash(), next);
    }
    for (const listener of this.signatureListeners) this.notify(() => listener(signature, status));
    if (next !== slot) for (const listener of this.slotListeners) this.notify(() => listener(next));
    if (this.options.onTransaction !== undefined) {
      try {
        this.options.onTransaction({ kind, signature, slot, err, svm: this.svm });
      } catch (error) {
        this.options.onHookError?.(error);
      }
    }
  }

  /** Runs a subscriber: a failing one must not turn an executed transaction into an RPC error. */
  private notify(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.options.onHookError?.(error);
    }
  }

  /** Records the runtime's blockhash if it changed (or outlived the window, e.g. after a warp) and returns it. */
  private syncLatestBlockhash(): string {
    const latest = this.svm.latestBlockhash();
    const height = this.blockHeight;
    const issued = this.window.issuedHeight(latest);
    if (issued === undefined || issued > height || height > issued + MAX_PROCESSING_AGE)
      this.window.record(latest, height);
    return latest;
  }

  /**
   * Runs `execute` with LiteSVM's blockhash check off when the transaction's blockhash is a recent one LiteSVM no
   * longer knows (it only knows the latest) or when the caller asked for a replacement; else with the check on, so
   * LiteSVM decides (latest blockhash, durable nonce, or BlockhashNotFound).
   */
  private withBlockhash<T>(blockhash: string, replace: boolean, execute: () => T): T {
    const latest = this.syncLatestBlockhash();
    const bypass = replace || (blockhash !== latest && this.window.isValid(blockhash, this.blockHeight));
    try {
      if (!bypass) return execute();
      this.svm.withBlockhashCheck(false);
      try {
        return execute();
      } finally {
        this.svm.withBlockhashCheck(true);
      }
    } catch (cause) {
      if (cause instanceof JsonRpcError) throw cause;
      const message = (cause as Error)?.message ?? String(cause);
      if (/missing signature/i.test(message)) throw signatureFailure();
      throw invalidParams(`invalid transaction: ${message}`);
    }
  }

  private checkedError(result: FailedTransactionMetadata, sigVerify: boolean): DescribedTransactionError {
    const err = describeTransactionError(result.err());
    if (err.json === 'SignatureFailure' && sigVerify) throw signatureFailure();
    if (err.json === 'SanitizeFailure') throw invalidParams(`invalid transaction: ${err.message}`);
    return err;
  }
}
