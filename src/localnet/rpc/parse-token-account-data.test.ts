import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTokenAccountBase, parseTokenAccountData } from './parse-token-account-data.js';

const MINT = { decimals: 6, scaledUiAmount: null };

describe('parseTokenAccountData', () => {
  it('never throws on arbitrary bytes, and only parses data of a token account, mint or multisig size (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.uint8Array({ minLength: 165, maxLength: 165 }),
          fc.uint8Array({ minLength: 82, maxLength: 82 }),
          fc.uint8Array({ minLength: 166, maxLength: 300 }).map((bytes) => {
            bytes[165] = 2;
            return bytes;
          }),
        ),
        (data) => {
          const parsed = parseTokenAccountData(data, () => MINT, 0n) as { type?: string } | null;
          if (parsed === null) return;
          if (parsed.type === 'account') expect(data.length === 165 || data[165] === 2).toBe(true);
          else if (parsed.type === 'mint') expect(data.length === 82 || data[165] === 1).toBe(true);
          else expect(data.length).toBe(355);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('refuses an uninitialized account, a bad option tag, a multisig-sized buffer; falls back when the mint is unknown', () => {
    const account = new Uint8Array(165);
    expect(decodeTokenAccountBase(account)).toBeNull();
    account[108] = 1;
    expect(decodeTokenAccountBase(account)?.state).toBe('initialized');
    account[72] = 2;
    expect(decodeTokenAccountBase(account)).toBeNull();
    account[72] = 0;
    expect(parseTokenAccountData(account, () => null, 0n)).toBeNull();
    const multisigSized = new Uint8Array(355);
    multisigSized[108] = 1;
    multisigSized[165] = 2;
    expect(decodeTokenAccountBase(multisigSized)).toBeNull();
  });
});
