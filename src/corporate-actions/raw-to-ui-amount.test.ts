import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { rawToUiAmount } from './raw-to-ui-amount.js';

const U64_MAX = 2n ** 64n - 1n;

/** Exact decimal of `amount / 10^decimals`, trimmed: the reference for multiplier 1 where f64 is exact enough. */
function exactDecimal(amount: bigint, decimals: number): string {
  if (decimals === 0) return amount.toString();
  const text = amount.toString().padStart(decimals + 1, '0');
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`.replace(/0+$/, '').replace(/\.$/, '');
}

/** Compares two non-negative decimal strings numerically. */
function compareDecimal(a: string, b: string): number {
  const [ai = '', af = ''] = a.split('.');
  const [bi = '', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(width, '0'));
  const y = BigInt(bi + bf.padEnd(width, '0'));
  return x < y ? -1 : x > y ? 1 : 0;
}

describe('rawToUiAmount', () => {
  it('truncates the f64 product (chain behaviour, not rounding)', () => {
    expect(rawToUiAmount(101n, 2, 0.99)).toBe('0.99');
    expect(rawToUiAmount(500n, 6, 0.001)).toBe('0');
    expect(rawToUiAmount(1_000_000n, 6, 1.123456789)).toBe('1.123456');
    expect(rawToUiAmount(1n, 0, 5)).toBe('5');
    expect(rawToUiAmount(1n, 1, 5)).toBe('0.5');
    expect(rawToUiAmount(1n, 10, 5)).toBe('0.0000000005');
    expect(rawToUiAmount(10_000_000_000n, 10, 5)).toBe('5');
  });

  it('trims trailing zeros and an integral decimal point, and keeps integer zeros', () => {
    expect(rawToUiAmount(23n, 2, 1)).toBe('0.23');
    expect(rawToUiAmount(110n, 2, 1)).toBe('1.1');
    expect(rawToUiAmount(4_200n, 2, 1)).toBe('42');
    expect(rawToUiAmount(0n, 2, 1)).toBe('0');
    expect(rawToUiAmount(1_000n, 0, 1)).toBe('1000');
    expect(rawToUiAmount(100_000n, 3, 1)).toBe('100');
  });

  it('prints the exact f64 digits of large values, never exponent notation', () => {
    expect(rawToUiAmount(U64_MAX, 0, 1)).toBe('18446744073709551616');
    expect(rawToUiAmount(U64_MAX, 2, 0.99)).toBe('182622766329724544');
    expect(rawToUiAmount(1_000n, 0, 1e300)).toBe(BigInt(1e303).toString());
    expect(rawToUiAmount(1n, 255, 1)).toBe(`0.${'0'.repeat(254)}1`);
  });

  it("rounds the last printed digit half to even, as Rust's {:.N} does", () => {
    // 6_000_000_000_000_023 / 10 is the f64 600000000000002.25 exactly: a tie at one decimal.
    expect(rawToUiAmount(6_000_000_000_000_023n, 1, 1)).toBe('600000000000002.2');
    expect(rawToUiAmount(6_000_000_000_000_027n, 1, 1)).toBe('600000000000002.8');
  });

  it('prints inf when the product overflows f64, as the chain does', () => {
    expect(rawToUiAmount(U64_MAX, 0, Number.MAX_VALUE)).toBe('inf');
    expect(rawToUiAmount(2n, 9, Number.MAX_VALUE)).toBe('inf');
    expect(rawToUiAmount(0n, 9, Number.MAX_VALUE)).toBe('0');
  });

  it('equals the exact decimal at multiplier 1 below 10^15 raw units (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 18 }), (amount, decimals) => {
        expect(rawToUiAmount(amount, decimals, 1)).toBe(exactDecimal(amount, decimals));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is well-formed and non-decreasing in the amount (property)', () => {
    const multiplier = fc.oneof(
      fc.constantFrom(0.99, 1.123456789, 0.001, 10, 3, 1, 1.0025),
      fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: U64_MAX - 1_000n }),
        fc.bigInt({ min: 0n, max: 1_000n }),
        fc.integer({ min: 0, max: 12 }),
        multiplier,
        (amount, step, decimals, m) => {
          const low = rawToUiAmount(amount, decimals, m);
          const high = rawToUiAmount(amount + step, decimals, m);
          for (const text of [low, high]) {
            expect(text).toMatch(decimals === 0 ? /^\d+$/ : /^\d+(\.\d*[1-9])?$/);
            expect((text.split('.')[1] ?? '').length).toBeLessThanOrEqual(decimals);
          }
          expect(compareDecimal(low, high)).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never exceeds the exact product (it truncates toward zero) (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 53n }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (amount, decimals, permille) => {
          // m = permille / 1000 is not exact in f64, so allow its own representation error: compare with m rounded up.
          const m = permille / 1_000;
          const text = rawToUiAmount(amount, decimals, m);
          const [whole = '', fraction = ''] = text.split('.');
          const printed = BigInt(whole + fraction.padEnd(decimals, '0'));
          expect(printed * 1_000n).toBeLessThanOrEqual(amount * BigInt(permille) + amount);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses bad arguments with INVALID_ARGUMENT', () => {
    for (const run of [
      () => rawToUiAmount(-1n, 6, 1),
      () => rawToUiAmount(U64_MAX + 1n, 6, 1),
      () => rawToUiAmount(5 as unknown as bigint, 6, 1),
      () => rawToUiAmount(5n, -1, 1),
      () => rawToUiAmount(5n, 256, 1),
      () => rawToUiAmount(5n, 1.5, 1),
      () => rawToUiAmount(5n, Number.NaN, 1),
      () => rawToUiAmount(5n, 6, 0),
      () => rawToUiAmount(5n, 6, -1),
      () => rawToUiAmount(5n, 6, Number.NaN),
      () => rawToUiAmount(5n, 6, Number.POSITIVE_INFINITY),
      () => rawToUiAmount(5n, 6, 5e-324),
    ]) {
      expectXStockLendError(run, 'INVALID_ARGUMENT');
    }
  });
});
