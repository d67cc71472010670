import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { getCorporateAction } from './get-corporate-action.js';
import { getMultiplier } from './get-multiplier.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';

const split: ScaledUiAmountConfig = {
  authority: null,
  multiplier: 1,
  newMultiplier: 3,
  newMultiplierEffectiveTimestamp: 1_780_272_000n,
};

describe('getCorporateAction', () => {
  it('reports a scheduled 3:1 split as pending, then recent', () => {
    expect(getCorporateAction(split, 1_780_268_400n)).toEqual({
      kind: 'pending',
      ratio: 3,
      effectiveAt: 1_780_272_000n,
      secondsUntil: 3_600n,
    });
    expect(getCorporateAction(split, 1_780_271_999n)).toMatchObject({ kind: 'pending', secondsUntil: 1n });
    expect(getCorporateAction(split, 1_780_272_000n)).toEqual({
      kind: 'recent',
      ratio: 3,
      effectiveAt: 1_780_272_000n,
      secondsSince: 0n,
    });
    expect(getCorporateAction(split, 1_780_272_060n)).toMatchObject({ kind: 'recent', secondsSince: 60n });
  });

  it('reports reverse splits and dividends with their ratio', () => {
    const reverse = { ...split, multiplier: 3, newMultiplier: 0.3 };
    expect(getCorporateAction(reverse, 0n)).toMatchObject({ kind: 'pending', ratio: 0.09999999999999999 });
    const dividend = { ...split, multiplier: 1.0025, newMultiplier: 1.0065 };
    expect(getCorporateAction(dividend, 2_000_000_000n)).toMatchObject({ kind: 'recent', ratio: 1.0065 / 1.0025 });
  });

  it('reports none when nothing is scheduled', () => {
    expect(getCorporateAction({ ...split, newMultiplier: 1 }, 0n)).toEqual({ kind: 'none' });
    expect(getCorporateAction({ ...split, newMultiplierEffectiveTimestamp: 0n }, 5n)).toEqual({ kind: 'none' });
    expect(getCorporateAction({ ...split, newMultiplierEffectiveTimestamp: -5n }, -10n)).toEqual({ kind: 'none' });
  });

  it('turns recent into none outside the optional window', () => {
    const window = { recentWindowSeconds: 86_400n };
    expect(getCorporateAction(split, 1_780_272_000n + 86_400n, window)).toMatchObject({ kind: 'recent' });
    expect(getCorporateAction(split, 1_780_272_000n + 86_401n, window)).toEqual({ kind: 'none' });
    expect(getCorporateAction(split, 1_780_000_000n, window)).toMatchObject({ kind: 'pending' });
  });

  it('agrees with getMultiplier: pending ⇒ old multiplier applies, recent ⇒ new (property)', () => {
    const multiplier = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        multiplier,
        multiplier,
        fc.bigInt({ min: 0n, max: 4_000_000_000n }),
        fc.bigInt({ min: 0n, max: 4_000_000_000n }),
        (a, b, at, now) => {
          const config = { authority: null, multiplier: a, newMultiplier: b, newMultiplierEffectiveTimestamp: at };
          const action = getCorporateAction(config, now);
          if (action.kind === 'none') {
            expect(a === b || at === 0n).toBe(true);
            return;
          }
          expect(action.ratio).toBe(b / a);
          expect(action.effectiveAt).toBe(at);
          if (action.kind === 'pending') {
            expect(getMultiplier(config, now)).toBe(a);
            expect(action.secondsUntil).toBe(at - now);
            expect(action.secondsUntil > 0n).toBe(true);
          } else {
            expect(getMultiplier(config, now)).toBe(b);
            expect(action.secondsSince).toBe(now - at);
            expect(action.secondsSince >= 0n).toBe(true);
          }
        },
      ),
    );
  });

  it('refuses bad arguments', () => {
    expectXStockLendError(() => getCorporateAction(split, 5 as unknown as bigint), 'INVALID_ARGUMENT');
    expectXStockLendError(() => getCorporateAction(split, 5n, { recentWindowSeconds: -1n }), 'INVALID_ARGUMENT');
    expectXStockLendError(
      () => getCorporateAction(split, 5n, { recentWindowSeconds: 10 as unknown as bigint }),
      'INVALID_ARGUMENT',
    );
  });
});
