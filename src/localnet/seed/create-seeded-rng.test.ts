import { describe, expect, it } from 'vitest';
import { createSeededRng } from './create-seeded-rng.js';

describe('createSeededRng', () => {
  it('repeats for a seed, differs across seeds, stays in range', () => {
    const a = createSeededRng(42);
    const b = createSeededRng(42);
    const c = createSeededRng(43);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const ints = Array.from({ length: 2000 }, () => a.int(1, 3));
    expect(new Set(ints)).toEqual(new Set([1, 2, 3]));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it('fills byte arrays of any length deterministically', () => {
    const bytes = createSeededRng(1).fill(new Uint8Array(33));
    expect(createSeededRng(1).fill(new Uint8Array(33))).toEqual(bytes);
    expect(new Set(bytes).size).toBeGreaterThan(10);
  });
});
