import { getAddressDecoder } from '@solana/kit';
import { XStockLendError } from '../../errors/index.js';
import type { JsonValue } from './json-value.js';
import { rustF64ToString } from './rust-f64-to-string.js';

const addressDecoder = getAddressDecoder();
const ACCOUNT_STATES = ['uninitialized', 'initialized', 'frozen'] as const;

/** The `extension` tag of each Token-2022 extension type, as Solana's `jsonParsed` names it. */
const EXTENSION_NAMES: readonly string[] = [
  'uninitialized',
  'transferFeeConfig',
  'transferFeeAmount',
  'mintCloseAuthority',
  'confidentialTransferMint',
  'confidentialTransferAccount',
  'defaultAccountState',
  'immutableOwner',
  'memoTransfer',
  'nonTransferable',
  'interestBearingConfig',
  'cpiGuard',
  'permanentDelegate',
  'nonTransferableAccount',
  'transferHook',
  'transferHookAccount',
  'confidentialTransferFeeConfig',
  'confidentialTransferFeeAmount',
  'metadataPointer',
  'tokenMetadata',
  'groupPointer',
  'groupMemberPointer',
  'tokenGroup',
  'tokenGroupMember',
  'confidentialMintBurn',
  'scaledUiAmountConfig',
  'pausableConfig',
  'pausableAccount',
];

/** Extensions without a value: rendered as `{ "extension": name }`. */
const UNIT_EXTENSIONS = new Set([7, 9, 13, 27]);

/** Fixed value lengths of the extensions rendered here (TokenMetadata is variable). */
const VALUE_LENGTHS: ReadonlyMap<number, number> = new Map([
  [1, 108],
  [2, 8],
  [3, 32],
  [6, 1],
  [8, 1],
  [10, 52],
  [11, 1],
  [12, 32],
  [14, 64],
  [15, 1],
  [18, 64],
  [20, 64],
  [21, 64],
  [22, 80],
  [23, 72],
  [25, 56],
  [26, 33],
]);

const UNPARSEABLE: JsonValue = { extension: 'unparseableExtension' };

/**
 * One Token-2022 TLV entry of a mint or token account as Solana's `jsonParsed` shows it:
 * `{ "extension": "scaledUiAmountConfig", "state": { … } }`. Confidential-transfer extensions, unknown types and
 * values of the wrong length are shown as `{ "extension": "unparseableExtension" }`.
 *
 * @param type - the u16 extension type
 * @param value - the entry's value bytes
 * @example
 * ```ts
 * extensionToJson(7, new Uint8Array()); // { extension: 'immutableOwner' }
 * ```
 */
export function extensionToJson(type: number, value: Uint8Array): JsonValue {
  const name = EXTENSION_NAMES[type];
  if (name === undefined) return UNPARSEABLE;
  if (UNIT_EXTENSIONS.has(type)) return { extension: name };
  if (type === 19) return tokenMetadata(value);
  if (VALUE_LENGTHS.get(type) !== value.length) return UNPARSEABLE;
  const state = fixedState(type, new Reader(value));
  return state === null ? UNPARSEABLE : { extension: name, state };
}

function fixedState(type: number, r: Reader): JsonValue {
  switch (type) {
    case 1:
      return {
        transferFeeConfigAuthority: r.optionalKey(),
        withdrawWithheldAuthority: r.optionalKey(),
        withheldAmount: r.u64(),
        olderTransferFee: { epoch: r.u64(), maximumFee: r.u64(), transferFeeBasisPoints: r.u16() },
        newerTransferFee: { epoch: r.u64(), maximumFee: r.u64(), transferFeeBasisPoints: r.u16() },
      };
    case 2:
      return { withheldAmount: r.u64() };
    case 3:
      return { closeAuthority: r.optionalKey() };
    case 6:
      return { accountState: ACCOUNT_STATES[r.u8()] ?? 'uninitialized' };
    case 8:
      return { requireIncomingTransferMemos: r.bool() };
    case 10:
      return {
        rateAuthority: r.optionalKey(),
        initializationTimestamp: r.i64(),
        preUpdateAverageRate: r.i16(),
        lastUpdateTimestamp: r.i64(),
        currentRate: r.i16(),
      };
    case 11:
      return { lockCpi: r.bool() };
    case 12:
      return { delegate: r.optionalKey() };
    case 14:
      return { authority: r.optionalKey(), programId: r.optionalKey() };
    case 15:
      return { transferring: r.bool() };
    case 18:
      return { authority: r.optionalKey(), metadataAddress: r.optionalKey() };
    case 20:
      return { authority: r.optionalKey(), groupAddress: r.optionalKey() };
    case 21:
      return { authority: r.optionalKey(), memberAddress: r.optionalKey() };
    case 22:
      return { updateAuthority: r.optionalKey(), mint: r.key(), size: r.u64(), maxSize: r.u64() };
    case 23:
      return { mint: r.key(), group: r.key(), memberNumber: r.u64() };
    case 25:
      return {
        authority: r.optionalKey(),
        multiplier: rustF64ToString(r.f64()),
        newMultiplierEffectiveTimestamp: r.i64(),
        newMultiplier: rustF64ToString(r.f64()),
      };
    case 26:
      return { authority: r.optionalKey(), paused: r.bool() };
    default:
      return null;
  }
}

function tokenMetadata(value: Uint8Array): JsonValue {
  try {
    const r = new Reader(value);
    const updateAuthority = r.optionalKey();
    const mint = r.key();
    const name = r.string();
    const symbol = r.string();
    const uri = r.string();
    const count = r.u32();
    const additionalMetadata: JsonValue[] = [];
    for (let i = 0; i < count; i++) additionalMetadata.push([r.string(), r.string()]);
    return { extension: 'tokenMetadata', state: { updateAuthority, mint, name, symbol, uri, additionalMetadata } };
  } catch {
    return UNPARSEABLE;
  }
}

/** Little-endian reader over an extension value; throws `INVALID_ACCOUNT_DATA` past the end. */
class Reader {
  private offset = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u8(): number {
    return this.view.getUint8(this.advance(1));
  }
  bool(): boolean {
    return this.u8() !== 0;
  }
  u16(): number {
    return this.view.getUint16(this.advance(2), true);
  }
  i16(): number {
    return this.view.getInt16(this.advance(2), true);
  }
  u32(): number {
    return this.view.getUint32(this.advance(4), true);
  }
  u64(): bigint {
    return this.view.getBigUint64(this.advance(8), true);
  }
  i64(): bigint {
    return this.view.getBigInt64(this.advance(8), true);
  }
  f64(): number {
    return this.view.getFloat64(this.advance(8), true);
  }
  key(): string {
    const at = this.advance(32);
    return addressDecoder.decode(this.bytes.subarray(at, at + 32));
  }
  /** An `OptionalNonZeroPubkey`: all zeros means none. */
  optionalKey(): string | null {
    const at = this.advance(32);
    const bytes = this.bytes.subarray(at, at + 32);
    return bytes.every((byte) => byte === 0) ? null : addressDecoder.decode(bytes);
  }
  string(): string {
    const length = this.u32();
    const at = this.advance(length);
    return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(at, at + length));
  }

  private advance(length: number): number {
    const at = this.offset;
    if (at + length > this.bytes.length)
      throw new XStockLendError('INVALID_ACCOUNT_DATA', 'Token-2022 extension value is too short.');
    this.offset = at + length;
    return at;
  }
}
