import type { TransactionSigner } from '@solana/kit';
import { TOKEN_2022_PROGRAM_ID } from '../../rpc/program-ids.js';
import { InstructionBytes } from './instruction-bytes.js';
import {
  readonlyAccount,
  type SeedInstruction,
  seedInstruction,
  signerAccount,
  writableAccount,
} from './seed-instruction.js';

/**
 * Token-2022 `ScaledUiAmountExtension::Initialize` (instruction 43, sub 0): authority (OptionalNonZeroPubkey, 32 bytes,
 * zeros = none) | multiplier f64. Runs before `InitializeMint2`, unsigned.
 *
 * @param params - `mint`, `authority` (null: nobody can change the multiplier), `multiplier`
 * @example
 * ```ts
 * import { buildInitializeScaledUiAmountInstruction } from 'xstock-lend/localnet';
 * const ix = buildInitializeScaledUiAmountInstruction({ mint, authority: authority.address, multiplier: 1 });
 * ```
 */
export function buildInitializeScaledUiAmountInstruction(params: {
  /** The mint. */
  mint: string;
  /** The multiplier authority, or null. */
  authority: string | null;
  /** The starting multiplier (positive, normal). */
  multiplier: number;
}): SeedInstruction {
  const data = new InstructionBytes(42).u8(43).u8(0).address(params.authority).f64(params.multiplier).bytes;
  return seedInstruction(TOKEN_2022_PROGRAM_ID, [writableAccount(params.mint)], data);
}

/**
 * Token-2022 `ScaledUiAmountExtension::UpdateMultiplier` (instruction 43, sub 1): multiplier f64 | effective timestamp
 * i64, signed by the multiplier authority. From the chain clock's `unix_timestamp ≥ effectiveTimestamp` on, the new
 * multiplier applies.
 *
 * @param params - `mint`, `authority`, `multiplier`, `effectiveTimestamp` (unix seconds)
 * @example
 * ```ts
 * import { buildUpdateMultiplierInstruction } from 'xstock-lend/localnet';
 * const tslax = market.reserves.find((r) => r.symbol === 'TSLAx');
 * const ix = buildUpdateMultiplierInstruction({ mint: tslax.liquidityMint, authority: tslax.scaledUiAmountAuthority, multiplier: 3, effectiveTimestamp: 1_790_000_000n });
 * ```
 */
export function buildUpdateMultiplierInstruction(params: {
  /** The mint. */
  mint: string;
  /** The multiplier authority. */
  authority: TransactionSigner;
  /** The new multiplier. */
  multiplier: number;
  /** Unix seconds from which it applies. */
  effectiveTimestamp: bigint;
}): SeedInstruction {
  const data = new InstructionBytes(18).u8(43).u8(1).f64(params.multiplier).i64(params.effectiveTimestamp).bytes;
  return seedInstruction(
    TOKEN_2022_PROGRAM_ID,
    [writableAccount(params.mint), signerAccount(params.authority, false)],
    data,
  );
}

/**
 * Token-2022 `MetadataPointerExtension::Initialize` (instruction 39, sub 0): authority 32 | metadata address 32
 * (zeros = none).
 *
 * @param params - `mint`, `authority`, `metadataAddress`
 * @example
 * ```ts
 * import { buildInitializeMetadataPointerInstruction } from 'xstock-lend/localnet';
 * const ix = buildInitializeMetadataPointerInstruction({ mint, authority: issuer, metadataAddress: mint });
 * ```
 */
export function buildInitializeMetadataPointerInstruction(params: {
  /** The mint. */
  mint: string;
  /** Who may move the pointer, or null. */
  authority: string | null;
  /** Where the metadata lives (the mint itself for xStocks), or null. */
  metadataAddress: string | null;
}): SeedInstruction {
  const data = new InstructionBytes(66).u8(39).u8(0).address(params.authority).address(params.metadataAddress).bytes;
  return seedInstruction(TOKEN_2022_PROGRAM_ID, [writableAccount(params.mint)], data);
}

/**
 * Token-2022 `PausableExtension::Initialize` (instruction 44, sub 0): authority 32.
 *
 * @param params - `mint`, `authority`
 * @example
 * ```ts
 * import { buildInitializePausableInstruction } from 'xstock-lend/localnet';
 * const ix = buildInitializePausableInstruction({ mint, authority: issuer });
 * ```
 */
export function buildInitializePausableInstruction(params: {
  /** The mint. */
  mint: string;
  /** Who may pause and resume. */
  authority: string;
}): SeedInstruction {
  const data = new InstructionBytes(34).u8(44).u8(0).address(params.authority).bytes;
  return seedInstruction(TOKEN_2022_PROGRAM_ID, [writableAccount(params.mint)], data);
}

/**
 * Token-2022 `InitializePermanentDelegate` (instruction 35): delegate 32.
 *
 * @param params - `mint`, `delegate`
 * @example
 * ```ts
 * import { buildInitializePermanentDelegateInstruction } from 'xstock-lend/localnet';
 * const ix = buildInitializePermanentDelegateInstruction({ mint, delegate: issuer });
 * ```
 */
export function buildInitializePermanentDelegateInstruction(params: {
  /** The mint. */
  mint: string;
  /** The permanent delegate. */
  delegate: string;
}): SeedInstruction {
  const data = new InstructionBytes(33).u8(35).address(params.delegate).bytes;
  return seedInstruction(TOKEN_2022_PROGRAM_ID, [writableAccount(params.mint)], data);
}

/** `sha256("spl_token_metadata_interface:initialize_account")[0..8]`. */
const TOKEN_METADATA_INITIALIZE = Uint8Array.of(210, 225, 30, 162, 88, 184, 77, 141);

/**
 * The bytes the `TokenMetadata` TLV value of a mint takes: update authority 32 | mint 32 | name, symbol, uri (u32
 * length + UTF-8 each) | additional metadata (u32 count, empty). Add 4 for the TLV header.
 *
 * @param fields - `name`, `symbol`, `uri`
 * @example
 * ```ts
 * import { tokenMetadataValueLength } from 'xstock-lend/localnet';
 * console.log(tokenMetadataValueLength({ name: 'Tesla xStock', symbol: 'TSLAx', uri: '' }));
 * ```
 */
export function tokenMetadataValueLength(fields: {
  /** Token name. */
  name: string;
  /** Token symbol. */
  symbol: string;
  /** Metadata URI. */
  uri: string;
}): number {
  const utf8 = new TextEncoder();
  return (
    64 + 12 + utf8.encode(fields.name).length + utf8.encode(fields.symbol).length + utf8.encode(fields.uri).length + 4
  );
}

/**
 * The token-metadata interface `Initialize` instruction, served by Token-2022 for mints whose metadata pointer points
 * at themselves: discriminator | name | symbol | uri (borsh strings). Signed by the mint authority; the mint must hold
 * enough lamports for the grown account.
 *
 * @param params - `mint`, `updateAuthority`, `mintAuthority`, `name`, `symbol`, `uri`
 * @example
 * ```ts
 * import { buildInitializeTokenMetadataInstruction } from 'xstock-lend/localnet';
 * const ix = buildInitializeTokenMetadataInstruction({ mint, updateAuthority: issuer.address, mintAuthority: issuer, name: 'Tesla xStock', symbol: 'TSLAx', uri: '' });
 * ```
 */
export function buildInitializeTokenMetadataInstruction(params: {
  /** The mint (also the metadata account). */
  mint: string;
  /** Who may update the metadata. */
  updateAuthority: string;
  /** The mint authority (signs). */
  mintAuthority: TransactionSigner;
  /** Token name. */
  name: string;
  /** Token symbol. */
  symbol: string;
  /** Metadata URI. */
  uri: string;
}): SeedInstruction {
  const utf8 = new TextEncoder();
  const strings = [params.name, params.symbol, params.uri].map((s) => utf8.encode(s));
  const writer = new InstructionBytes(8 + strings.reduce((sum, s) => sum + 4 + s.length, 0)).raw(
    TOKEN_METADATA_INITIALIZE,
  );
  for (const s of strings) writer.u32(s.length).raw(s);
  return seedInstruction(
    TOKEN_2022_PROGRAM_ID,
    [
      writableAccount(params.mint),
      readonlyAccount(params.updateAuthority),
      readonlyAccount(params.mint),
      signerAccount(params.mintAuthority, false),
    ],
    writer.bytes,
  );
}
