import { describe, expect, it } from 'vitest';
import { JsonRpcError } from './json-rpc-error.js';
import { matchesFilters, readProgramAccountFilters } from './program-account-filters.js';

describe('program account filters', () => {
  it('decode base58 (default) and base64 bytes to the same filter', () => {
    const [base58] = readProgramAccountFilters([{ memcmp: { offset: 3, bytes: '2' } }], 4);
    const [base64] = readProgramAccountFilters([{ memcmp: { offset: 3, bytes: 'AQ==', encoding: 'base64' } }], 4);
    expect(base58).toEqual(base64);
    expect(base58).toEqual({ kind: 'memcmp', offset: 3, bytes: new Uint8Array([1]) });
  });

  it('match like Solana: all filters, memcmp past the end fails, empty bytes match', () => {
    const data = new Uint8Array([0, 1, 2, 3]);
    expect(matchesFilters(data, [])).toBe(true);
    expect(matchesFilters(data, [{ kind: 'memcmp', offset: 2, bytes: new Uint8Array([2, 3]) }])).toBe(true);
    expect(matchesFilters(data, [{ kind: 'memcmp', offset: 3, bytes: new Uint8Array([3, 4]) }])).toBe(false);
    expect(matchesFilters(data, [{ kind: 'memcmp', offset: 4, bytes: new Uint8Array() }])).toBe(true);
    expect(matchesFilters(data, [{ kind: 'memcmp', offset: 5, bytes: new Uint8Array() }])).toBe(false);
    expect(
      matchesFilters(data, [
        { kind: 'dataSize', size: 4 },
        { kind: 'dataSize', size: 5 },
      ]),
    ).toBe(false);
  });

  it('refuse oversize bytes (> 128 decoded) and too many filters', () => {
    expect(() =>
      readProgramAccountFilters([{ memcmp: { offset: 0, bytes: 'A'.repeat(172), encoding: 'base64' } }], 4),
    ).toThrow(JsonRpcError);
    expect(() => readProgramAccountFilters([{ dataSize: 1 }, { dataSize: 2 }], 1)).toThrow(/max 1/);
  });
});
