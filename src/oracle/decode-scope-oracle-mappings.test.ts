import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../test/oracle/helpers/byte-writer.js';
import { encodeChainlinkXGenericData, encodeScopeOraclePrices } from '../../test/oracle/helpers/encode-scope.js';
import { loadAccountDump, loadFixture } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { SCOPE_PROGRAM_ID } from '../rpc/index.js';
import { decodeScopeOracleMappings } from './decode-scope-oracle-mappings.js';
import { decodeScopeOraclePrices } from './decode-scope-oracle-prices.js';
import { SCOPE_ORACLE_MAPPINGS_SIZE, SCOPE_ORACLE_TYPE_CHAINLINK_X } from './scope-layout.js';

const dump = loadAccountDump('scope-oracle-mappings.json');
const sdkDecoded = loadFixture<{
  priceInfoAccounts: string[];
  priceTypes: number[];
  twapSource: number[];
  twapEnabled: number[];
  refPrice: number[];
  generic: string[];
}>('scope-oracle-mappings.scope-sdk-decoded.json');

describe('decodeScopeOracleMappings on the real dump', () => {
  it('is a 29,704-byte account owned by Scope', () => {
    expect(dump.owner).toBe(SCOPE_PROGRAM_ID);
    expect(dump.data.length).toBe(SCOPE_ORACLE_MAPPINGS_SIZE);
  });

  it('matches what @kamino-finance/scope-sdk 10.2.6 decodes, entry by entry', () => {
    const mappings = decodeScopeOracleMappings(dump.data);
    expect(mappings.priceInfoAccounts).toEqual(sdkDecoded.priceInfoAccounts);
    expect(mappings.priceTypes).toEqual(sdkDecoded.priceTypes);
    expect(mappings.twapSource).toEqual(sdkDecoded.twapSource);
    expect(mappings.twapEnabledBitmask).toEqual(sdkDecoded.twapEnabled);
    expect(mappings.refPrice).toEqual(sdkDecoded.refPrice);
    expect(mappings.generic).toEqual(sdkDecoded.generic.map(hexToBytes));
  });

  it('shows the expected entries: 355 used, a fixed price at 3 pointing at Scope itself, no ChainlinkX yet', () => {
    const mappings = decodeScopeOracleMappings(dump.data);
    expect(mappings.priceTypes.filter((t) => t !== 0)).toHaveLength(355);
    expect(mappings.priceTypes[3]).toBe(23); // FixedPrice
    expect(mappings.priceInfoAccounts[3]).toBe(SCOPE_PROGRAM_ID);
    expect(mappings.priceTypes[18]).toBe(21); // PythPull
    expect(mappings.twapSource[0]).toBe(65_535);
    expect(mappings.refPrice[0]).toBe(65_535);
    expect(mappings.priceTypes.includes(SCOPE_ORACLE_TYPE_CHAINLINK_X)).toBe(false);
  });

  it('drives ChainlinkX decoding of OraclePrices once an entry is type 37', () => {
    const data = dump.data.slice();
    data[8 + 512 * 32 + 338] = SCOPE_ORACLE_TYPE_CHAINLINK_X;
    const mappings = decodeScopeOracleMappings(data);
    const prices = encodeScopeOraclePrices(dump.pubkey, [
      {
        index: 338,
        value: 43_512_345_678n,
        exp: 8n,
        lastUpdatedSlot: 1n,
        unixTimestamp: 1_764_000_000n,
        genericData: encodeChainlinkXGenericData({
          observationsTimestamp: 1_764_000_000n,
          suspended: true,
          activationDateTime: 1_764_086_400n,
        }),
      },
    ]);
    const decoded = decodeScopeOraclePrices(prices, { mappings });
    expect(decoded.oracleMappings).toBe(dump.pubkey);
    expect(decoded.prices[338]?.chainlinkX?.suspended).toBe(true);
    expect(decoded.prices.filter((p) => p.chainlinkX).length).toBe(1);
  });

  it('rejects the older 21,000-byte layout and truncations with INVALID_ACCOUNT_DATA', () => {
    for (const length of [0, 7, 8, 21_000, SCOPE_ORACLE_MAPPINGS_SIZE - 1]) {
      expectXStockLendError(() => decodeScopeOracleMappings(dump.data.subarray(0, length)), 'INVALID_ACCOUNT_DATA');
    }
  });

  it('rejects another account type with ACCOUNT_DISCRIMINATOR_MISMATCH', () => {
    const data = dump.data.slice();
    data[3] = (data[3] ?? 0) ^ 0x10;
    expectXStockLendError(() => decodeScopeOracleMappings(data), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
  });
});
