import type { TransactionSigner } from '@solana/kit';
import { InstructionBytes } from './instruction-bytes.js';
import {
  readonlyAccount,
  type SeedInstruction,
  seedInstruction,
  signerAccount,
  writableAccount,
} from './seed-instruction.js';

/**
 * `InitializeMint2` (instruction 20) of the SPL Token or Token-2022 program: decimals u8 | mint authority 32 |
 * COption freeze authority (u8 tag, then 32 bytes when present). Needs no signature: run it after `CreateAccount` and the extension inits.
 *
 * @param params - `tokenProgram`, `mint`, `decimals`, `mintAuthority`, `freezeAuthority` (base58 or null)
 * @example
 * ```ts
 * import { buildInitializeMint2Instruction, TOKEN_PROGRAM_ID } from 'xstock-lend/localnet';
 * const ix = buildInitializeMint2Instruction({ tokenProgram: TOKEN_PROGRAM_ID, mint, decimals: 6, mintAuthority, freezeAuthority: null });
 * ```
 */
export function buildInitializeMint2Instruction(params: {
  /** SPL Token or Token-2022 program id. */
  tokenProgram: string;
  /** The mint account. */
  mint: string;
  /** Mint decimals. */
  decimals: number;
  /** Mint authority. */
  mintAuthority: string;
  /** Freeze authority, or null. */
  freezeAuthority: string | null;
}): SeedInstruction {
  const freeze = params.freezeAuthority;
  const writer = new InstructionBytes(freeze === null ? 35 : 67)
    .u8(20)
    .u8(params.decimals)
    .address(params.mintAuthority);
  const data = (freeze === null ? writer.u8(0) : writer.u8(1).address(freeze)).bytes;
  return seedInstruction(params.tokenProgram, [writableAccount(params.mint)], data);
}

/**
 * `InitializeAccount3` (instruction 18): owner 32. The account must already exist, be owned by the token program,
 * rent-exempt and sized for the mint's required account extensions; it needs no signature.
 *
 * @param params - `tokenProgram`, `account`, `mint`, `owner`
 * @example
 * ```ts
 * import { buildInitializeAccount3Instruction } from 'xstock-lend/localnet';
 * const ix = buildInitializeAccount3Instruction({ tokenProgram, account: vault, mint, owner: marketAuthority });
 * ```
 */
export function buildInitializeAccount3Instruction(params: {
  /** SPL Token or Token-2022 program id. */
  tokenProgram: string;
  /** The token account. */
  account: string;
  /** Its mint. */
  mint: string;
  /** Its owner. */
  owner: string;
}): SeedInstruction {
  const data = new InstructionBytes(33).u8(18).address(params.owner).bytes;
  return seedInstruction(params.tokenProgram, [writableAccount(params.account), readonlyAccount(params.mint)], data);
}

/**
 * `MintTo` (instruction 7): amount u64, signed by the mint authority.
 *
 * @param params - `tokenProgram`, `mint`, `destination`, `authority`, `amount` (raw units)
 * @example
 * ```ts
 * import { buildMintToInstruction } from 'xstock-lend/localnet';
 * const ix = buildMintToInstruction({ tokenProgram, mint, destination, authority: market.mintAuthority, amount: 10n ** 8n });
 * ```
 */
export function buildMintToInstruction(params: {
  /** SPL Token or Token-2022 program id. */
  tokenProgram: string;
  /** The mint. */
  mint: string;
  /** The token account credited. */
  destination: string;
  /** The mint authority. */
  authority: TransactionSigner;
  /** Raw amount. */
  amount: bigint;
}): SeedInstruction {
  const data = new InstructionBytes(9).u8(7).u64(params.amount).bytes;
  return seedInstruction(
    params.tokenProgram,
    [writableAccount(params.mint), writableAccount(params.destination), signerAccount(params.authority, false)],
    data,
  );
}

/**
 * `SetAuthority` (instruction 6) for the mint authority (authority type 0): COption new authority (u8
 * tag, then 32 bytes when present).
 *
 * @param params - `tokenProgram`, `mint`, `currentAuthority`, `newAuthority` (null removes it)
 * @example
 * ```ts
 * import { buildSetMintAuthorityInstruction } from 'xstock-lend/localnet';
 * const ix = buildSetMintAuthorityInstruction({ tokenProgram, mint, currentAuthority, newAuthority: marketAuthority });
 * ```
 */
export function buildSetMintAuthorityInstruction(params: {
  /** SPL Token or Token-2022 program id. */
  tokenProgram: string;
  /** The mint. */
  mint: string;
  /** The current mint authority. */
  currentAuthority: TransactionSigner;
  /** The new mint authority, or null. */
  newAuthority: string | null;
}): SeedInstruction {
  const next = params.newAuthority;
  const writer = new InstructionBytes(next === null ? 3 : 35).u8(6).u8(0);
  const data = (next === null ? writer.u8(0) : writer.u8(1).address(next)).bytes;
  return seedInstruction(
    params.tokenProgram,
    [writableAccount(params.mint), signerAccount(params.currentAuthority, false)],
    data,
  );
}
