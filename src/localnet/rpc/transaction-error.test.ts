import { getTransactionDecoder } from '@solana/kit';
import { Keypair, PublicKey, SystemProgram, Transaction, TransactionInstruction } from '@solana/web3.js';
import { FailedTransactionMetadata, LiteSVM } from 'litesvm';
import { describe, expect, it } from 'vitest';
import { describeTransactionError, namedTransactionError } from './transaction-error.js';

const decoder = getTransactionDecoder();

function failure(
  svm: LiteSVM,
  payer: Keypair,
  build: (tx: Transaction) => void,
  blockhash: string = svm.latestBlockhash(),
) {
  const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash });
  build(tx);
  tx.sign(payer);
  const result = svm.sendTransaction(decoder.decode(tx.serialize()) as never);
  if (!(result instanceof FailedTransactionMetadata)) throw new TypeError('expected a failure');
  return describeTransactionError(result.err());
}

describe('describeTransactionError on real LiteSVM failures', () => {
  const svm = new LiteSVM();
  const payer = Keypair.generate();
  svm.airdrop(payer.publicKey.toBase58() as never, 10_000_000_000n as never);

  it('maps instruction, rent, program and blockhash errors to Solana JSON and display text', () => {
    const to = Keypair.generate().publicKey;
    expect(
      failure(svm, payer, (tx) =>
        tx.add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 1e15 })),
      ),
    ).toEqual({
      json: { InstructionError: [0, { Custom: 1 }] },
      message: 'Error processing Instruction 0: custom program error: 0x1',
    });
    expect(
      failure(svm, payer, (tx) =>
        tx.add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 1 })),
      ),
    ).toEqual({
      json: { InsufficientFundsForRent: { account_index: 1 } },
      message: 'Transaction results in an account (1) with insufficient funds for rent',
    });
    expect(
      failure(svm, payer, (tx) =>
        tx.add(
          new TransactionInstruction({
            programId: new PublicKey('KLend2g3cP87fffoy8q1mQqGKjrxjC8boSyAYavgmjD'),
            keys: [],
            data: Buffer.alloc(0),
          }),
        ),
      ),
    ).toEqual({
      json: 'InvalidProgramForExecution',
      message: 'This program may not be used for executing instructions',
    });
    expect(
      failure(
        svm,
        payer,
        (tx) => tx.add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 1e6 })),
        Keypair.generate().publicKey.toBase58(),
      ),
    ).toEqual({ json: 'BlockhashNotFound', message: 'Blockhash not found' });
    expect(
      failure(svm, payer, (tx) =>
        tx.add(new TransactionInstruction({ programId: SystemProgram.programId, keys: [], data: Buffer.from([0xff]) })),
      ),
    ).toEqual({
      json: { InstructionError: [0, 'InvalidInstructionData'] },
      message: 'Error processing Instruction 0: invalid instruction data',
    });
  });

  it('names fieldless errors the server detects itself', () => {
    expect(namedTransactionError('AlreadyProcessed')).toEqual({
      json: 'AlreadyProcessed',
      message: 'This transaction has already been processed',
    });
  });
});
