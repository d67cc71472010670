import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RawJson, stringifyJson } from './json-value.js';

describe('stringifyJson', () => {
  it('writes bigints exactly, embeds raw JSON, skips undefined properties, writes non-finite numbers as null', () => {
    expect(
      stringifyJson({ a: 18446744073709551615n, b: undefined, c: new RawJson('{"x":1}'), d: [Number.NaN, -0] }),
    ).toBe('{"a":18446744073709551615,"c":{"x":1},"d":[null,0]}');
  });

  it('equals JSON.stringify on plain JSON (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value as never)).toBe(JSON.stringify(value));
      }),
      { numRuns: 1_000 },
    );
  });
});
