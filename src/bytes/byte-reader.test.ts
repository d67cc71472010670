import { describe, expect, it } from 'vitest';
import { XStockLendError } from '../errors/index.js';
import { ByteReader } from './byte-reader.js';

describe('ByteReader', () => {
  it('reads little-endian fields in order', () => {
    const bytes = new Uint8Array(8 + 8 + 4 + 2 + 1 + 32);
    const view = new DataView(bytes.buffer);
    view.setBigUint64(0, 2n ** 64n - 1n, true);
    view.setFloat64(8, 1.5, true);
    view.setInt32(16, -8, true);
    view.setUint16(20, 513, true);
    bytes[22] = 7;
    const r = new ByteReader(bytes, 'Test');
    expect(r.u64('a')).toBe(2n ** 64n - 1n);
    expect(r.f64('b')).toBe(1.5);
    expect(r.i32('c')).toBe(-8);
    expect(r.u16('d')).toBe(513);
    expect(r.u8('e')).toBe(7);
    expect(r.publicKey('f')).toBe('11111111111111111111111111111111');
    expect(r.remaining).toBe(0);
  });
  it('respects a subarray view offset', () => {
    const backing = new Uint8Array([9, 9, 1, 0]);
    expect(new ByteReader(backing.subarray(2), 'Test').u16('x')).toBe(1);
  });
  it('throws INVALID_ACCOUNT_DATA with the field name past the end', () => {
    const r = new ByteReader(new Uint8Array(3), 'PriceUpdateV2');
    try {
      r.u32('price');
      throw new Error('no throw');
    } catch (error) {
      expect(error).toBeInstanceOf(XStockLendError);
      expect((error as XStockLendError).code).toBe('INVALID_ACCOUNT_DATA');
      expect((error as XStockLendError).context).toMatchObject({
        layout: 'PriceUpdateV2',
        field: 'price',
        offset: 0,
        size: 4,
      });
    }
  });
});
