import type { TransactionSigner } from '@solana/kit';
import { InstructionBytes } from './instruction-bytes.js';
import { type SeedInstruction, seedInstruction, signerAccount } from './seed-instruction.js';

const SYSTEM_PROGRAM_ID = '11111111111111111111111111111111';

/**
 * Parameters of {@link buildCreateAccountInstruction}.
 *
 * @example
 * ```ts
 * import type { CreateAccountParams } from 'xstock-lend/localnet';
 * declare const params: CreateAccountParams;
 * ```
 */
export interface CreateAccountParams {
  /** Funds the account (signs). */
  payer: TransactionSigner;
  /** The new account (signs). */
  newAccount: TransactionSigner;
  /** Lamports to move into it. */
  lamports: bigint;
  /** Data length. */
  space: bigint;
  /** Owner program (base58). */
  owner: string;
}

/**
 * System program `CreateAccount` (instruction 0): u32 0 | lamports u64 | space u64 | owner 32.
 *
 * @param params - see {@link CreateAccountParams}
 * @example
 * ```ts
 * import { buildCreateAccountInstruction } from 'xstock-lend/localnet';
 * const ix = buildCreateAccountInstruction({ payer, newAccount: mint, lamports, space: 82n, owner: TOKEN_PROGRAM_ID });
 * ```
 */
export function buildCreateAccountInstruction(params: CreateAccountParams): SeedInstruction {
  const data = new InstructionBytes(52).u32(0).u64(params.lamports).u64(params.space).address(params.owner).bytes;
  return seedInstruction(
    SYSTEM_PROGRAM_ID,
    [signerAccount(params.payer, true), signerAccount(params.newAccount, true)],
    data,
  );
}
