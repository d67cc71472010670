import { getAddressEncoder } from '@solana/kit';
import { XStockLendError } from '../../errors/index.js';
import type { ChainlinkXGenericData } from '../../oracle/index.js';
import {
  SCOPE_DATED_PRICE_SIZE,
  SCOPE_MAX_ENTRIES,
  SCOPE_ORACLE_PRICES_DISCRIMINATOR,
  SCOPE_ORACLE_PRICES_SIZE,
  SCOPE_PRICES_OFFSET,
} from '../../oracle/scope-layout.js';

const addressEncoder = getAddressEncoder();

/**
 * One Scope `DatedPrice` to write: USD = `value × 10^−exp`; for xStock (ChainlinkX) entries the price is per
 * 10^decimals raw units, i.e. share price × current ScaledUiAmount multiplier.
 *
 * @example
 * ```ts
 * import type { ScopePriceEntryInput } from 'xstock-lend/localnet';
 * const tslax: ScopePriceEntryInput = { index: 338, value: 43_000_000_000n, exp: 8, lastUpdatedSlot: 0n, unixTimestamp: 1_790_000_000n };
 * ```
 */
export interface ScopePriceEntryInput {
  /** Entry index, 0–511. */
  index: number;
  /** Price mantissa (u64). */
  value: bigint;
  /** Decimals of `value`. */
  exp: number;
  /** `last_updated_slot` (u64). */
  lastUpdatedSlot: bigint;
  /** `unix_timestamp` (u64, seconds). */
  unixTimestamp: bigint;
  /** The 24-byte `generic_data` (default zeros; see {@link encodeChainlinkXGenericData}). */
  genericData?: Uint8Array;
}

/**
 * Scope's ChainlinkX `generic_data`: observations_timestamp u64 | suspended bool | activation_date_time u64, zero-padded
 * to 24 bytes.
 *
 * @param data - the fields
 * @example
 * ```ts
 * import { encodeChainlinkXGenericData } from 'xstock-lend/localnet';
 * const bytes = encodeChainlinkXGenericData({ observationsTimestamp: 1_790_000_000n, suspended: false, activationDateTime: 0n });
 * ```
 */
export function encodeChainlinkXGenericData(data: ChainlinkXGenericData): Uint8Array {
  const bytes = new Uint8Array(24);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, data.observationsTimestamp, true);
  bytes[8] = data.suspended ? 1 : 0;
  view.setBigUint64(9, data.activationDateTime, true);
  return bytes;
}

/**
 * Writes one `DatedPrice` (value u64 | exp u64 | last_updated_slot u64 | unix_timestamp u64 | generic_data 24) into a
 * whole `OraclePrices` account buffer, in place.
 *
 * @param target - the account data (28,712 bytes)
 * @param entry - the price
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for an index outside 0–511, a short buffer or a bad generic_data.
 * @example
 * ```ts
 * import { encodeScopePriceEntry } from 'xstock-lend/localnet';
 * const data = store.get(market.scope.oraclePrices)!.data.slice();
 * encodeScopePriceEntry(data, { index: 338, value: 45_000_000_000n, exp: 8, lastUpdatedSlot: 0n, unixTimestamp: 1_790_000_000n });
 * ```
 */
export function encodeScopePriceEntry(target: Uint8Array, entry: ScopePriceEntryInput): void {
  if (!Number.isInteger(entry.index) || entry.index < 0 || entry.index >= SCOPE_MAX_ENTRIES) {
    throw new XStockLendError('INVALID_ARGUMENT', `A Scope price index is 0–511, got ${String(entry.index)}.`, {
      context: { index: String(entry.index) },
    });
  }
  if (
    target.length < SCOPE_ORACLE_PRICES_SIZE ||
    (entry.genericData !== undefined && entry.genericData.length !== 24)
  ) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      'Pass the whole OraclePrices account data and a 24-byte generic_data.',
      {
        context: { length: target.length, genericDataLength: entry.genericData?.length ?? null },
      },
    );
  }
  const at = SCOPE_PRICES_OFFSET + entry.index * SCOPE_DATED_PRICE_SIZE;
  const view = new DataView(target.buffer, target.byteOffset, target.length);
  view.setBigUint64(at, entry.value, true);
  view.setBigUint64(at + 8, BigInt(entry.exp), true);
  view.setBigUint64(at + 16, entry.lastUpdatedSlot, true);
  view.setBigUint64(at + 24, entry.unixTimestamp, true);
  target.set(entry.genericData ?? new Uint8Array(24), at + 32);
}

/**
 * Encodes a whole Scope `OraclePrices` account: discriminator | oracle_mappings | 512 `DatedPrice`s, the given entries
 * set and the others zero.
 *
 * @param oracleMappings - base58 address of the `OracleMappings` account
 * @param entries - the prices to set
 * @example
 * ```ts
 * import { decodeScopePrice } from 'xstock-lend';
 * import { encodeScopeOraclePrices } from 'xstock-lend/localnet';
 * const data = encodeScopeOraclePrices(mappings, [{ index: 20, value: 100_000_000n, exp: 8, lastUpdatedSlot: 0n, unixTimestamp: 1n }]);
 * console.log(decodeScopePrice(data, 20).value); // 100000000n
 * ```
 */
export function encodeScopeOraclePrices(oracleMappings: string, entries: readonly ScopePriceEntryInput[]): Uint8Array {
  const data = new Uint8Array(SCOPE_ORACLE_PRICES_SIZE);
  data.set(SCOPE_ORACLE_PRICES_DISCRIMINATOR, 0);
  data.set(addressEncoder.encode(oracleMappings as Parameters<typeof addressEncoder.encode>[0]), 8);
  for (const entry of entries) encodeScopePriceEntry(data, entry);
  return data;
}
