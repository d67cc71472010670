import {
  createInitializeMetadataPointerInstruction,
  createInitializeMint2Instruction,
  createInitializePausableConfigInstruction,
  createInitializePermanentDelegateInstruction,
  createInitializeScaledUiAmountConfigInstruction,
  createInitializeTransferFeeConfigInstruction,
  ExtensionType,
  getMintLen,
  TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, type PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import type { LiteChain } from './lite-chain.js';

/** One mint extension to initialize, in the order it should appear in the TLV list. */
export type MintExtensionInit =
  | { kind: 'ScaledUiAmount'; authority: PublicKey | null; multiplier: number }
  | { kind: 'MetadataPointer'; authority: PublicKey | null; metadataAddress: PublicKey | null }
  | { kind: 'Pausable'; authority: PublicKey }
  | { kind: 'PermanentDelegate'; delegate: PublicKey }
  | {
      kind: 'TransferFeeConfig';
      configAuthority: PublicKey | null;
      withdrawAuthority: PublicKey | null;
      basisPoints: number;
      maximumFee: bigint;
    };

/** What to create. */
export interface CreateToken2022MintOptions {
  /** The mint's decimals (0..255). */
  decimals: number;
  /** Extensions, initialized in this order (default none: an 82-byte mint). */
  extensions?: MintExtensionInit[];
  /** Mint authority (default the chain's payer). */
  mintAuthority?: PublicKey;
  /** Freeze authority (default none). */
  freezeAuthority?: PublicKey | null;
}

const extensionTypes: Record<MintExtensionInit['kind'], ExtensionType> = {
  ScaledUiAmount: ExtensionType.ScaledUiAmountConfig,
  MetadataPointer: ExtensionType.MetadataPointer,
  Pausable: ExtensionType.PausableConfig,
  PermanentDelegate: ExtensionType.PermanentDelegate,
  TransferFeeConfig: ExtensionType.TransferFeeConfig,
};

function initInstruction(mint: PublicKey, extension: MintExtensionInit): TransactionInstruction {
  switch (extension.kind) {
    case 'ScaledUiAmount':
      return createInitializeScaledUiAmountConfigInstruction(mint, extension.authority, extension.multiplier);
    case 'MetadataPointer':
      return createInitializeMetadataPointerInstruction(
        mint,
        extension.authority,
        extension.metadataAddress,
        TOKEN_2022_PROGRAM_ID,
      );
    case 'Pausable':
      return createInitializePausableConfigInstruction(mint, extension.authority);
    case 'PermanentDelegate':
      return createInitializePermanentDelegateInstruction(mint, extension.delegate, TOKEN_2022_PROGRAM_ID);
    case 'TransferFeeConfig':
      return createInitializeTransferFeeConfigInstruction(
        mint,
        extension.configAuthority,
        extension.withdrawAuthority,
        extension.basisPoints,
        extension.maximumFee,
      );
  }
}

/** The instructions that create a Token-2022 mint: CreateAccount, one initialize per extension, InitializeMint2. */
export function buildCreateToken2022MintInstructions(
  chain: LiteChain,
  mint: PublicKey,
  options: CreateToken2022MintOptions,
): TransactionInstruction[] {
  const extensions = options.extensions ?? [];
  const space = getMintLen(extensions.map((extension) => extensionTypes[extension.kind]));
  return [
    SystemProgram.createAccount({
      fromPubkey: chain.payer.publicKey,
      newAccountPubkey: mint,
      lamports: Number(chain.svm.minimumBalanceForRentExemption(BigInt(space))),
      space,
      programId: TOKEN_2022_PROGRAM_ID,
    }),
    ...extensions.map((extension) => initInstruction(mint, extension)),
    createInitializeMint2Instruction(
      mint,
      options.decimals,
      options.mintAuthority ?? chain.payer.publicKey,
      options.freezeAuthority ?? null,
      TOKEN_2022_PROGRAM_ID,
    ),
  ];
}

/** Creates a Token-2022 mint through real instructions on the chain and returns its address. */
export function createToken2022Mint(chain: LiteChain, options: CreateToken2022MintOptions): PublicKey {
  const mint = Keypair.generate();
  chain.send(buildCreateToken2022MintInstructions(chain, mint.publicKey, options), [mint]);
  return mint.publicKey;
}
