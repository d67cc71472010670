/**
 * Token-2022 extension type numbers, as written in the TLV list of mints and token accounts
 * (`ExtensionType` in the solana-program/token-2022 interface crate).
 *
 * @example
 * ```ts
 * import { Token2022ExtensionType } from 'xstock-lend';
 * Token2022ExtensionType.ScaledUiAmount; // 25
 * ```
 */
export const Token2022ExtensionType = {
  /** End of the TLV list (or padding). */
  Uninitialized: 0,
  /** Transfer fee rate and authorities (mint). */
  TransferFeeConfig: 1,
  /** Withheld transfer fees (token account). */
  TransferFeeAmount: 2,
  /** Optional mint close authority (mint). */
  MintCloseAuthority: 3,
  /** Confidential transfer auditor configuration (mint). */
  ConfidentialTransferMint: 4,
  /** Confidential transfer state (token account). */
  ConfidentialTransferAccount: 5,
  /** Default state of new token accounts, e.g. frozen (mint). */
  DefaultAccountState: 6,
  /** The token account owner cannot change (token account). */
  ImmutableOwner: 7,
  /** Inbound transfers need a memo (token account). */
  MemoTransfer: 8,
  /** Tokens cannot be transferred (mint). */
  NonTransferable: 9,
  /** UI amounts accrue interest (mint). */
  InterestBearingConfig: 10,
  /** Privileged operations blocked via CPI (token account). */
  CpiGuard: 11,
  /** A delegate that can move or burn anyone's tokens (mint). */
  PermanentDelegate: 12,
  /** Marks a token account of a non-transferable mint. */
  NonTransferableAccount: 13,
  /** Transfers call a hook program (mint). */
  TransferHook: 14,
  /** Marks a token account of a transfer-hook mint. */
  TransferHookAccount: 15,
  /** Confidential withheld fee configuration (mint). */
  ConfidentialTransferFeeConfig: 16,
  /** Confidential withheld fees (token account). */
  ConfidentialTransferFeeAmount: 17,
  /** Pointer to the account holding the token metadata (mint). */
  MetadataPointer: 18,
  /** Token metadata stored in the mint itself (variable length). */
  TokenMetadata: 19,
  /** Pointer to a token group configuration (mint). */
  GroupPointer: 20,
  /** Token group configuration (mint). */
  TokenGroup: 21,
  /** Pointer to a token group member configuration (mint). */
  GroupMemberPointer: 22,
  /** Token group member configuration (mint). */
  TokenGroupMember: 23,
  /** Confidential mint and burn (mint). */
  ConfidentialMintBurn: 24,
  /** UI amounts scaled by a multiplier: splits and reinvested dividends of xStocks (mint). */
  ScaledUiAmount: 25,
  /** Minting, burning and transfers can be paused (mint). */
  Pausable: 26,
  /** Marks a token account of a pausable mint. */
  PausableAccount: 27,
  /** Burning needs an authority's approval (mint). */
  PermissionedBurn: 28,
} as const;

/**
 * The union of known extension type names.
 *
 * @example
 * ```ts
 * import type { Token2022ExtensionName } from 'xstock-lend';
 * const name: Token2022ExtensionName = 'Pausable';
 * ```
 */
export type Token2022ExtensionName = keyof typeof Token2022ExtensionType;

const namesByType = new Map<number, Token2022ExtensionName>(
  (Object.entries(Token2022ExtensionType) as [Token2022ExtensionName, number][]).map(([name, type]) => [type, name]),
);

/**
 * The name of a Token-2022 extension type number, or `Unknown(<n>)` for a type this library does not know (a newer
 * program version may add types: they are surfaced, not rejected).
 *
 * @param type - the u16 extension type from a TLV entry
 * @example
 * ```ts
 * import { getToken2022ExtensionName } from 'xstock-lend';
 * getToken2022ExtensionName(26); // 'Pausable'
 * getToken2022ExtensionName(999); // 'Unknown(999)'
 * ```
 */
export function getToken2022ExtensionName(type: number): Token2022ExtensionName | `Unknown(${number})` {
  return namesByType.get(type) ?? `Unknown(${type})`;
}
