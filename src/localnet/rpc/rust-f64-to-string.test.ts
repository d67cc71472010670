import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rustF64ToString } from './rust-f64-to-string.js';

describe('rustF64ToString', () => {
  it('prints like Rust f64::to_string: shortest digits, never an exponent', () => {
    expect(rustF64ToString(1)).toBe('1');
    expect(rustF64ToString(1.5)).toBe('1.5');
    expect(rustF64ToString(0.1)).toBe('0.1');
    expect(rustF64ToString(1e21)).toBe('1000000000000000000000');
    expect(rustF64ToString(1.5e-7)).toBe('0.00000015');
    expect(rustF64ToString(-2.5e22)).toBe('-25000000000000000000000');
    expect(rustF64ToString(5e-324)).toBe(`0.${'0'.repeat(323)}5`);
    expect(rustF64ToString(-0)).toBe('-0');
    expect(rustF64ToString(Number.POSITIVE_INFINITY)).toBe('inf');
    expect(rustF64ToString(Number.NEGATIVE_INFINITY)).toBe('-inf');
    expect(rustF64ToString(Number.NaN)).toBe('NaN');
  });

  it('reads back to the same number and never contains an exponent (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = rustF64ToString(value);
        expect(text).not.toMatch(/e/i);
        expect(Object.is(Number(text), value) || (value === 0 && Number(text) === 0)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});
