import { describe, expect, it } from 'vitest';
import { encodeToken2022Mint } from '../../test/corporate-actions/encode-token-2022-mint.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodeScaledUiAmountConfig } from './decode-scaled-ui-amount-config.js';

describe('decodeScaledUiAmountConfig', () => {
  it('returns null for a mint without the extension', () => {
    expect(decodeScaledUiAmountConfig(encodeToken2022Mint())).toBeNull();
    const pausableOnly = encodeToken2022Mint({ extensions: [{ kind: 'Pausable', authority: null, paused: false }] });
    expect(decodeScaledUiAmountConfig(pausableOnly)).toBeNull();
  });

  it('finds the extension after others, with a null authority', () => {
    const data = encodeToken2022Mint({
      extensions: [
        { kind: 'Pausable', authority: null, paused: false },
        { kind: 'PermanentDelegate', delegate: null },
        {
          kind: 'ScaledUiAmount',
          authority: null,
          multiplier: 1,
          newMultiplier: 10,
          newMultiplierEffectiveTimestamp: 42n,
        },
      ],
    });
    expect(decodeScaledUiAmountConfig(data)).toEqual({
      authority: null,
      multiplier: 1,
      newMultiplier: 10,
      newMultiplierEffectiveTimestamp: 42n,
    });
  });

  it('reads a negative effective timestamp as the i64 it is', () => {
    const data = encodeToken2022Mint({
      extensions: [
        {
          kind: 'ScaledUiAmount',
          authority: null,
          multiplier: 1,
          newMultiplier: 1,
          newMultiplierEffectiveTimestamp: 0n,
        },
      ],
    });
    new DataView(data.buffer).setBigInt64(166 + 4 + 40, -5n, true);
    expect(decodeScaledUiAmountConfig(data)?.newMultiplierEffectiveTimestamp).toBe(-5n);
  });

  it('refuses malformed data', () => {
    expectXStockLendError(() => decodeScaledUiAmountConfig(new Uint8Array(100)), 'INVALID_ACCOUNT_DATA');
  });
});
