import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { getMultiplier } from './get-multiplier.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';

const config: ScaledUiAmountConfig = {
  authority: null,
  multiplier: 1.5,
  newMultiplier: 4.5,
  newMultiplierEffectiveTimestamp: 1_000n,
};

describe('getMultiplier', () => {
  it('switches to newMultiplier exactly at the effective timestamp', () => {
    expect(getMultiplier(config, 999n)).toBe(1.5);
    expect(getMultiplier(config, 1_000n)).toBe(4.5);
    expect(getMultiplier(config, 1_001n)).toBe(4.5);
    expect(getMultiplier(config, -(2n ** 63n))).toBe(1.5);
    expect(getMultiplier(config, 2n ** 63n - 1n)).toBe(4.5);
  });

  it('uses newMultiplier at any time ≥ 0 for a freshly initialized mint (timestamp 0)', () => {
    const fresh = { ...config, multiplier: 2, newMultiplier: 2, newMultiplierEffectiveTimestamp: 0n };
    expect(getMultiplier(fresh, 0n)).toBe(2);
    expect(getMultiplier({ ...fresh, newMultiplier: 3 }, 0n)).toBe(3);
    expect(getMultiplier({ ...fresh, newMultiplier: 3 }, -1n)).toBe(2);
  });

  it('follows the on-chain rule for any time (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }),
        (now, at) => {
          const value = getMultiplier({ ...config, newMultiplierEffectiveTimestamp: at }, now);
          expect(value).toBe(now >= at ? 4.5 : 1.5);
        },
      ),
    );
  });

  it('refuses a time that is not a bigint', () => {
    expectXStockLendError(() => getMultiplier(config, 1_000 as unknown as bigint), 'INVALID_ARGUMENT');
  });
});
