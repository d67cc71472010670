import { describe, expect, it } from 'vitest';
import { decodePriceUpdateV2 } from '../../src/oracle/index.js';
import { base64ToBytes } from './helpers/byte-writer.js';
import { encodePriceUpdateV2, SAMPLE_FULL_UPDATE, SAMPLE_PARTIAL_UPDATE } from './helpers/encode-price-update-v2.js';
import { fuzzBuffers, fuzzDecoder } from './helpers/fuzz-buffers.js';
import { loadFixture } from './helpers/load-account-dump.js';

const codecCases = loadFixture<{ cases: { data: string }[] }>('price-update-v2.klend-sdk-codec.json').cases;
const valid = [
  encodePriceUpdateV2(SAMPLE_FULL_UPDATE),
  encodePriceUpdateV2(SAMPLE_PARTIAL_UPDATE),
  ...codecCases.map((c) => base64ToBytes(c.data)),
];

describe('decodePriceUpdateV2 fuzz', () => {
  it('throws only XStockLendErrors on 100,000 random and mutated buffers; what it accepts re-encodes to the same bytes', () => {
    const stats = fuzzDecoder(
      fuzzBuffers(valid, { hotBytes: 48, maxRandomLength: 160 }),
      decodePriceUpdateV2,
      (update, bytes) => {
        expect(Array.from(bytes.subarray(0, 8))).toEqual([0x22, 0xf1, 0x23, 0x63, 0x9d, 0x7e, 0xf4, 0xcd]);
        expect(update.feedId).toMatch(/^[0-9a-f]{64}$/);
        expect(Number.isInteger(update.exponent)).toBe(true);
        const used = update.verificationLevel.kind === 'full' ? 133 : 134;
        expect(bytes[40]).toBe(update.verificationLevel.kind === 'full' ? 1 : 0);
        // The decoded fields describe the consumed bytes exactly.
        expect(Buffer.from(encodePriceUpdateV2(update, used)).equals(Buffer.from(bytes.subarray(0, used)))).toBe(true);
      },
      ['ACCOUNT_DISCRIMINATOR_MISMATCH', 'INVALID_ACCOUNT_DATA'],
    );
    expect(stats.ok).toBeGreaterThan(10_000);
    expect(stats.ACCOUNT_DISCRIMINATOR_MISMATCH).toBeGreaterThan(1_000);
    expect(stats.INVALID_ACCOUNT_DATA).toBeGreaterThan(1_000);
  });
});
