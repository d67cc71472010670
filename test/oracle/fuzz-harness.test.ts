import { describe, expect, it } from 'vitest';
import { XStockLendError } from '../../src/errors/index.js';
import { fuzzBuffers, fuzzDecoder } from './helpers/fuzz-buffers.js';

function catchError(fn: () => unknown): Error | undefined {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

const valid = [Uint8Array.from({ length: 40 }, (_, i) => i)];

describe('fuzz harness', () => {
  it('fails the property when a decoder throws something other than an XStockLendError', () => {
    const decode = (bytes: Uint8Array) => {
      if (bytes.length < 10) throw new RangeError('out of bounds');
      return bytes.length;
    };
    const failure = catchError(() =>
      fuzzDecoder(fuzzBuffers(valid), decode, () => {}, ['INVALID_ACCOUNT_DATA'], 2_000),
    );
    expect(failure?.message).toMatch(/Property failed/);
    expect(failure?.cause).toBeInstanceOf(RangeError);
  });

  it('fails the property on an XStockLendError whose code is not allowed', () => {
    const decode = (bytes: Uint8Array) => {
      if (bytes[0] !== 0) throw new XStockLendError('RPC_ERROR', 'not a decoding error');
      return bytes.length;
    };
    const failure = catchError(() =>
      fuzzDecoder(fuzzBuffers(valid), decode, () => {}, ['INVALID_ACCOUNT_DATA'], 2_000),
    );
    expect(failure?.message).toMatch(/Property failed/);
    expect((failure?.cause as XStockLendError | undefined)?.code).toBe('RPC_ERROR');
  });

  it('counts outcomes and draws every kind of buffer', () => {
    const lengths = new Set<number>();
    const stats = fuzzDecoder(
      fuzzBuffers(valid, { maxRandomLength: 16 }),
      (bytes) => {
        lengths.add(bytes.length);
        if (bytes.length < 40) throw new XStockLendError('INVALID_ACCOUNT_DATA', 'short');
        return bytes;
      },
      (bytes) => expect(bytes.length).toBeGreaterThanOrEqual(40),
      ['INVALID_ACCOUNT_DATA'],
      5_000,
    );
    expect((stats.ok ?? 0) + (stats.INVALID_ACCOUNT_DATA ?? 0)).toBe(5_000);
    expect(stats.ok).toBeGreaterThan(500); // flipped and extended accounts
    expect([...lengths].some((n) => n > 40)).toBe(true); // extended
    expect(lengths.has(0)).toBe(true); // random or truncated to nothing
  });
});
