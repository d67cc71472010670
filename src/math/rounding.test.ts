import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { XStockLendError } from '../errors/index.js';
import { fixedToNumber, rescale } from './fixed-point.js';
import { pow10 } from './pow10.js';
import { divRound, mulDiv } from './rounding.js';

const big = fc.bigInt({ min: -(2n ** 128n), max: 2n ** 128n });
const nonZero = big.filter((d) => d !== 0n);

describe('divRound', () => {
  it('floor ≤ exact ≤ ceil, differing by at most one, and trunc moves toward zero', () => {
    fc.assert(
      fc.property(big, nonZero, (n, d) => {
        const floor = divRound(n, d, 'floor');
        const ceil = divRound(n, d, 'ceil');
        const trunc = divRound(n, d, 'trunc');
        const half = divRound(n, d, 'halfUp');
        // floor·d ≤ n (for positive d; the inequality flips for negative d)
        const sign = d > 0n ? 1n : -1n;
        expect((n - floor * d) * sign >= 0n).toBe(true);
        expect((ceil * d - n) * sign >= 0n).toBe(true);
        expect(ceil - floor).toBe(n % d === 0n ? 0n : 1n);
        expect(trunc === floor || trunc === ceil).toBe(true);
        const abs = (x: bigint) => (x < 0n ? -x : x);
        expect(abs(trunc)).toBe(abs(n) / abs(d));
        expect(half === floor || half === ceil).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
  it('rounds the textbook cases', () => {
    expect(divRound(7n, 2n, 'floor')).toBe(3n);
    expect(divRound(7n, 2n, 'ceil')).toBe(4n);
    expect(divRound(-7n, 2n, 'floor')).toBe(-4n);
    expect(divRound(-7n, 2n, 'ceil')).toBe(-3n);
    expect(divRound(-7n, 2n, 'trunc')).toBe(-3n);
    expect(divRound(5n, 2n, 'halfUp')).toBe(3n);
    expect(divRound(-5n, 2n, 'halfUp')).toBe(-3n);
    expect(divRound(4n, 3n, 'halfUp')).toBe(1n);
    expect(divRound(7n, -2n, 'floor')).toBe(-4n);
  });
  it('division by zero is a typed error', () => {
    expect(() => divRound(1n, 0n, 'floor')).toThrow(XStockLendError);
  });
});

describe('mulDiv and rescale', () => {
  it('mulDiv equals divRound of the exact product', () => {
    fc.assert(
      fc.property(big, big, nonZero, (a, b, c) => {
        expect(mulDiv(a, b, c, 'ceil')).toBe(divRound(a * b, c, 'ceil'));
      }),
    );
  });
  it('rescale up is exact and rescale down then up never overshoots on the floor side', () => {
    fc.assert(
      fc.property(big, fc.integer({ min: -18, max: 0 }), fc.integer({ min: -18, max: 0 }), (v, from, to) => {
        const moved = rescale(v, from, to, 'floor');
        const back = rescale(moved, to, from, 'floor');
        if (to <= from) expect(back).toBe(v);
        else expect(back <= v).toBe(true);
      }),
    );
    expect(rescale(43_512_345_678n, -8, -6, 'ceil')).toBe(435_123_457n);
    expect(rescale(43_512_345_678n, -8, -6, 'floor')).toBe(435_123_456n);
  });
  it('fixedToNumber keeps precision for large mantissas', () => {
    expect(fixedToNumber(43_512_345_678n, -8)).toBe(435.12345678);
    expect(fixedToNumber(12n, 3)).toBe(12_000);
    expect(fixedToNumber(-150n, -2)).toBe(-1.5);
    expect(fixedToNumber(18_446_744_073_709_551_615n, -6)).toBeCloseTo(18_446_744_073_709.55, 1);
  });
  it('pow10 caches, extends and validates', () => {
    expect(pow10(0)).toBe(1n);
    expect(pow10(18)).toBe(1_000_000_000_000_000_000n);
    expect(pow10(40)).toBe(10n ** 40n);
    for (const bad of [-1, 1.5, 78, Number.NaN]) expect(() => pow10(bad)).toThrow(XStockLendError);
  });
});
