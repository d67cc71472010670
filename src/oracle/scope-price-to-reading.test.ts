import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import type { PriceBasis } from './oracle-reading.js';
import type { ScopeDatedPrice } from './scope-dated-price.js';
import { scopePriceToReading } from './scope-price-to-reading.js';

const entry: ScopeDatedPrice = {
  index: 338,
  value: 43_512_345_678n,
  exp: 8n,
  lastUpdatedSlot: 380_000_002n,
  unixTimestamp: 1_764_000_002n,
  genericData: new Uint8Array(24),
};

describe('scopePriceToReading', () => {
  it('normalizes to a scope reading per 10^decimals raw units by default, confidence 0, no status, no EMA', () => {
    const reading = scopePriceToReading(entry);
    expect(reading).toEqual({
      source: 'scope',
      basis: 'raw-token',
      price: 43_512_345_678n,
      exponent: -8,
      confidence: 0n,
      publishTime: 1_764_000_002n,
    });
    expect('status' in reading || 'emaPrice' in reading).toBe(false);
  });

  it('takes another basis when the caller knows the entry quotes a share', () => {
    expect(scopePriceToReading(entry, 'share').basis).toBe('share');
  });

  it('maps exp 0 to exponent +0 and exp 38 to −38', () => {
    expect(Object.is(scopePriceToReading({ ...entry, exp: 0n }).exponent, 0)).toBe(true);
    expect(scopePriceToReading({ ...entry, exp: 38n }).exponent).toBe(-38);
  });

  it('refuses more than 38 decimals with ORACLE_INVALID', () => {
    for (const exp of [39n, 18_446_744_073_709_551_615n]) {
      expectXStockLendError(() => scopePriceToReading({ ...entry, exp }), 'ORACLE_INVALID');
    }
  });

  it('rejects an unknown basis with INVALID_ARGUMENT', () => {
    expectXStockLendError(() => scopePriceToReading(entry, 'per-share' as PriceBasis), 'INVALID_ARGUMENT');
  });
});
