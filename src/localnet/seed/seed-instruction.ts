import {
  AccountRole,
  type Address,
  type IAccountMeta,
  type IAccountSignerMeta,
  type IInstruction,
  type TransactionSigner,
} from '@solana/kit';

/**
 * An instruction as the seed builds it: a `@solana/kit` instruction whose signer accounts carry their signer, so
 * `signTransactionMessageWithSigners` can sign it.
 *
 * @example
 * ```ts
 * import { buildMintToInstruction, type SeedInstruction } from 'xstock-lend/localnet';
 * const ix: SeedInstruction = buildMintToInstruction({ tokenProgram, mint, destination, authority, amount: 1n });
 * ```
 */
export type SeedInstruction = IInstruction & {
  /** The accounts, signers included. */
  readonly accounts: readonly (IAccountMeta | IAccountSignerMeta)[];
  /** The instruction data. */
  readonly data: Uint8Array;
};

/** A writable, non-signing account meta. @param address - base58 @internal */
export function writableAccount(address: string): IAccountMeta {
  return { address: address as Address, role: AccountRole.WRITABLE };
}

/** A read-only, non-signing account meta. @param address - base58 @internal */
export function readonlyAccount(address: string): IAccountMeta {
  return { address: address as Address, role: AccountRole.READONLY };
}

/** A signing account meta. @param signer - the signer @param writable - whether it is written @internal */
export function signerAccount(signer: TransactionSigner, writable: boolean): IAccountSignerMeta {
  return {
    address: signer.address,
    role: writable ? AccountRole.WRITABLE_SIGNER : AccountRole.READONLY_SIGNER,
    signer,
  };
}

/** Builds an instruction. @param programAddress - program @param accounts - metas @param data - bytes @internal */
export function seedInstruction(
  programAddress: string,
  accounts: (IAccountMeta | IAccountSignerMeta)[],
  data: Uint8Array,
): SeedInstruction {
  return { programAddress: programAddress as Address, accounts, data };
}
