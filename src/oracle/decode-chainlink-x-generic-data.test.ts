import { describe, expect, it } from 'vitest';
import { hexToBytes } from '../../test/oracle/helpers/byte-writer.js';
import { encodeChainlinkXGenericData } from '../../test/oracle/helpers/encode-scope.js';
import { loadFixture } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodeChainlinkXGenericData } from './decode-chainlink-x-generic-data.js';

interface SdkEntry {
  index: number;
  genericData: string;
  chainlinkX?: { observationsTimestamp: string; suspended: boolean; activationDateTime: string };
}
const { entries } = loadFixture<{ entries: SdkEntry[] }>('scope-oracle-prices.scope-sdk-codec.json');

describe('decodeChainlinkXGenericData', () => {
  it('decodes generic data written by a real Borsh codec (@coral-xyz/borsh struct(u64, bool, u64))', () => {
    const chainlinkX = entries.filter((e) => e.chainlinkX !== undefined);
    expect(chainlinkX.map((e) => e.index)).toEqual([338, 344]);
    for (const e of chainlinkX) {
      expect(decodeChainlinkXGenericData(hexToBytes(e.genericData))).toEqual({
        observationsTimestamp: BigInt(e.chainlinkX?.observationsTimestamp ?? -1),
        suspended: e.chainlinkX?.suspended,
        activationDateTime: BigInt(e.chainlinkX?.activationDateTime ?? -1),
      });
    }
  });

  it('is packed: bool at byte 8, activation_date_time at bytes 9..17', () => {
    const bytes = encodeChainlinkXGenericData({
      observationsTimestamp: 1n,
      suspended: true,
      activationDateTime: 0x0102n,
    });
    expect(Array.from(bytes.subarray(8, 11))).toEqual([1, 0x02, 0x01]);
    expect(decodeChainlinkXGenericData(bytes)).toEqual({
      observationsTimestamp: 1n,
      suspended: true,
      activationDateTime: 0x0102n,
    });
  });

  it('decodes all-zero generic data (an entry never refreshed) as not suspended', () => {
    expect(decodeChainlinkXGenericData(new Uint8Array(24))).toEqual({
      observationsTimestamp: 0n,
      suspended: false,
      activationDateTime: 0n,
    });
  });

  it('rejects a bool byte other than 0 or 1 with INVALID_ACCOUNT_DATA', () => {
    for (const flag of [2, 0x80, 0xff]) {
      const bytes = encodeChainlinkXGenericData(
        { observationsTimestamp: 1n, suspended: false, activationDateTime: 2n },
        flag,
      );
      expect(
        expectXStockLendError(() => decodeChainlinkXGenericData(bytes), 'INVALID_ACCOUNT_DATA').context.value,
      ).toBe(flag);
    }
  });

  it('needs 17 bytes', () => {
    const bytes = encodeChainlinkXGenericData({ observationsTimestamp: 1n, suspended: true, activationDateTime: 2n });
    for (let length = 0; length < 17; length++) {
      expectXStockLendError(() => decodeChainlinkXGenericData(bytes.subarray(0, length)), 'INVALID_ACCOUNT_DATA');
    }
    expect(decodeChainlinkXGenericData(bytes.subarray(0, 17)).activationDateTime).toBe(2n);
  });
});
