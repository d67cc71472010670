import type { KeyPairSigner, TransactionSigner } from '@solana/kit';
import type { LiteSVM } from 'litesvm';
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../rpc/program-ids.js';
import { buildCreateAccountInstruction } from './build-create-account-instruction.js';
import { seedTransactionSignature, sendSeedTransaction } from './send-seed-transaction.js';
import {
  buildInitializeMetadataPointerInstruction,
  buildInitializePausableInstruction,
  buildInitializePermanentDelegateInstruction,
  buildInitializeScaledUiAmountInstruction,
  buildInitializeTokenMetadataInstruction,
  tokenMetadataValueLength,
} from './token-2022-extension-instructions.js';
import { buildInitializeMint2Instruction } from './token-instructions.js';

/**
 * Length of an xStock mint before its TokenMetadata: base 82, padding to 165, account type, then TLV entries
 * MetadataPointer (4 + 64), PermanentDelegate (4 + 32), Pausable (4 + 33), ScaledUiAmount (4 + 56) = 367 bytes.
 *
 * @example
 * ```ts
 * import { XSTOCK_MINT_BASE_SIZE } from 'xstock-lend/localnet';
 * console.log(XSTOCK_MINT_BASE_SIZE); // 367
 * ```
 */
export const XSTOCK_MINT_BASE_SIZE = 166 + (4 + 64) + (4 + 32) + (4 + 33) + (4 + 56);

/**
 * What {@link createXStockMint} creates.
 *
 * @example
 * ```ts
 * import type { XStockMintParams } from 'xstock-lend/localnet';
 * declare const params: XStockMintParams;
 * ```
 */
export interface XStockMintParams {
  /** Fee payer and funder. */
  payer: TransactionSigner;
  /** The new mint's key pair. */
  mint: KeyPairSigner;
  /** Issuer: mint and freeze authority, metadata and pause authority, permanent delegate. */
  issuer: TransactionSigner;
  /** The ScaledUiAmount multiplier authority. */
  scaledUiAmountAuthority: string;
  /** Decimals. */
  decimals: number;
  /** TokenMetadata name. */
  name: string;
  /** TokenMetadata symbol. */
  symbol: string;
}

/**
 * Creates an xStock-like Token-2022 mint through real instructions in the runtime: `CreateAccount` (funded for the
 * metadata too), MetadataPointer (to itself), PermanentDelegate, Pausable, ScaledUiAmount (multiplier 1.0),
 * `InitializeMint2`, then TokenMetadata `Initialize` (name, symbol, empty URI). Returns the transaction signature.
 *
 * @param svm - the runtime
 * @param params - see {@link XStockMintParams}
 * @example
 * ```ts
 * import { createXStockMint } from 'xstock-lend/localnet';
 * await createXStockMint(store.svm, { payer, mint, issuer, scaledUiAmountAuthority, decimals: 8, name: 'Tesla xStock', symbol: 'TSLAx' });
 * ```
 */
export async function createXStockMint(svm: LiteSVM, params: XStockMintParams): Promise<string> {
  const mint = params.mint.address;
  const issuer = params.issuer.address;
  const metadata = { name: params.name, symbol: params.symbol, uri: '' };
  const fullSize = XSTOCK_MINT_BASE_SIZE + 4 + tokenMetadataValueLength(metadata);
  const meta = await sendSeedTransaction(svm, params.payer, [
    buildCreateAccountInstruction({
      payer: params.payer,
      newAccount: params.mint,
      lamports: svm.minimumBalanceForRentExemption(BigInt(fullSize)),
      space: BigInt(XSTOCK_MINT_BASE_SIZE),
      owner: TOKEN_2022_PROGRAM_ID,
    }),
    buildInitializeMetadataPointerInstruction({ mint, authority: issuer, metadataAddress: mint }),
    buildInitializePermanentDelegateInstruction({ mint, delegate: issuer }),
    buildInitializePausableInstruction({ mint, authority: issuer }),
    buildInitializeScaledUiAmountInstruction({ mint, authority: params.scaledUiAmountAuthority, multiplier: 1 }),
    buildInitializeMint2Instruction({
      tokenProgram: TOKEN_2022_PROGRAM_ID,
      mint,
      decimals: params.decimals,
      mintAuthority: issuer,
      freezeAuthority: issuer,
    }),
    buildInitializeTokenMetadataInstruction({
      mint,
      updateAuthority: issuer,
      mintAuthority: params.issuer,
      ...metadata,
    }),
  ]);
  return seedTransactionSignature(meta);
}

/**
 * Creates a classic SPL Token mint (82 bytes) through real `CreateAccount` + `InitializeMint2` instructions and
 * returns the transaction signature.
 *
 * @param svm - the runtime
 * @param params - `payer`, `mint` key pair, `decimals`, `mintAuthority`, `freezeAuthority`
 * @example
 * ```ts
 * import { createClassicMint } from 'xstock-lend/localnet';
 * await createClassicMint(store.svm, { payer, mint: usdcMint, decimals: 6, mintAuthority: issuer.address, freezeAuthority: issuer.address });
 * ```
 */
export async function createClassicMint(
  svm: LiteSVM,
  params: {
    /** Fee payer and funder. */
    payer: TransactionSigner;
    /** The new mint's key pair. */
    mint: KeyPairSigner;
    /** Decimals. */
    decimals: number;
    /** Mint authority. */
    mintAuthority: string;
    /** Freeze authority, or null. */
    freezeAuthority: string | null;
  },
): Promise<string> {
  const meta = await sendSeedTransaction(svm, params.payer, [
    buildCreateAccountInstruction({
      payer: params.payer,
      newAccount: params.mint,
      lamports: svm.minimumBalanceForRentExemption(82n),
      space: 82n,
      owner: TOKEN_PROGRAM_ID,
    }),
    buildInitializeMint2Instruction({
      tokenProgram: TOKEN_PROGRAM_ID,
      mint: params.mint.address,
      decimals: params.decimals,
      mintAuthority: params.mintAuthority,
      freezeAuthority: params.freezeAuthority,
    }),
  ]);
  return seedTransactionSignature(meta);
}
