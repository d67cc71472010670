import {
  AccountRole,
  address,
  appendTransactionMessageInstructions,
  type Blockhash,
  compileTransaction,
  createKeyPairFromBytes,
  createTransactionMessage,
  getBase64EncodedWireTransaction,
  getSignatureFromTransaction,
  type IInstruction,
  pipe,
  setTransactionMessageFeePayer,
  setTransactionMessageLifetimeUsingBlockhash,
  signTransaction,
} from '@solana/kit';
import type { Keypair, TransactionInstruction } from '@solana/web3.js';

/** Converts a web3.js v1 instruction (e.g. from `@solana/spl-token`) into a kit instruction. */
export function toKitInstruction(instruction: TransactionInstruction): IInstruction {
  return {
    programAddress: address(instruction.programId.toBase58()),
    accounts: instruction.keys.map((key) => ({
      address: address(key.pubkey.toBase58()),
      role: key.isSigner
        ? key.isWritable
          ? AccountRole.WRITABLE_SIGNER
          : AccountRole.READONLY_SIGNER
        : key.isWritable
          ? AccountRole.WRITABLE
          : AccountRole.READONLY,
    })),
    data: new Uint8Array(instruction.data),
  };
}

/** A transaction built, compiled and signed with kit only. */
export interface KitTransaction {
  /** Base64 wire transaction, for `sendTransaction(wire, { encoding: 'base64' })`. */
  wire: ReturnType<typeof getBase64EncodedWireTransaction>;
  /** Its signature. */
  signature: string;
  /** The signed kit transaction (for `sendAndConfirmTransactionFactory`). */
  transaction: Awaited<ReturnType<typeof signTransaction>>;
}

/**
 * Builds a legacy transaction with kit: fee payer `feePayer`, lifetime `blockhash`/`lastValidBlockHeight`, signed by
 * `feePayer` and `signers`.
 */
export async function buildKitTransaction(options: {
  feePayer: Keypair;
  instructions: TransactionInstruction[];
  blockhash: string;
  lastValidBlockHeight: bigint;
  signers?: Keypair[];
}): Promise<KitTransaction> {
  const message = pipe(
    createTransactionMessage({ version: 'legacy' }),
    (m) => setTransactionMessageFeePayer(address(options.feePayer.publicKey.toBase58()), m),
    (m) =>
      setTransactionMessageLifetimeUsingBlockhash(
        { blockhash: options.blockhash as Blockhash, lastValidBlockHeight: options.lastValidBlockHeight },
        m,
      ),
    (m) => appendTransactionMessageInstructions(options.instructions.map(toKitInstruction), m),
  );
  const keyPairs = await Promise.all(
    [options.feePayer, ...(options.signers ?? [])].map((keypair) => createKeyPairFromBytes(keypair.secretKey)),
  );
  const transaction = await signTransaction(keyPairs, compileTransaction(message));
  return {
    wire: getBase64EncodedWireTransaction(transaction),
    signature: getSignatureFromTransaction(transaction),
    transaction,
  };
}
