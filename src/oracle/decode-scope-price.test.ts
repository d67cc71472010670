import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../test/oracle/helpers/byte-writer.js';
import { encodeChainlinkXGenericData, encodeScopeOraclePrices } from '../../test/oracle/helpers/encode-scope.js';
import { loadFixture } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodeScopeOraclePrices } from './decode-scope-oracle-prices.js';
import { decodeScopePrice } from './decode-scope-price.js';
import { SCOPE_ORACLE_PRICES_SIZE } from './scope-layout.js';

const sdkData = base64ToBytes(loadFixture<{ data: string }>('scope-oracle-prices.scope-sdk-codec.json').data);

describe('decodeScopePrice', () => {
  it('returns exactly the entry the full decoder returns, for every index', () => {
    const all = decodeScopeOraclePrices(sdkData).prices;
    for (let index = 0; index < 512; index++) expect(decodeScopePrice(sdkData, index)).toEqual(all[index]);
  });

  it('decodes the TSLAx-like ChainlinkX entry when asked', () => {
    expect(decodeScopePrice(sdkData, 338, { chainlinkX: true })).toMatchObject({
      index: 338,
      value: 43_512_345_678n,
      exp: 8n,
      unixTimestamp: 1_764_000_002n,
      chainlinkX: { observationsTimestamp: 1_764_000_000n, suspended: false, activationDateTime: 0n },
    });
    expect('chainlinkX' in decodeScopePrice(sdkData, 338)).toBe(false);
  });

  it('reads u64 fields in full (no float rounding)', () => {
    const max = 18_446_744_073_709_551_615n;
    expect(decodeScopePrice(sdkData, 511)).toMatchObject({
      value: max,
      exp: max,
      lastUpdatedSlot: max,
      unixTimestamp: max,
    });
  });

  it('reads the last entry at the end of the account', () => {
    const data = encodeScopeOraclePrices('11111111111111111111111111111111', [
      {
        index: 511,
        value: 7n,
        exp: 1n,
        lastUpdatedSlot: 2n,
        unixTimestamp: 3n,
        genericData: encodeChainlinkXGenericData({
          observationsTimestamp: 4n,
          suspended: true,
          activationDateTime: 5n,
        }),
      },
    ]);
    expect(data.length).toBe(SCOPE_ORACLE_PRICES_SIZE);
    expect(decodeScopePrice(data, 511, { chainlinkX: true })).toMatchObject({
      value: 7n,
      chainlinkX: { observationsTimestamp: 4n, suspended: true, activationDateTime: 5n },
    });
  });

  it('rejects a bad index with INVALID_ARGUMENT', () => {
    for (const index of [-1, 512, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectXStockLendError(() => decodeScopePrice(sdkData, index), 'INVALID_ARGUMENT');
    }
  });

  it('rejects a non-ChainlinkX generic_data when asked to decode it (INVALID_ACCOUNT_DATA)', () => {
    expectXStockLendError(() => decodeScopePrice(sdkData, 511, { chainlinkX: true }), 'INVALID_ACCOUNT_DATA');
  });

  it('checks the discriminator and the full length even for entry 0', () => {
    const data = sdkData.slice();
    data[0] = (data[0] ?? 0) ^ 1;
    expectXStockLendError(() => decodeScopePrice(data, 0), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
    expectXStockLendError(() => decodeScopePrice(sdkData.subarray(0, 100), 0), 'INVALID_ACCOUNT_DATA');
    expectXStockLendError(() => decodeScopePrice(sdkData.subarray(0, 4), 0), 'INVALID_ACCOUNT_DATA');
  });
});
