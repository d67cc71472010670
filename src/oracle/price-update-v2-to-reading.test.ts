import { describe, expect, it } from 'vitest';
import { SAMPLE_FULL_UPDATE, SAMPLE_PARTIAL_UPDATE } from '../../test/oracle/helpers/encode-price-update-v2.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { assertPriceUpdateV2FullyVerified } from './assert-price-update-v2-fully-verified.js';
import type { PriceBasis } from './oracle-reading.js';
import { priceUpdateV2ToReading } from './price-update-v2-to-reading.js';

describe('priceUpdateV2ToReading', () => {
  it('normalizes to a pyth-pull reading on the share basis by default, without status', () => {
    const reading = priceUpdateV2ToReading(SAMPLE_FULL_UPDATE);
    expect(reading).toEqual({
      source: 'pyth-pull',
      basis: 'share',
      price: 43_512_345_678n,
      exponent: -8,
      confidence: 21_000_000n,
      publishTime: 1_764_000_000n,
      emaPrice: 43_400_000_000n,
    });
    expect('status' in reading).toBe(false);
  });

  it('takes the basis the caller knows the feed has', () => {
    expect(priceUpdateV2ToReading(SAMPLE_FULL_UPDATE, 'ui-token').basis).toBe('ui-token');
    expect(priceUpdateV2ToReading(SAMPLE_FULL_UPDATE, 'raw-token').basis).toBe('raw-token');
  });

  it('rejects an unknown basis with INVALID_ARGUMENT', () => {
    expectXStockLendError(() => priceUpdateV2ToReading(SAMPLE_FULL_UPDATE, 'usd' as PriceBasis), 'INVALID_ARGUMENT');
  });
});

describe('assertPriceUpdateV2FullyVerified', () => {
  it('passes a fully verified update', () => {
    expect(() => assertPriceUpdateV2FullyVerified(SAMPLE_FULL_UPDATE)).not.toThrow();
  });

  it('refuses a partially verified one with ORACLE_INVALID', () => {
    const error = expectXStockLendError(
      () => assertPriceUpdateV2FullyVerified(SAMPLE_PARTIAL_UPDATE),
      'ORACLE_INVALID',
    );
    expect(error.context).toMatchObject({ verificationLevel: 'partial', numSignatures: 5 });
  });
});
