import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, hexToBytes } from '../../test/oracle/helpers/byte-writer.js';
import { encodeScopeOraclePrices, type ScopeEntryFixture } from '../../test/oracle/helpers/encode-scope.js';
import { loadFixture } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodeScopeOraclePrices } from './decode-scope-oracle-prices.js';
import {
  SCOPE_MAX_ENTRIES,
  SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR,
  SCOPE_ORACLE_MAPPINGS_SIZE,
  SCOPE_ORACLE_PRICES_DISCRIMINATOR,
  SCOPE_ORACLE_PRICES_SIZE,
  SCOPE_ORACLE_TYPE_CHAINLINK_X,
} from './scope-layout.js';

interface SdkEntry {
  index: number;
  value: string;
  exp: string;
  lastUpdatedSlot: string;
  unixTimestamp: string;
  genericData: string;
  chainlinkX?: { observationsTimestamp: string; suspended: boolean; activationDateTime: string };
}
const sdk = loadFixture<{ oracleMappings: string; entries: SdkEntry[]; data: string }>(
  'scope-oracle-prices.scope-sdk-codec.json',
);
const sdkData = base64ToBytes(sdk.data);
const toFixture = (e: SdkEntry): ScopeEntryFixture => ({
  index: e.index,
  value: BigInt(e.value),
  exp: BigInt(e.exp),
  lastUpdatedSlot: BigInt(e.lastUpdatedSlot),
  unixTimestamp: BigInt(e.unixTimestamp),
  genericData: hexToBytes(e.genericData),
});

/** Byte size of an Anchor (legacy format) IDL type. */
type IdlType = string | { array: [IdlType, number] } | { defined: string };
interface IdlTypeDef {
  name: string;
  type: { kind: string; fields?: { name: string; type: IdlType }[] };
}
const idl = JSON.parse(readFileSync(new URL('../../../shared/data/klend/scope-idl.json', import.meta.url), 'utf8')) as {
  accounts: IdlTypeDef[];
  types: IdlTypeDef[];
};
const PRIMITIVES: Record<string, number> = {
  u8: 1,
  bool: 1,
  u16: 2,
  u32: 4,
  i32: 4,
  u64: 8,
  i64: 8,
  u128: 16,
  publicKey: 32,
};
function idlSize(type: IdlType): number {
  if (typeof type === 'string') {
    const size = PRIMITIVES[type];
    if (size === undefined) throw new TypeError(`unsized ${type}`);
    return size;
  }
  if ('array' in type) return idlSize(type.array[0]) * type.array[1];
  const def = [...idl.types, ...idl.accounts].find((t) => t.name === type.defined);
  return (def?.type.fields ?? []).reduce((sum, field) => sum + idlSize(field.type), 0);
}

describe('Scope OraclePrices layout', () => {
  it('discriminators are sha256("account:<Name>")[0..8]', () => {
    const disc = (name: string) =>
      createHash('sha256').update(`account:${name}`).digest().subarray(0, 8).toString('hex');
    expect(Buffer.from(SCOPE_ORACLE_PRICES_DISCRIMINATOR).toString('hex')).toBe(disc('OraclePrices'));
    expect(Buffer.from(SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR).toString('hex')).toBe(disc('OracleMappings'));
  });

  it('sizes agree with the Scope IDL: DatedPrice 56 bytes, OraclePrices 8 + 32 + 512 × 56', () => {
    expect(idlSize({ defined: 'DatedPrice' })).toBe(56);
    expect(8 + idlSize({ defined: 'OraclePrices' })).toBe(SCOPE_ORACLE_PRICES_SIZE);
    expect(SCOPE_ORACLE_PRICES_SIZE).toBe(28_712);
  });

  it('the shared IDL is older than the OracleMappings on chain (21,000 vs 29,704 bytes): the dump decides', () => {
    expect(8 + idlSize({ defined: 'OracleMappings' })).toBe(21_000);
    expect(SCOPE_ORACLE_MAPPINGS_SIZE).toBe(29_704);
  });
});

describe('decodeScopeOraclePrices', () => {
  it('decodes an account encoded by @kamino-finance/scope-sdk 10.2.6', () => {
    expect(sdkData.length).toBe(SCOPE_ORACLE_PRICES_SIZE);
    const decoded = decodeScopeOraclePrices(sdkData);
    expect(decoded.oracleMappings).toBe(sdk.oracleMappings);
    expect(decoded.prices).toHaveLength(SCOPE_MAX_ENTRIES);
    expect(decoded.prices.map((entry) => entry.index)).toEqual(Array.from({ length: SCOPE_MAX_ENTRIES }, (_, i) => i));
    for (const e of sdk.entries) {
      const fixture = toFixture(e);
      expect(decoded.prices[e.index]).toEqual({
        index: fixture.index,
        value: fixture.value,
        exp: fixture.exp,
        lastUpdatedSlot: fixture.lastUpdatedSlot,
        unixTimestamp: fixture.unixTimestamp,
        genericData: fixture.genericData,
      });
    }
    const untouched = decoded.prices[1];
    expect(untouched).toEqual({
      index: 1,
      value: 0n,
      exp: 0n,
      lastUpdatedSlot: 0n,
      unixTimestamp: 0n,
      genericData: new Uint8Array(24),
    });
  });

  it('our field-by-field encoder writes the same bytes as the scope-sdk codec', () => {
    const ours = encodeScopeOraclePrices(sdk.oracleMappings, sdk.entries.map(toFixture));
    expect(Buffer.from(ours).equals(Buffer.from(sdkData))).toBe(true);
  });

  it('decodes ChainlinkX generic data for entries the mappings mark as type 37', () => {
    const priceTypes = new Array<number>(SCOPE_MAX_ENTRIES).fill(0);
    priceTypes[338] = SCOPE_ORACLE_TYPE_CHAINLINK_X;
    priceTypes[344] = SCOPE_ORACLE_TYPE_CHAINLINK_X;
    const { prices } = decodeScopeOraclePrices(sdkData, { mappings: { priceTypes } });
    expect(prices[338]?.chainlinkX).toEqual({
      observationsTimestamp: 1_764_000_000n,
      suspended: false,
      activationDateTime: 0n,
    });
    expect(prices[344]?.chainlinkX).toEqual({
      observationsTimestamp: 1_763_990_000n,
      suspended: true,
      activationDateTime: 1_767_225_600n,
    });
    expect(prices.filter((p) => p.chainlinkX !== undefined).map((p) => p.index)).toEqual([338, 344]);
    expect('chainlinkX' in (prices[0] ?? {})).toBe(false);
  });

  it('refuses a mapping that calls a non-ChainlinkX entry ChainlinkX (INVALID_ACCOUNT_DATA)', () => {
    const priceTypes = new Array<number>(SCOPE_MAX_ENTRIES).fill(0);
    priceTypes[511] = SCOPE_ORACLE_TYPE_CHAINLINK_X; // its generic data has 0xf8 where the bool is
    const error = expectXStockLendError(
      () => decodeScopeOraclePrices(sdkData, { mappings: { priceTypes } }),
      'INVALID_ACCOUNT_DATA',
    );
    expect(error.context.index).toBe(511);
  });

  it('returns copies of generic_data, not views into the account', () => {
    const data = sdkData.slice();
    const entry = decodeScopeOraclePrices(data).prices[511];
    data.fill(0);
    expect(entry?.genericData[0]).toBe(0xf0);
  });

  it('rejects another account type with ACCOUNT_DISCRIMINATOR_MISMATCH', () => {
    const data = sdkData.slice();
    data.set(SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR, 0);
    expectXStockLendError(() => decodeScopeOraclePrices(data), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
  });

  it('rejects truncated data with INVALID_ACCOUNT_DATA', () => {
    for (const length of [0, 7, 8, 40, 96, SCOPE_ORACLE_PRICES_SIZE - 1]) {
      expectXStockLendError(() => decodeScopeOraclePrices(sdkData.subarray(0, length)), 'INVALID_ACCOUNT_DATA');
    }
  });

  it('rejects non-bytes with INVALID_ARGUMENT', () => {
    expectXStockLendError(() => decodeScopeOraclePrices(null as unknown as Uint8Array), 'INVALID_ARGUMENT');
  });
});
