import { parsePriceData } from '@pythnetwork/client';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePythPushPrice, pythPriceDataToReading } from '../../src/oracle/index.js';
import { fuzzBuffers, fuzzDecoder } from './helpers/fuzz-buffers.js';
import { loadAccountDump } from './helpers/load-account-dump.js';

const valid = [
  loadAccountDump('pyth-push-price-Gnt27x.json').data,
  loadAccountDump('pyth-push-price-usdc-1usd.json').data,
];

describe('decodePythPushPrice fuzz', () => {
  it('throws only XStockLendErrors on 100,000 random and mutated buffers, and agrees with parsePriceData on what it accepts', () => {
    // Flips concentrate on the header and the aggregate (bytes 0..240); the slot is drawn with each buffer.
    const arbitrary = fc.tuple(
      fuzzBuffers(valid, { hotBytes: 240, maxRandomLength: 512 }),
      fc.option(fc.bigInt({ min: 189_687_700n, max: 209_207_400n }), { nil: undefined }),
    );
    let slot: bigint | undefined;
    const stats = fuzzDecoder(
      arbitrary.map(([bytes, s]) => {
        slot = s;
        return bytes;
      }),
      (bytes) => decodePythPushPrice(bytes, slot),
      (reading, bytes) => {
        expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true)).toBe(0xa1b2c3d4);
        const reference = parsePriceData(Buffer.from(bytes), slot === undefined ? undefined : Number(slot));
        expect(reading).toEqual(pythPriceDataToReading(reference));
      },
      ['ACCOUNT_DISCRIMINATOR_MISMATCH', 'INVALID_ACCOUNT_DATA'],
    );
    expect(stats.ok).toBeGreaterThan(10_000);
    expect(stats.ACCOUNT_DISCRIMINATOR_MISMATCH).toBeGreaterThan(1_000);
    expect(stats.INVALID_ACCOUNT_DATA).toBeGreaterThan(1_000);
  });
});
