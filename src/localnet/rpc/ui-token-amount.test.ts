import { describe, expect, it } from 'vitest';
import { realNumberStringTrimmed, uiTokenAmount } from './ui-token-amount.js';

describe('uiTokenAmount', () => {
  it('plain mints: exact trimmed decimal text, f64 uiAmount, null uiAmount beyond 19 decimals (as Solana)', () => {
    expect(realNumberStringTrimmed(1_234_567_890n, 3)).toBe('1234567.89');
    expect(realNumberStringTrimmed(1n, 9)).toBe('0.000000001');
    expect(realNumberStringTrimmed(1_000_000_000n, 9)).toBe('1');
    expect(realNumberStringTrimmed(0n, 6)).toBe('0');
    expect(realNumberStringTrimmed(10n, 0)).toBe('10');
    expect(uiTokenAmount(42n, { decimals: 2, scaledUiAmount: null }, 0n)).toEqual({
      uiAmount: 0.42,
      decimals: 2,
      amount: '42',
      uiAmountString: '0.42',
    });
    expect(uiTokenAmount(1_234_567_890n, { decimals: 20, scaledUiAmount: null }, 0n).uiAmount).toBeNull();
  });

  it('ScaledUiAmount mints: the multiplier in force at the chain clock, truncated like Token-2022', () => {
    const config = { authority: null, multiplier: 0.99, newMultiplier: 3, newMultiplierEffectiveTimestamp: 1_000n };
    expect(uiTokenAmount(101n, { decimals: 2, scaledUiAmount: config }, 999n)).toMatchObject({
      uiAmountString: '0.99',
      uiAmount: 0.99,
      amount: '101',
    });
    expect(uiTokenAmount(101n, { decimals: 2, scaledUiAmount: config }, 1_000n)).toMatchObject({
      uiAmountString: '3.03',
      uiAmount: 3.03,
    });
    const huge = { authority: null, multiplier: 1e300, newMultiplier: 1e300, newMultiplierEffectiveTimestamp: 0n };
    expect(uiTokenAmount(10n ** 19n, { decimals: 0, scaledUiAmount: huge }, 0n)).toMatchObject({
      uiAmountString: 'inf',
      uiAmount: null,
    });
  });
});
