import type { ChainlinkXGenericData } from '../../../src/oracle/index.js';
import { ByteWriter } from './byte-writer.js';

/** One entry to place in an OraclePrices fixture. */
export interface ScopeEntryFixture {
  index: number;
  value: bigint;
  exp: bigint;
  lastUpdatedSlot: bigint;
  unixTimestamp: bigint;
  genericData?: Uint8Array;
}

/** Borsh ChainlinkXPriceData (u64 | bool | u64), zero-padded to 24 bytes, as Scope's `to_generic_data` writes it. */
export function encodeChainlinkXGenericData(data: ChainlinkXGenericData, suspendedByte?: number): Uint8Array {
  return new ByteWriter()
    .u64(data.observationsTimestamp)
    .u8(suspendedByte ?? (data.suspended ? 1 : 0))
    .u64(data.activationDateTime)
    .padTo(24)
    .toBytes();
}

/** Builds a 28,712-byte OraclePrices account field by field: disc | oracle_mappings | 512 × DatedPrice (56 B). */
export function encodeScopeOraclePrices(oracleMappings: string, entries: readonly ScopeEntryFixture[]): Uint8Array {
  const w = new ByteWriter().bytes([0x59, 0x80, 0x76, 0xdd, 0x06, 0x48, 0xb4, 0x92]).pubkey(oracleMappings);
  for (let index = 0; index < 512; index++) {
    const entry = entries.find((e) => e.index === index);
    w.u64(entry?.value ?? 0n)
      .u64(entry?.exp ?? 0n)
      .u64(entry?.lastUpdatedSlot ?? 0n)
      .u64(entry?.unixTimestamp ?? 0n)
      .bytes(entry?.genericData ?? new Uint8Array(24));
  }
  return w.toBytes();
}
