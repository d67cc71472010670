import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { rawToUiAmount } from './raw-to-ui-amount.js';
import { uiToRawAmount } from './ui-to-raw-amount.js';

const U64_MAX = 2n ** 64n - 1n;

describe('uiToRawAmount', () => {
  it('parses what Rust parses and truncates the f64 quotient', () => {
    const cases: [string, number, number, bigint][] = [
      ['5.0', 0, 5, 1n],
      ['0.500000000', 1, 5, 1n],
      ['0.00000000050000000000000000', 10, 5, 1n],
      ['5.0000000000000000', 10, 5, 10_000_000_000n],
      ['0.99', 2, 0.99, 100n],
      ['0.23', 2, 1, 23n],
      ['0.2000', 2, 1, 20n],
      ['.2', 2, 1, 20n],
      ['1.10', 2, 1, 110n],
      ['42.', 2, 1, 4_200n],
      ['0', 2, 1, 0n],
      ['0.111', 2, 1, 11n],
      ['+1.5', 0, 1, 1n],
      ['-0', 6, 1, 0n],
      ['-0.0', 6, 1, 0n],
      ['1e3', 2, 0.99, 101_010n],
      ['1E-2', 2, 1, 1n],
      ['1e+2', 0, 1, 100n],
      ['1e-400', 0, 1, 0n],
      ['3', 6, 3, 1_000_000n],
    ];
    for (const [ui, decimals, multiplier, expected] of cases) {
      expect(uiToRawAmount(ui, decimals, multiplier), ui).toBe(expected);
    }
  });

  it('saturates at exactly 2^64 and refuses anything above', () => {
    expect(uiToRawAmount('92233720368547758075', 0, 5)).toBe(U64_MAX);
    expect(uiToRawAmount('18446744073709551616', 0, 1)).toBe(U64_MAX);
    expect(uiToRawAmount('1.7976931348623157e308', 0, Number.MAX_VALUE)).toBe(1n);
    expect(uiToRawAmount('1.7976931348623157E308', 0, 9.745314011399998e288)).toBe(U64_MAX);
    const error = expectXStockLendError(() => uiToRawAmount('18446744073709551615', 0, 0.1), 'INVALID_ARGUMENT');
    expect(error.context.reason).toBe('overflow');
    expectXStockLendError(() => uiToRawAmount('1e30', 2, 0.99), 'INVALID_ARGUMENT');
    expectXStockLendError(() => uiToRawAmount('1e400', 0, 1), 'INVALID_ARGUMENT');
  });

  it('refuses what the chain refuses, with INVALID_ARGUMENT', () => {
    const reasons: Record<string, string> = {
      '': 'syntax',
      '.': 'syntax',
      '0.t': 'syntax',
      ' 1': 'syntax',
      '1 ': 'syntax',
      '1_000': 'syntax',
      '0x10': 'syntax',
      '1,5': 'syntax',
      e5: 'syntax',
      '1e': 'syntax',
      '1e+': 'syntax',
      '+': 'syntax',
      '+-1': 'syntax',
      '1.2.3': 'syntax',
      Infinity: 'not-finite',
      inf: 'not-finite',
      '-inf': 'not-finite',
      NaN: 'not-finite',
      nan: 'not-finite',
      '-0.0000000000000000000001': 'negative',
      '-1': 'negative',
    };
    for (const [ui, reason] of Object.entries(reasons)) {
      const error = expectXStockLendError(() => uiToRawAmount(ui, 0, 0.1), 'INVALID_ARGUMENT');
      expect(error.context.reason, ui).toBe(reason);
    }
  });

  it('refuses 0 / 0 when the total multiplier underflows to zero', () => {
    const error = expectXStockLendError(() => uiToRawAmount('0', 255, 2 ** -1022), 'INVALID_ARGUMENT');
    expect(error.context.reason).toBe('not-a-number');
  });

  it('refuses bad arguments', () => {
    expectXStockLendError(() => uiToRawAmount(5 as unknown as string, 0, 1), 'INVALID_ARGUMENT');
    expectXStockLendError(() => uiToRawAmount('5', 256, 1), 'INVALID_ARGUMENT');
    expectXStockLendError(() => uiToRawAmount('5', 0, 0), 'INVALID_ARGUMENT');
    expectXStockLendError(() => uiToRawAmount('5', 0, Number.NaN), 'INVALID_ARGUMENT');
  });

  it('inverts integer amounts exactly at multiplier 1 and 0 decimals (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 53n }), (amount) => {
        expect(uiToRawAmount(amount.toString(), 0, 1)).toBe(amount);
      }),
    );
  });

  it('gives back the amount, or one less, from its own UI string at multiplier 1 (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 9 }), (amount, decimals) => {
        const back = uiToRawAmount(rawToUiAmount(amount, decimals, 1), decimals, 1);
        expect(back === amount || back === amount - 1n).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws anything but XStockLendError on random strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.eE+-_ xinfa'.split('')) }), (ui) => {
        try {
          const raw = uiToRawAmount(ui, 6, 1.5);
          expect(raw >= 0n && raw <= U64_MAX).toBe(true);
        } catch (error) {
          expect((error as { code?: string }).code).toBe('INVALID_ARGUMENT');
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
