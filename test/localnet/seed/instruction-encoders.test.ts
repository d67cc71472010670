import { AccountRole, createKeyPairSignerFromPrivateKeyBytes } from '@solana/kit';
import {
  AuthorityType,
  createInitializeAccount3Instruction,
  createInitializeMetadataPointerInstruction,
  createInitializeMint2Instruction,
  createInitializePausableConfigInstruction,
  createInitializePermanentDelegateInstruction,
  createInitializeScaledUiAmountConfigInstruction,
  createMintToInstruction,
  createSetAuthorityInstruction,
  createUpdateMultiplierDataInstruction,
  ExtensionType,
  getAccountLen,
  getMintLen,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from '@solana/spl-token';
import { createInitializeInstruction, pack } from '@solana/spl-token-metadata';
import { PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  buildCreateAccountInstruction,
  buildInitializeAccount3Instruction,
  buildInitializeMetadataPointerInstruction,
  buildInitializeMint2Instruction,
  buildInitializePausableInstruction,
  buildInitializePermanentDelegateInstruction,
  buildInitializeScaledUiAmountInstruction,
  buildInitializeTokenMetadataInstruction,
  buildMintToInstruction,
  buildSetMintAuthorityInstruction,
  buildUpdateMultiplierInstruction,
  type SeedInstruction,
  tokenMetadataValueLength,
  XSTOCK_MINT_BASE_SIZE,
} from '../../../src/localnet/seed/index.js';

const signer = await createKeyPairSignerFromPrivateKeyBytes(new Uint8Array(32).fill(7));
const other = await createKeyPairSignerFromPrivateKeyBytes(new Uint8Array(32).fill(9));
const pk = (a: string) => new PublicKey(a);
const A = signer.address;
const B = other.address;
const C = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const T22 = TOKEN_2022_PROGRAM_ID.toBase58();
const TK = TOKEN_PROGRAM_ID.toBase58();

/** Same program, same data bytes, same accounts with the same signer / writable flags. */
function expectSame(ours: SeedInstruction, theirs: TransactionInstruction): void {
  expect(ours.programAddress).toBe(theirs.programId.toBase58());
  expect(Buffer.from(ours.data).toString('hex')).toBe(theirs.data.toString('hex'));
  expect(
    ours.accounts.map((a) => ({
      key: a.address,
      signer: a.role === AccountRole.READONLY_SIGNER || a.role === AccountRole.WRITABLE_SIGNER,
      writable: a.role === AccountRole.WRITABLE || a.role === AccountRole.WRITABLE_SIGNER,
    })),
  ).toEqual(theirs.keys.map((k) => ({ key: k.pubkey.toBase58(), signer: k.isSigner, writable: k.isWritable })));
}

describe('hand-encoded instructions match @solana/spl-token / web3.js encoders byte for byte', () => {
  it('System CreateAccount', () => {
    expectSame(
      buildCreateAccountInstruction({
        payer: signer,
        newAccount: other,
        lamports: 5_000_000n,
        space: 367n,
        owner: T22,
      }),
      SystemProgram.createAccount({
        fromPubkey: pk(A),
        newAccountPubkey: pk(B),
        lamports: 5_000_000,
        space: 367,
        programId: TOKEN_2022_PROGRAM_ID,
      }),
    );
  });

  it('InitializeMint2 with and without freeze authority, both token programs', () => {
    expectSame(
      buildInitializeMint2Instruction({
        tokenProgram: T22,
        mint: C,
        decimals: 8,
        mintAuthority: A,
        freezeAuthority: B,
      }),
      createInitializeMint2Instruction(pk(C), 8, pk(A), pk(B), TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildInitializeMint2Instruction({
        tokenProgram: TK,
        mint: C,
        decimals: 6,
        mintAuthority: A,
        freezeAuthority: null,
      }),
      createInitializeMint2Instruction(pk(C), 6, pk(A), null, TOKEN_PROGRAM_ID),
    );
  });

  it('InitializeAccount3, MintTo, SetAuthority(MintTokens)', () => {
    expectSame(
      buildInitializeAccount3Instruction({ tokenProgram: T22, account: B, mint: C, owner: A }),
      createInitializeAccount3Instruction(pk(B), pk(C), pk(A), TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildMintToInstruction({
        tokenProgram: TK,
        mint: C,
        destination: B,
        authority: signer,
        amount: 123_456_789_012n,
      }),
      createMintToInstruction(pk(C), pk(B), pk(A), 123_456_789_012n, [], TOKEN_PROGRAM_ID),
    );
    expectSame(
      buildSetMintAuthorityInstruction({ tokenProgram: TK, mint: C, currentAuthority: signer, newAuthority: B }),
      createSetAuthorityInstruction(pk(C), pk(A), AuthorityType.MintTokens, pk(B), [], TOKEN_PROGRAM_ID),
    );
    expectSame(
      buildSetMintAuthorityInstruction({ tokenProgram: TK, mint: C, currentAuthority: signer, newAuthority: null }),
      createSetAuthorityInstruction(pk(C), pk(A), AuthorityType.MintTokens, null, [], TOKEN_PROGRAM_ID),
    );
  });

  it('Token-2022 extension initializers and UpdateMultiplier', () => {
    expectSame(
      buildInitializeScaledUiAmountInstruction({ mint: C, authority: A, multiplier: 1 }),
      createInitializeScaledUiAmountConfigInstruction(pk(C), pk(A), 1, TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildInitializeScaledUiAmountInstruction({ mint: C, authority: null, multiplier: 1.0375 }),
      createInitializeScaledUiAmountConfigInstruction(pk(C), null, 1.0375, TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildUpdateMultiplierInstruction({
        mint: C,
        authority: signer,
        multiplier: 3,
        effectiveTimestamp: 1_790_000_000n,
      }),
      createUpdateMultiplierDataInstruction(pk(C), pk(A), 3, 1_790_000_000n, [], TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildInitializeMetadataPointerInstruction({ mint: C, authority: A, metadataAddress: C }),
      createInitializeMetadataPointerInstruction(pk(C), pk(A), pk(C), TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildInitializePausableInstruction({ mint: C, authority: A }),
      createInitializePausableConfigInstruction(pk(C), pk(A), TOKEN_2022_PROGRAM_ID),
    );
    expectSame(
      buildInitializePermanentDelegateInstruction({ mint: C, delegate: B }),
      createInitializePermanentDelegateInstruction(pk(C), pk(B), TOKEN_2022_PROGRAM_ID),
    );
  });

  it('TokenMetadata Initialize and its size', () => {
    const fields = { name: 'Tesla xStock', symbol: 'TSLAx', uri: '' };
    expectSame(
      buildInitializeTokenMetadataInstruction({ mint: C, updateAuthority: B, mintAuthority: signer, ...fields }),
      createInitializeInstruction({
        programId: TOKEN_2022_PROGRAM_ID,
        metadata: pk(C),
        updateAuthority: pk(B),
        mint: pk(C),
        mintAuthority: pk(A),
        ...fields,
      }),
    );
    const packed = pack({ updateAuthority: pk(B), mint: pk(C), ...fields, additionalMetadata: [] });
    expect(tokenMetadataValueLength(fields)).toBe(packed.length);
  });

  it('mint and token account sizes agree with spl-token', () => {
    expect(XSTOCK_MINT_BASE_SIZE).toBe(
      getMintLen([
        ExtensionType.MetadataPointer,
        ExtensionType.PermanentDelegate,
        ExtensionType.PausableConfig,
        ExtensionType.ScaledUiAmountConfig,
      ]),
    );
    expect(getAccountLen([ExtensionType.PausableAccount])).toBe(170);
  });
});
