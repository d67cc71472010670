import { parsePriceData } from '@pythnetwork/client';
import { describe, expect, it } from 'vitest';
import { loadAccountDump } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodePythPushPrice, PYTH_PUSH_MAGIC } from './decode-pyth-push-price.js';
import { PYTH_LEGACY_ORACLE_PROGRAM_ID } from './pyth-legacy-oracle-program-id.js';
import { pythPriceDataToReading } from './pyth-price-data-to-reading.js';
import { pythPriceStatusToReadingStatus } from './pyth-price-status.js';

const usdc = loadAccountDump('pyth-push-price-Gnt27x.json');
const usdcOneDollar = loadAccountDump('pyth-push-price-usdc-1usd.json');
const copy = (bytes: Uint8Array) => bytes.slice();
const setU32 = (bytes: Uint8Array, offset: number, value: number) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).setUint32(offset, value, true);

describe('decodePythPushPrice on the real dumps', () => {
  it('both dumps are 3312-byte V2 price accounts owned by the legacy Pyth oracle program', () => {
    for (const dump of [usdc, usdcOneDollar]) {
      expect(dump.data.length).toBe(3312);
      expect(dump.owner).toBe(PYTH_LEGACY_ORACLE_PROGRAM_ID);
      expect(new DataView(dump.data.buffer).getUint32(0, true)).toBe(PYTH_PUSH_MAGIC);
      expect(dump.data).not.toBeInstanceOf(Buffer);
    }
  });

  it('decodes Gnt27x… (USDC/USD, $1.00028333 ± 0.00034833, trading)', () => {
    expect(decodePythPushPrice(usdc.data)).toEqual({
      source: 'pyth-push',
      basis: 'share',
      price: 100_028_333n,
      exponent: -8,
      confidence: 34_833n,
      publishTime: 1_682_091_869n,
      emaPrice: 100_020_453n,
      status: 'trading',
    });
  });

  it('decodes the $1.00 USDC dump', () => {
    expect(decodePythPushPrice(usdcOneDollar.data)).toEqual({
      source: 'pyth-push',
      basis: 'share',
      price: 100_000_000n,
      exponent: -8,
      confidence: 71_317n,
      publishTime: 1_691_069_431n,
      emaPrice: 100_003_599n,
      status: 'trading',
    });
  });

  it('agrees with @pythnetwork/client parsePriceData (given a Buffer) for any current slot', () => {
    for (const dump of [usdc, usdcOneDollar]) {
      const publishSlot = parsePriceData(Buffer.from(dump.data)).aggregate.publishSlot;
      for (const slot of [
        undefined,
        0,
        publishSlot - 1,
        publishSlot,
        publishSlot + 25,
        publishSlot + 26,
        publishSlot + 10_000,
      ]) {
        const ours = decodePythPushPrice(dump.data, slot);
        expect(ours).toEqual(pythPriceDataToReading(parsePriceData(Buffer.from(dump.data), slot)));
      }
    }
  });

  it('parsePriceData cannot read a plain Uint8Array; the decoder can (browser path)', () => {
    expect(() => parsePriceData(usdc.data as unknown as Buffer)).toThrow(TypeError);
    expect(decodePythPushPrice(usdc.data).price).toBe(100_028_333n);
  });
});

describe('decodePythPushPrice rules', () => {
  it('reports a Trading price as unknown once the current slot is more than 25 slots past its publish slot', () => {
    const publishSlot = 189_687_757n;
    expect(decodePythPushPrice(usdc.data, publishSlot + 25n).status).toBe('trading');
    expect(decodePythPushPrice(usdc.data, publishSlot + 26n).status).toBe('unknown');
    expect(decodePythPushPrice(usdc.data, Number(publishSlot + 26n)).status).toBe('unknown');
    // the price itself is still returned: the caller checks status
    expect(decodePythPushPrice(usdc.data, publishSlot + 26n).price).toBe(100_028_333n);
  });

  it('maps every aggregate status (u32 at byte 224)', () => {
    const expected = ['unknown', 'trading', 'halted', 'unknown', 'unknown', 'unknown'] as const;
    expected.forEach((status, raw) => {
      const data = copy(usdc.data);
      setU32(data, 224, raw);
      expect(decodePythPushPrice(data).status).toBe(status);
      expect(pythPriceStatusToReadingStatus(raw)).toBe(status);
      expect(decodePythPushPrice(data)).toEqual(pythPriceDataToReading(parsePriceData(Buffer.from(data))));
    });
  });

  it('keeps a halted status whatever the slot', () => {
    const data = copy(usdc.data);
    setU32(data, 224, 2);
    expect(decodePythPushPrice(data, 999_999_999n).status).toBe('halted');
  });

  it('rejects a wrong magic number with ACCOUNT_DISCRIMINATOR_MISMATCH, before anything else', () => {
    const data = copy(usdc.data);
    data[0] = 0;
    expectXStockLendError(() => decodePythPushPrice(data), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
    expectXStockLendError(() => decodePythPushPrice(data.subarray(0, 8)), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
  });

  it('rejects a product or mapping account (type ≠ 3) with ACCOUNT_DISCRIMINATOR_MISMATCH', () => {
    for (const type of [1, 2, 5]) {
      const data = copy(usdc.data);
      setU32(data, 8, type);
      expect(
        expectXStockLendError(() => decodePythPushPrice(data), 'ACCOUNT_DISCRIMINATOR_MISMATCH').context.accountType,
      ).toBe(type);
    }
  });

  it('rejects an unknown version with INVALID_ACCOUNT_DATA', () => {
    const data = copy(usdc.data);
    setU32(data, 4, 1);
    expectXStockLendError(() => decodePythPushPrice(data), 'INVALID_ACCOUNT_DATA');
  });

  it('rejects truncated data with INVALID_ACCOUNT_DATA, and accepts exactly the used size', () => {
    // header size = 240 + 18 publishers × 96 = 1968 bytes used of 3312
    expect(new DataView(usdc.data.buffer).getUint32(12, true)).toBe(1968);
    for (const length of [0, 3, 4, 100, 239, 240, 1000, 1967]) {
      expectXStockLendError(() => decodePythPushPrice(usdc.data.subarray(0, length)), 'INVALID_ACCOUNT_DATA');
    }
    expect(decodePythPushPrice(usdc.data.subarray(0, 1968)).price).toBe(100_028_333n);
  });

  it('rejects a header whose publisher count does not fit its declared size', () => {
    const data = copy(usdc.data);
    setU32(data, 24, 19); // 19 publishers need 2064 bytes, the header says 1968
    expectXStockLendError(() => decodePythPushPrice(data), 'INVALID_ACCOUNT_DATA');
    const huge = copy(usdc.data);
    setU32(huge, 12, 0xffffffff); // declared size beyond the data
    expectXStockLendError(() => decodePythPushPrice(huge), 'INVALID_ACCOUNT_DATA');
  });

  it('rejects a bad currentSlot with INVALID_ARGUMENT', () => {
    for (const slot of [-1, 1.5, Number.NaN, -1n]) {
      expectXStockLendError(() => decodePythPushPrice(usdc.data, slot), 'INVALID_ARGUMENT');
    }
  });

  it('rejects non-bytes with INVALID_ARGUMENT', () => {
    expectXStockLendError(() => decodePythPushPrice([1, 2, 3] as unknown as Uint8Array), 'INVALID_ARGUMENT');
  });
});
