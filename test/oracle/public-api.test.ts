import { describe, expect, it } from 'vitest';
import * as core from '../../src/index.js';

describe('oracle public API from the package entry', () => {
  it('exports the decoders, normalizers, fetchers and constants by their issue names', () => {
    const functions = [
      'decodePriceUpdateV2',
      'priceUpdateV2ToReading',
      'assertPriceUpdateV2FullyVerified',
      'fetchPriceUpdateV2',
      'decodePythPushPrice',
      'pythPriceDataToReading',
      'pythPriceStatusToReadingStatus',
      'fetchPythPushPrice',
      'decodeScopeOraclePrices',
      'decodeScopePrice',
      'scopePriceToReading',
      'decodeChainlinkXGenericData',
      'decodeScopeOracleMappings',
      'fetchScopeOraclePrices',
      'fetchScopeOracleMappings',
    ];
    const api = core as Record<string, unknown>;
    for (const name of functions) expect(typeof api[name], name).toBe('function');
    expect(api.PYTH_LEGACY_ORACLE_PROGRAM_ID).toBe('FsJ3A3u2vn5cTVofAjvy6y5kwABJAqYWpe4975bi2epH');
    expect(api.SCOPE_MAX_ENTRIES).toBe(512);
    expect(api.SCOPE_ORACLE_TYPE_CHAINLINK_X).toBe(37);
    expect(api.SCOPE_ORACLE_PRICES_SIZE).toBe(28_712);
    expect(api.SCOPE_ORACLE_MAPPINGS_SIZE).toBe(29_704);
    expect(api.PYTH_PUSH_MAGIC).toBe(0xa1b2c3d4);
  });

  it('keeps internal helpers private', () => {
    const api = core as Record<string, unknown>;
    for (const name of [
      'bytesToHex',
      'checkAnchorDiscriminator',
      'readScopeDatedPrice',
      'SCOPE_ORACLE_PRICES_DISCRIMINATOR_HEX',
    ]) {
      expect(api[name], name).toBeUndefined();
    }
  });
});
