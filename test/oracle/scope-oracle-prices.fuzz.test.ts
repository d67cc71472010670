import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeChainlinkXGenericData,
  decodeScopeOraclePrices,
  decodeScopePrice,
  type ScopeDatedPrice,
  scopePriceToReading,
} from '../../src/oracle/index.js';
import { base64ToBytes } from './helpers/byte-writer.js';
import { encodeChainlinkXGenericData } from './helpers/encode-scope.js';
import { fuzzBuffers, fuzzDecoder } from './helpers/fuzz-buffers.js';
import { loadFixture } from './helpers/load-account-dump.js';

const sdkData = base64ToBytes(loadFixture<{ data: string }>('scope-oracle-prices.scope-sdk-codec.json').data);
const priceTypes = new Array<number>(512).fill(0);
priceTypes[338] = 37;
priceTypes[344] = 37;

const expectEntryMatchesBytes = (entry: ScopeDatedPrice, bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = 40 + entry.index * 56;
  expect(entry.value).toBe(view.getBigUint64(at, true));
  expect(entry.exp).toBe(view.getBigUint64(at + 8, true));
  expect(entry.lastUpdatedSlot).toBe(view.getBigUint64(at + 16, true));
  expect(entry.unixTimestamp).toBe(view.getBigUint64(at + 24, true));
  expect(entry.genericData).toEqual(bytes.slice(at + 32, at + 56));
};

describe('Scope decoders fuzz', () => {
  it('decodeScopePrice: only XStockLendErrors on 100,000 random and mutated buffers; accepted entries match their bytes', () => {
    let index = 0;
    let chainlinkX = false;
    const arbitrary = fc
      .tuple(
        fuzzBuffers([sdkData], { hotBytes: 48 }),
        fc.oneof(fc.constantFrom(0, 338, 344, 511), fc.nat({ max: 511 })),
        fc.boolean(),
      )
      .map(([bytes, i, x]) => {
        index = i;
        chainlinkX = x;
        return bytes;
      });
    const stats = fuzzDecoder(
      arbitrary,
      (bytes) => {
        const entry = decodeScopePrice(bytes, index, { chainlinkX });
        return { entry, reading: entry.exp <= 38n ? scopePriceToReading(entry) : undefined };
      },
      ({ entry, reading }, bytes) => {
        expect(entry.index).toBe(index);
        expectEntryMatchesBytes(entry, bytes);
        expect(entry.chainlinkX !== undefined).toBe(chainlinkX);
        if (reading) expect(reading.exponent).toBe(-Number(entry.exp) || 0);
      },
      ['ACCOUNT_DISCRIMINATOR_MISMATCH', 'INVALID_ACCOUNT_DATA'],
    );
    expect(stats.ok).toBeGreaterThan(10_000);
    expect(stats.ACCOUNT_DISCRIMINATOR_MISMATCH).toBeGreaterThan(1_000);
    expect(stats.INVALID_ACCOUNT_DATA).toBeGreaterThan(1_000);
  });

  it('decodeScopeOraclePrices: only XStockLendErrors on 100,000 buffers (about 3% full-length, the rest cheap rejects)', () => {
    // A full decode costs ~0.4 ms, so full-length buffers (flipped / extended) are a small share of the runs;
    // body flips cannot fail anyway: only the discriminator, the length and the ChainlinkX bools are checked.
    const stats = fuzzDecoder(
      fuzzBuffers([sdkData], {
        hotBytes: 48,
        weights: { random: 30, validPrefix: 30, truncated: 30, flipped: 2, flippedTruncated: 10, extended: 1 },
      }),
      (bytes) => decodeScopeOraclePrices(bytes, { mappings: { priceTypes } }),
      (decoded, bytes) => {
        expect(decoded.prices).toHaveLength(512);
        const entry = decoded.prices[(bytes[100] ?? 0) * 2];
        if (entry) expectEntryMatchesBytes(entry, bytes);
        expect(decoded.prices.filter((p) => p.chainlinkX).map((p) => p.index)).toEqual([338, 344]);
      },
      ['ACCOUNT_DISCRIMINATOR_MISMATCH', 'INVALID_ACCOUNT_DATA'],
    );
    expect(stats.ok).toBeGreaterThan(500);
    expect(stats.ACCOUNT_DISCRIMINATOR_MISMATCH).toBeGreaterThan(1_000);
    expect(stats.INVALID_ACCOUNT_DATA).toBeGreaterThan(1_000);
  });

  it('decodeChainlinkXGenericData: only XStockLendErrors on 100,000 buffers; accepted bytes have a 0/1 bool at byte 8', () => {
    const valid = [
      encodeChainlinkXGenericData({ observationsTimestamp: 1_764_000_000n, suspended: false, activationDateTime: 0n }),
      encodeChainlinkXGenericData({
        observationsTimestamp: 1_763_990_000n,
        suspended: true,
        activationDateTime: 1_767_225_600n,
      }),
    ];
    const stats = fuzzDecoder(
      fuzzBuffers(valid, { hotBytes: 24, maxRandomLength: 40 }),
      decodeChainlinkXGenericData,
      (data, bytes) => {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        expect(bytes.length).toBeGreaterThanOrEqual(17);
        expect(data.observationsTimestamp).toBe(view.getBigUint64(0, true));
        expect(data.suspended).toBe(bytes[8] === 1);
        expect(bytes[8]).toBeLessThanOrEqual(1);
        expect(data.activationDateTime).toBe(view.getBigUint64(9, true));
      },
      ['INVALID_ACCOUNT_DATA'],
    );
    expect(stats.ok).toBeGreaterThan(10_000);
    expect(stats.INVALID_ACCOUNT_DATA).toBeGreaterThan(10_000);
  });
});
