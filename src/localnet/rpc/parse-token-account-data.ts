import { getAddressDecoder } from '@solana/kit';
import { decodeToken2022Mint } from '../../corporate-actions/index.js';
import type { JsonValue } from './json-value.js';
import { extensionToJson } from './token-extension-json.js';
import { type MintAmountInfo, uiTokenAmount } from './ui-token-amount.js';

const addressDecoder = getAddressDecoder();
const ACCOUNT_LENGTH = 165;
const MULTISIG_LENGTH = 355;
const ACCOUNT_TYPE_MINT = 1;
const ACCOUNT_TYPE_ACCOUNT = 2;
const STATES = ['uninitialized', 'initialized', 'frozen'] as const;

/**
 * The base fields of an SPL Token / Token-2022 token account.
 *
 * @example
 * ```ts
 * const account = decodeTokenAccountBase(data);
 * if (account) console.log(account.mint, account.amount);
 * ```
 */
export interface TokenAccountBase {
  /** The mint. */
  mint: string;
  /** The wallet that owns the tokens. */
  owner: string;
  /** Raw balance. */
  amount: bigint;
  /** The delegate, or `null`. */
  delegate: string | null;
  /** Account state. */
  state: (typeof STATES)[number];
  /** Rent-exempt reserve of a wrapped-SOL account, or `null`. */
  isNative: bigint | null;
  /** Amount the delegate may move. */
  delegatedAmount: bigint;
  /** The close authority, or `null`. */
  closeAuthority: string | null;
}

/**
 * Decodes a token account the way Token-2022's `StateWithExtensions::<Account>::unpack` accepts one: 165 bytes, or
 * longer (never 355, a multisig) with account type 2 at byte 165; initialized; valid option tags and state.
 *
 * @param data - account data
 * @returns the base fields, or `null` when the data is not an initialized token account
 * @example
 * ```ts
 * decodeTokenAccountBase(new Uint8Array(82)); // null (a mint)
 * ```
 */
export function decodeTokenAccountBase(data: Uint8Array): TokenAccountBase | null {
  const length = data.length;
  if (length < ACCOUNT_LENGTH || length === MULTISIG_LENGTH) return null;
  if (length > ACCOUNT_LENGTH && data[ACCOUNT_LENGTH] !== ACCOUNT_TYPE_ACCOUNT) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const state = STATES[data[108] ?? 3];
  if (state === undefined || state === 'uninitialized') return null;
  const delegateTag = view.getUint32(72, true);
  const nativeTag = view.getUint32(109, true);
  const closeTag = view.getUint32(129, true);
  if (delegateTag > 1 || nativeTag > 1 || closeTag > 1) return null;
  return {
    mint: key(data, 0),
    owner: key(data, 32),
    amount: view.getBigUint64(64, true),
    delegate: delegateTag === 1 ? key(data, 76) : null,
    state,
    isNative: nativeTag === 1 ? view.getBigUint64(113, true) : null,
    delegatedAmount: view.getBigUint64(121, true),
    closeAuthority: closeTag === 1 ? key(data, 133) : null,
  };
}

/**
 * Looks up what the parser needs from a token account's mint (`null` when the mint is missing or invalid).
 *
 * @example
 * ```ts
 * const lookup: MintLookup = (mint) => ({ decimals: 6, scaledUiAmount: null });
 * ```
 */
export type MintLookup = (mint: string) => MintAmountInfo | null;

/**
 * Parses token program account data into Solana's `jsonParsed` form (`{ type, info }`): a token account (amounts
 * with the mint's decimals and ScaledUiAmount multiplier), a mint (with its extensions), or a multisig.
 *
 * @param data - account data
 * @param lookupMint - resolves a token account's mint
 * @param unixTimestamp - the chain clock, for ScaledUiAmount
 * @returns the parsed value, or `null` when the data is none of these (or the mint is missing): the caller falls
 * back to base64, as Solana does
 * @example
 * ```ts
 * const parsed = parseTokenAccountData(account.data, lookupMint, clock.unixTimestamp);
 * ```
 */
export function parseTokenAccountData(data: Uint8Array, lookupMint: MintLookup, unixTimestamp: bigint): JsonValue {
  const account = decodeTokenAccountBase(data);
  if (account !== null) {
    const mint = lookupMint(account.mint);
    if (mint === null) return null;
    const amount = (raw: bigint) => uiTokenAmount(raw, mint, unixTimestamp);
    const extensions = data.length > ACCOUNT_LENGTH ? tlvExtensions(data) : [];
    return {
      type: 'account',
      info: {
        mint: account.mint,
        owner: account.owner,
        tokenAmount: amount(account.amount),
        delegate: account.delegate ?? undefined,
        state: account.state,
        isNative: account.isNative !== null,
        rentExemptReserve: account.isNative === null ? undefined : amount(account.isNative),
        delegatedAmount: account.delegate === null ? undefined : amount(account.delegatedAmount),
        closeAuthority: account.closeAuthority ?? undefined,
        extensions: extensions.length === 0 ? undefined : extensions,
      },
    };
  }
  const mint = parseMint(data);
  if (mint !== null) return mint;
  return data.length === MULTISIG_LENGTH ? parseMultisig(data) : null;
}

/**
 * Reads a mint's decimals and ScaledUiAmount config (for token amounts), or `null` when `data` is not an initialized
 * mint.
 *
 * @param data - the mint account data
 * @example
 * ```ts
 * readMintAmountInfo(mintData)?.decimals;
 * ```
 */
export function readMintAmountInfo(data: Uint8Array): MintAmountInfo | null {
  try {
    const mint = decodeToken2022Mint(data);
    return mint.isInitialized ? { decimals: mint.decimals, scaledUiAmount: mint.scaledUiAmount } : null;
  } catch {
    return null;
  }
}

function parseMint(data: Uint8Array): JsonValue {
  let mint: ReturnType<typeof decodeToken2022Mint>;
  try {
    mint = decodeToken2022Mint(data);
  } catch {
    return null;
  }
  if (!mint.isInitialized || (data.length > ACCOUNT_LENGTH && data[ACCOUNT_LENGTH] !== ACCOUNT_TYPE_MINT)) return null;
  const extensions = mint.extensions.map((entry) =>
    extensionToJson(entry.type, data.subarray(entry.offset, entry.offset + entry.length)),
  );
  return {
    type: 'mint',
    info: {
      mintAuthority: mint.mintAuthority,
      supply: mint.supply.toString(),
      decimals: mint.decimals,
      isInitialized: mint.isInitialized,
      freezeAuthority: mint.freezeAuthority,
      extensions: extensions.length === 0 ? undefined : extensions,
    },
  };
}

function parseMultisig(data: Uint8Array): JsonValue {
  const initialized = data[2];
  if (initialized !== 1) return null;
  const signers: string[] = [];
  for (let at = 3; at + 32 <= MULTISIG_LENGTH; at += 32) {
    if (data.subarray(at, at + 32).some((byte) => byte !== 0)) signers.push(key(data, at));
  }
  return {
    type: 'multisig',
    info: { numRequiredSigners: data[0] ?? 0, numValidSigners: data[1] ?? 0, isInitialized: true, signers },
  };
}

/** The extensions of a token account's TLV area (empty when the list is malformed, as Token-2022 reports it). */
function tlvExtensions(data: Uint8Array): JsonValue[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const extensions: JsonValue[] = [];
  let at = ACCOUNT_LENGTH + 1;
  while (at + 4 <= data.length) {
    const type = view.getUint16(at, true);
    if (type === 0) break;
    const length = view.getUint16(at + 2, true);
    const start = at + 4;
    if (start + length > data.length) return [];
    extensions.push(extensionToJson(type, data.subarray(start, start + length)));
    at = start + length;
  }
  return extensions;
}

function key(data: Uint8Array, offset: number): string {
  return addressDecoder.decode(data.subarray(offset, offset + 32));
}
