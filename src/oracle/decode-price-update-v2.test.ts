import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, hexToBytes } from '../../test/oracle/helpers/byte-writer.js';
import {
  encodePriceUpdateV2,
  PRICE_UPDATE_V2_ACCOUNT_SIZE,
  SAMPLE_FULL_UPDATE,
  SAMPLE_PARTIAL_UPDATE,
} from '../../test/oracle/helpers/encode-price-update-v2.js';
import { loadFixture } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodePriceUpdateV2, PRICE_UPDATE_V2_DISCRIMINATOR } from './decode-price-update-v2.js';

interface CodecCase {
  name: string;
  writeAuthority: string;
  verificationLevel: { kind: 'full' } | { kind: 'partial'; numSignatures: number };
  feedId: string;
  price: string;
  conf: string;
  exponent: number;
  publishTime: string;
  prevPublishTime: string;
  emaPrice: string;
  emaConf: string;
  postedSlot: string;
  data: string;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('decodePriceUpdateV2', () => {
  it('uses sha256("account:PriceUpdateV2")[0..8] as the discriminator', () => {
    const digest = createHash('sha256').update('account:PriceUpdateV2').digest();
    expect(Buffer.from(PRICE_UPDATE_V2_DISCRIMINATOR).toString('hex')).toBe(digest.subarray(0, 8).toString('hex'));
    expect(Buffer.from(PRICE_UPDATE_V2_DISCRIMINATOR).toString('hex')).toBe('22f123639d7ef4cd');
  });

  it('round-trips a fully verified update, message at byte 41', () => {
    const data = encodePriceUpdateV2(SAMPLE_FULL_UPDATE);
    expect(data.length).toBe(PRICE_UPDATE_V2_ACCOUNT_SIZE);
    expect(data[40]).toBe(1); // VerificationLevel::Full
    expect(Buffer.from(data.subarray(41, 73)).toString('hex')).toBe(SAMPLE_FULL_UPDATE.feedId);
    expect(view(data).getBigInt64(73, true)).toBe(SAMPLE_FULL_UPDATE.price);
    expect(view(data).getInt32(89, true)).toBe(-8);
    expect(view(data).getBigUint64(125, true)).toBe(SAMPLE_FULL_UPDATE.postedSlot);
    expect(data[133]).toBe(0); // the Full variant leaves one byte of the allocation unused
    expect(decodePriceUpdateV2(data)).toEqual(SAMPLE_FULL_UPDATE);
  });

  it('round-trips a partially verified update, message at byte 42', () => {
    const data = encodePriceUpdateV2(SAMPLE_PARTIAL_UPDATE);
    expect(data.length).toBe(PRICE_UPDATE_V2_ACCOUNT_SIZE);
    expect([data[40], data[41]]).toEqual([0, 5]); // VerificationLevel::Partial { num_signatures: 5 }
    expect(Buffer.from(data.subarray(42, 74)).toString('hex')).toBe(SAMPLE_PARTIAL_UPDATE.feedId);
    expect(view(data).getBigInt64(74, true)).toBe(SAMPLE_PARTIAL_UPDATE.price);
    expect(view(data).getBigUint64(126, true)).toBe(SAMPLE_PARTIAL_UPDATE.postedSlot);
    expect(decodePriceUpdateV2(data)).toEqual(SAMPLE_PARTIAL_UPDATE);
  });

  it('decodes the bytes klend-sdk 8.0.2 codegen (pyth_rec IDL) encodes, including extreme values', () => {
    const { cases } = loadFixture<{ cases: CodecCase[] }>('price-update-v2.klend-sdk-codec.json');
    expect(cases.map((c) => c.name)).toEqual(['full', 'partial']);
    for (const c of cases) {
      const data = base64ToBytes(c.data);
      const expected = {
        writeAuthority: c.writeAuthority,
        verificationLevel: c.verificationLevel,
        feedId: c.feedId,
        price: BigInt(c.price),
        conf: BigInt(c.conf),
        exponent: c.exponent,
        publishTime: BigInt(c.publishTime),
        prevPublishTime: BigInt(c.prevPublishTime),
        emaPrice: BigInt(c.emaPrice),
        emaConf: BigInt(c.emaConf),
        postedSlot: BigInt(c.postedSlot),
      };
      expect(decodePriceUpdateV2(data)).toEqual(expected);
      // and our field-by-field encoder produces the very same bytes
      expect(Buffer.from(encodePriceUpdateV2(expected)).toString('base64')).toBe(c.data);
    }
  });

  it('reads from a subarray at a non-zero byte offset', () => {
    const data = encodePriceUpdateV2(SAMPLE_FULL_UPDATE);
    const padded = new Uint8Array(data.length + 13);
    padded.set(data, 13);
    expect(decodePriceUpdateV2(padded.subarray(13))).toEqual(SAMPLE_FULL_UPDATE);
  });

  it('accepts accounts without the trailing spare byte (133-byte Full)', () => {
    expect(decodePriceUpdateV2(encodePriceUpdateV2(SAMPLE_FULL_UPDATE, 133)).postedSlot).toBe(380_000_000n);
  });

  it('rejects another account type with ACCOUNT_DISCRIMINATOR_MISMATCH', () => {
    const data = encodePriceUpdateV2(SAMPLE_FULL_UPDATE);
    data[7] = (data[7] ?? 0) ^ 0xff;
    const error = expectXStockLendError(() => decodePriceUpdateV2(data), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
    expect(error.context.expected).toBe('22f123639d7ef4cd');
  });

  it('rejects an unknown verification level variant with INVALID_ACCOUNT_DATA', () => {
    for (const variant of [2, 3, 0xff]) {
      const data = encodePriceUpdateV2(SAMPLE_FULL_UPDATE);
      data[40] = variant;
      const error = expectXStockLendError(() => decodePriceUpdateV2(data), 'INVALID_ACCOUNT_DATA');
      expect(error.context).toMatchObject({ field: 'verification_level', offset: 40, variant });
    }
  });

  it('rejects every truncation with INVALID_ACCOUNT_DATA', () => {
    for (const update of [SAMPLE_FULL_UPDATE, SAMPLE_PARTIAL_UPDATE]) {
      const data = encodePriceUpdateV2(update);
      const needed = update.verificationLevel.kind === 'full' ? 133 : 134;
      for (let length = 0; length < needed; length++) {
        expectXStockLendError(() => decodePriceUpdateV2(data.subarray(0, length)), 'INVALID_ACCOUNT_DATA');
      }
      expect(decodePriceUpdateV2(data.subarray(0, needed))).toEqual(update);
    }
  });

  it('rejects non-bytes with INVALID_ARGUMENT', () => {
    expectXStockLendError(() => decodePriceUpdateV2('IvEjY51+9M0=' as unknown as Uint8Array), 'INVALID_ARGUMENT');
    expectXStockLendError(() => decodePriceUpdateV2(undefined as unknown as Uint8Array), 'INVALID_ARGUMENT');
  });

  it('keeps checking the real discriminator even if a caller mutates the exported bytes', () => {
    const saved = PRICE_UPDATE_V2_DISCRIMINATOR.slice();
    try {
      PRICE_UPDATE_V2_DISCRIMINATOR.fill(0);
      expect(decodePriceUpdateV2(encodePriceUpdateV2(SAMPLE_FULL_UPDATE)).price).toBe(SAMPLE_FULL_UPDATE.price);
      const zeroed = encodePriceUpdateV2(SAMPLE_FULL_UPDATE);
      zeroed.fill(0, 0, 8);
      expectXStockLendError(() => decodePriceUpdateV2(zeroed), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
    } finally {
      PRICE_UPDATE_V2_DISCRIMINATOR.set(saved);
    }
  });

  it('prints the feed id as 64 lower-case hex characters without 0x', () => {
    const feedId = 'ff'.repeat(16) + '0a'.repeat(16);
    const decoded = decodePriceUpdateV2(encodePriceUpdateV2({ ...SAMPLE_FULL_UPDATE, feedId }));
    expect(decoded.feedId).toBe(feedId);
    expect(hexToBytes(decoded.feedId)).toEqual(hexToBytes(feedId));
  });
});
