import { getBase58Decoder } from '@solana/kit';
import { Keypair, type PublicKey, SystemProgram, Transaction, type TransactionInstruction } from '@solana/web3.js';

/** A web3.js v1 transaction serialized to base64 (signed by `feePayer` and `signers` unless `sign: false`). */
export function wireTransaction(options: {
  feePayer: Keypair;
  blockhash: string;
  instructions: TransactionInstruction[];
  signers?: Keypair[];
  sign?: boolean;
}): { base64: string; signature: string } {
  const transaction = new Transaction({ feePayer: options.feePayer.publicKey, recentBlockhash: options.blockhash });
  transaction.add(...options.instructions);
  if (options.sign !== false) transaction.sign(options.feePayer, ...(options.signers ?? []));
  const bytes = transaction.serialize({ requireAllSignatures: false, verifySignatures: false });
  const signature = transaction.signature === null ? '1'.repeat(64) : getBase58Decoder().decode(transaction.signature);
  return { base64: bytes.toString('base64'), signature };
}

/** A transfer of `lamports` to a fresh address. */
export function transferTo(from: Keypair, lamports: number, to: PublicKey = Keypair.generate().publicKey) {
  return SystemProgram.transfer({ fromPubkey: from.publicKey, toPubkey: to, lamports });
}
