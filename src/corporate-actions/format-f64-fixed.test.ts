import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { f64Pow10 } from './f64-pow10.js';
import { formatF64Fixed } from './format-f64-fixed.js';

describe('formatF64Fixed', () => {
  it('prints the exact binary value with the requested digits', () => {
    expect(formatF64Fixed(0, 0)).toBe('0');
    expect(formatF64Fixed(0, 3)).toBe('0.000');
    expect(formatF64Fixed(0.1, 20)).toBe('0.10000000000000000555');
    expect(formatF64Fixed(2 ** 64, 0)).toBe('18446744073709551616');
    expect(formatF64Fixed(1e21, 1)).toBe('1000000000000000000000.0');
    expect(formatF64Fixed(5e-324, 3)).toBe('0.000');
    expect(formatF64Fixed(Number.MAX_VALUE, 0)).toBe(BigInt(Number.MAX_VALUE).toString());
  });

  it('rounds ties to even', () => {
    expect(formatF64Fixed(0.5, 0)).toBe('0');
    expect(formatF64Fixed(1.5, 0)).toBe('2');
    expect(formatF64Fixed(2.5, 0)).toBe('2');
    expect(formatF64Fixed(0.125, 2)).toBe('0.12');
    expect(formatF64Fixed(0.375, 2)).toBe('0.38');
    // 0.35 is really 0.34999999999999997779…, not a tie
    expect(formatF64Fixed(0.35, 1)).toBe('0.3');
  });

  it('agrees with toFixed except on exact ties (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e20, noNaN: true }), fc.integer({ min: 0, max: 20 }), (value, digits) => {
        const ours = formatF64Fixed(value, digits);
        const tie = formatF64Fixed(value, digits + 60).slice(-60) === `5${'0'.repeat(59)}`;
        if (!tie) expect(ours).toBe(value.toFixed(digits));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('f64Pow10', () => {
  it('is exact up to 10^22', () => {
    for (let n = 0; n <= 22; n++) expect(f64Pow10(n)).toBe(Number(`1e${n}`));
  });

  it('squares and multiplies like compiler-builtins __powidf2, which differs from 10 ** n above 10^22', () => {
    // 10^26 = 10^2 × 10^8 × 10^16 in that order, each product rounded
    expect(f64Pow10(26)).toBe(100 * 1e8 * 1e16);
    expect(f64Pow10(26)).not.toBe(10 ** 26);
    expect(f64Pow10(255)).toBeGreaterThan(1e254);
    expect(Number.isFinite(f64Pow10(255))).toBe(true);
  });
});
