import {
  appendTransactionMessageInstructions,
  type Blockhash,
  createTransactionMessage,
  getBase58Decoder,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransactionMessageWithSigners,
  type TransactionSigner,
} from '@solana/kit';
import { FailedTransactionMetadata, type LiteSVM, type TransactionMetadata } from 'litesvm';
import { XStockLendError } from '../../errors/index.js';
import type { SeedInstruction } from './seed-instruction.js';

type LiteSvmTransaction = Parameters<LiteSVM['sendTransaction']>[0];

/**
 * Signs `instructions` (fee payer plus every signer they carry) with `@solana/kit` and executes them in the LiteSVM
 * runtime, then expires the blockhash so that an identical later transaction is a new one.
 *
 * @param svm - the runtime
 * @param payer - fee payer (funded in the runtime)
 * @param instructions - the instructions, in order
 * @throws {@link XStockLendError} `TRANSACTION_FAILED` with the program logs in `context.logs` when the transaction fails.
 * @example
 * ```ts
 * import { buildMintToInstruction, sendSeedTransaction } from 'xstock-lend/localnet';
 * await sendSeedTransaction(store.svm, market.payer, [buildMintToInstruction({ tokenProgram, mint, destination, authority: market.mintAuthority, amount: 1n })]);
 * ```
 */
export async function sendSeedTransaction(
  svm: LiteSVM,
  payer: TransactionSigner,
  instructions: readonly SeedInstruction[],
): Promise<TransactionMetadata> {
  const message = pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) =>
      setTransactionMessageLifetimeUsingBlockhash(
        { blockhash: svm.latestBlockhash() as unknown as Blockhash, lastValidBlockHeight: 0n },
        m,
      ),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
  const signed = await signTransactionMessageWithSigners(message);
  // kit 2 and LiteSVM's kit 8 share the Transaction shape ({ messageBytes, signatures }); only the brands differ.
  const result = svm.sendTransaction(signed as unknown as LiteSvmTransaction);
  svm.expireBlockhash();
  if (result instanceof FailedTransactionMetadata) {
    const logs = result.meta().logs();
    throw new XStockLendError(
      'TRANSACTION_FAILED',
      `A localnet seed transaction failed: ${result.toString()}. The logs are in context.logs.`,
      { context: { error: result.toString(), logs } },
    );
  }
  return result;
}

/**
 * The base58 signature of an executed seed transaction (what `LiteSVM.getTransaction` looks up).
 *
 * @param meta - the transaction's metadata
 * @example
 * ```ts
 * import { sendSeedTransaction, seedTransactionSignature } from 'xstock-lend/localnet';
 * const signature = seedTransactionSignature(await sendSeedTransaction(svm, payer, instructions));
 * ```
 */
export function seedTransactionSignature(meta: TransactionMetadata): string {
  return getBase58Decoder().decode(meta.signature());
}
