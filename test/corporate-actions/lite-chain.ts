import { getTransactionDecoder } from '@solana/kit';
import { Keypair, type PublicKey, Transaction, type TransactionInstruction } from '@solana/web3.js';
import { FailedTransactionMetadata, LiteSVM, type SimulatedTransactionInfo, type TransactionMetadata } from 'litesvm';

type LiteSvmTransaction = Parameters<LiteSVM['sendTransaction']>[0];

const transactionDecoder = getTransactionDecoder();

/** Options for {@link LiteChain}. */
export interface LiteChainOptions {
  /**
   * Check signatures (default `true`: every transaction is signed by the payer and the given signers). Turn it off for
   * bulk read-only simulations: signing costs ~0.3 ms a transaction and the programs never see signatures anyway.
   */
  sigverify?: boolean;
}

/**
 * A LiteSVM instance (real runtime, built-in SPL programs including Token-2022 v11) driven with `@solana/web3.js` v1
 * instructions, e.g. from `@solana/spl-token`: transactions are compiled and signed by web3.js, then handed to LiteSVM
 * as `@solana/kit` wire transactions.
 */
export class LiteChain {
  /** The runtime. */
  readonly svm: LiteSVM;
  /** Fee payer of every transaction, funded with 1 000 SOL. */
  readonly payer: Keypair;
  private readonly sigverify: boolean;

  constructor(options: LiteChainOptions = {}) {
    this.sigverify = options.sigverify ?? true;
    this.svm = new LiteSVM().withSigverify(this.sigverify);
    this.payer = Keypair.generate();
    this.svm.airdrop(this.payer.publicKey.toBase58() as never, 1_000_000_000_000n as never);
  }

  /** Compiles (and, with sigverify, signs) instructions into the transaction type LiteSVM takes. */
  toTransaction(instructions: TransactionInstruction[], signers: Keypair[] = []): LiteSvmTransaction {
    const transaction = new Transaction({
      feePayer: this.payer.publicKey,
      recentBlockhash: this.svm.latestBlockhash(),
    });
    transaction.add(...instructions);
    if (this.sigverify) transaction.sign(this.payer, ...signers);
    const wire = transaction.serialize({ requireAllSignatures: this.sigverify, verifySignatures: false });
    return transactionDecoder.decode(wire) as unknown as LiteSvmTransaction;
  }

  /** Executes instructions; returns the failure instead of throwing. Expires the blockhash so a resend is a new tx. */
  trySend(
    instructions: TransactionInstruction[],
    signers: Keypair[] = [],
  ): TransactionMetadata | FailedTransactionMetadata {
    const result = this.svm.sendTransaction(this.toTransaction(instructions, signers));
    this.svm.expireBlockhash();
    return result;
  }

  /** Executes instructions and throws (with the program logs) if the transaction fails. */
  send(instructions: TransactionInstruction[], signers: Keypair[] = []): TransactionMetadata {
    const result = this.trySend(instructions, signers);
    if (result instanceof FailedTransactionMetadata) {
      throw new Error(`transaction failed: ${result.err().toString()}\n${result.meta().logs().join('\n')}`);
    }
    return result;
  }

  /** Simulates instructions without changing state. */
  simulate(
    instructions: TransactionInstruction[],
    signers: Keypair[] = [],
  ): SimulatedTransactionInfo | FailedTransactionMetadata {
    return this.svm.simulateTransaction(this.toTransaction(instructions, signers));
  }

  /** The account's owner and data, or `null` when it does not exist. */
  getAccount(address: PublicKey): { owner: string; data: Uint8Array; lamports: bigint } | null {
    const account = this.svm.getAccount(address.toBase58() as never);
    if (!account.exists) return null;
    return {
      owner: String(account.programAddress),
      data: new Uint8Array(account.data),
      lamports: BigInt(account.lamports),
    };
  }

  /** The cluster clock's `unix_timestamp`. */
  get unixTimestamp(): bigint {
    return this.svm.getClock().unixTimestamp;
  }

  /** Moves the cluster clock's `unix_timestamp` (LiteSVM starts at 0 and never moves it by itself). */
  setUnixTimestamp(unixTimestamp: bigint): void {
    const clock = this.svm.getClock();
    clock.unixTimestamp = unixTimestamp;
    this.svm.setClock(clock);
  }
}
