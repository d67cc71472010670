import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';
import type { Token2022ExtensionName } from './token-2022-extension-type.js';

/**
 * One entry of a mint's TLV extension list, as found: known or not, decoded or not.
 *
 * @example
 * ```ts
 * import type { MintExtensionEntry } from 'xstock-lend';
 * const entry: MintExtensionEntry = { type: 26, name: 'Pausable', offset: 170, length: 33 };
 * ```
 */
export interface MintExtensionEntry {
  /** The u16 extension type. */
  type: number;
  /** Its name, or `Unknown(<type>)` for a type this library does not know. */
  name: Token2022ExtensionName | `Unknown(${number})`;
  /** Byte offset of the value (after the 4-byte type and length header) in the account data. */
  offset: number;
  /** Length of the value in bytes. */
  length: number;
}

/**
 * A transfer fee schedule entry of the `TransferFeeConfig` extension.
 *
 * @example
 * ```ts
 * import type { TransferFee } from 'xstock-lend';
 * const fee: TransferFee = { epoch: 800n, maximumFee: 5_000_000n, transferFeeBasisPoints: 10 };
 * ```
 */
export interface TransferFee {
  /** First epoch in which this fee applies. */
  epoch: bigint;
  /** Cap of the fee per transfer, in raw token units. */
  maximumFee: bigint;
  /** Fee rate in basis points of the transferred raw amount (10 000 = 100%). */
  transferFeeBasisPoints: number;
}

/**
 * The Token-2022 `TransferFeeConfig` mint extension (type 1, 108 bytes). A deposit of such a token lands net of the fee.
 *
 * @example
 * ```ts
 * import { getEpochTransferFee, type TransferFeeConfig } from 'xstock-lend';
 * declare const config: TransferFeeConfig;
 * const fee = getEpochTransferFee(config, 812n);
 * ```
 */
export interface TransferFeeConfig {
  /** The key allowed to change the fee, or `null`. */
  transferFeeConfigAuthority: string | null;
  /** The key allowed to withdraw withheld fees, or `null`. */
  withdrawWithheldAuthority: string | null;
  /** Fees harvested to the mint and not yet withdrawn, raw units. */
  withheldAmount: bigint;
  /** The fee used while the epoch is before `newerTransferFee.epoch`. */
  olderTransferFee: TransferFee;
  /** The fee used from `newerTransferFee.epoch` on. */
  newerTransferFee: TransferFee;
}

/**
 * The Token-2022 `Pausable` mint extension (type 26, 33 bytes): while paused, mints, burns and transfers fail.
 *
 * @example
 * ```ts
 * import type { PausableConfig } from 'xstock-lend';
 * const pausable: PausableConfig = { authority: null, paused: false };
 * ```
 */
export interface PausableConfig {
  /** The key allowed to pause and resume, or `null`. */
  authority: string | null;
  /** Whether the mint is paused now. */
  paused: boolean;
}

/**
 * The Token-2022 `PermanentDelegate` mint extension (type 12, 32 bytes): a key that can transfer or burn tokens from any
 * account of the mint.
 *
 * @example
 * ```ts
 * import type { PermanentDelegateConfig } from 'xstock-lend';
 * const delegate: PermanentDelegateConfig = { delegate: null };
 * ```
 */
export interface PermanentDelegateConfig {
  /** The permanent delegate, or `null` when the extension is present but unset. */
  delegate: string | null;
}

/**
 * The Token-2022 `MetadataPointer` mint extension (type 18, 64 bytes).
 *
 * @example
 * ```ts
 * import type { MetadataPointerConfig } from 'xstock-lend';
 * const pointer: MetadataPointerConfig = { authority: null, metadataAddress: null };
 * ```
 */
export interface MetadataPointerConfig {
  /** The key allowed to change the pointer, or `null`. */
  authority: string | null;
  /** The account holding the token metadata (often the mint itself), or `null`. */
  metadataAddress: string | null;
}

/**
 * A decoded Token-2022 (or classic SPL Token) mint: the 82-byte base and every extension present.
 * Extensions a lender acts on are decoded; the others are listed in `extensions` only.
 *
 * @example
 * ```ts
 * import { decodeToken2022Mint } from 'xstock-lend';
 * const mint = decodeToken2022Mint(accountData);
 * if (mint.pausable?.paused) console.log('transfers are paused');
 * console.log(mint.extensions.map((entry) => entry.name));
 * ```
 */
export interface Token2022Mint {
  /** The key allowed to mint, or `null` when minting is disabled. */
  mintAuthority: string | null;
  /** Total supply in raw units. */
  supply: bigint;
  /** Decimals of the raw amount. */
  decimals: number;
  /** Whether `InitializeMint` ran. */
  isInitialized: boolean;
  /** The key allowed to freeze token accounts, or `null`. */
  freezeAuthority: string | null;
  /** Every TLV entry, in account order (empty for an 82-byte mint). */
  extensions: readonly MintExtensionEntry[];
  /** The `ScaledUiAmount` extension, or `null` when absent. */
  scaledUiAmount: ScaledUiAmountConfig | null;
  /** The `TransferFeeConfig` extension, or `null` when absent. */
  transferFeeConfig: TransferFeeConfig | null;
  /** The `Pausable` extension, or `null` when absent. */
  pausable: PausableConfig | null;
  /** The `PermanentDelegate` extension, or `null` when absent. */
  permanentDelegate: PermanentDelegateConfig | null;
  /** The `MetadataPointer` extension, or `null` when absent. */
  metadataPointer: MetadataPointerConfig | null;
}
