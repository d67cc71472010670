import { describe, expect, it } from 'vitest';
import { decodeScopeOracleMappings } from '../../src/oracle/index.js';
import { fuzzBuffers, fuzzDecoder } from './helpers/fuzz-buffers.js';
import { loadAccountDump } from './helpers/load-account-dump.js';

const dump = loadAccountDump('scope-oracle-mappings.json').data;

describe('decodeScopeOracleMappings fuzz', () => {
  it('throws only XStockLendErrors on 100,000 buffers (a few hundred full-length, the rest cheap rejects)', () => {
    // A full decode base58-encodes 512 keys (~3 ms), so full-length buffers are rare; only the discriminator and
    // the length can fail, and those are what the cheap cases hit.
    const stats = fuzzDecoder(
      fuzzBuffers([dump], {
        hotBytes: 16,
        weights: { random: 500, validPrefix: 500, truncated: 500, flipped: 4, flippedTruncated: 150, extended: 1 },
      }),
      decodeScopeOracleMappings,
      (mappings, bytes) => {
        expect(bytes.length).toBeGreaterThanOrEqual(29_704);
        expect(mappings.priceTypes).toHaveLength(512);
        expect(mappings.priceTypes[511]).toBe(bytes[8 + 512 * 32 + 511]);
        expect(mappings.generic[511]).toEqual(bytes.slice(29_704 - 20, 29_704));
      },
      ['ACCOUNT_DISCRIMINATOR_MISMATCH', 'INVALID_ACCOUNT_DATA'],
    );
    expect(stats.ok).toBeGreaterThan(50);
    expect(stats.ACCOUNT_DISCRIMINATOR_MISMATCH).toBeGreaterThan(1_000);
    expect(stats.INVALID_ACCOUNT_DATA).toBeGreaterThan(1_000);
  });
});
