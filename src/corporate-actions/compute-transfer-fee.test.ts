import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { computeTransferFee } from './compute-transfer-fee.js';
import { getEpochTransferFee } from './get-epoch-transfer-fee.js';
import type { TransferFeeConfig } from './token-2022-mint.js';

const oneBps = { epoch: 0n, maximumFee: 5_000n, transferFeeBasisPoints: 1 };

describe('computeTransferFee', () => {
  it('rounds up and caps at the maximum fee', () => {
    expect(computeTransferFee(oneBps, 0n)).toBe(0n);
    expect(computeTransferFee(oneBps, 1n)).toBe(1n);
    expect(computeTransferFee(oneBps, 10_000n)).toBe(1n);
    expect(computeTransferFee(oneBps, 10_001n)).toBe(2n);
    expect(computeTransferFee(oneBps, 5_000n * 10_000n - 1n)).toBe(5_000n);
    expect(computeTransferFee(oneBps, 2n ** 64n - 1n)).toBe(5_000n);
  });

  it('is zero at 0 bps and at a zero maximum', () => {
    expect(computeTransferFee({ ...oneBps, transferFeeBasisPoints: 0 }, 2n ** 64n - 1n)).toBe(0n);
    expect(computeTransferFee({ ...oneBps, maximumFee: 0n, transferFeeBasisPoints: 10_000 }, 123n)).toBe(0n);
  });

  it('is the ceiling of amount × bps / 10 000, capped (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        (amount, bps, maximumFee) => {
          const fee = computeTransferFee({ epoch: 0n, maximumFee, transferFeeBasisPoints: bps }, amount);
          expect(fee <= maximumFee).toBe(true);
          expect(fee <= amount).toBe(true);
          if (fee < maximumFee) {
            expect(fee * 10_000n >= amount * BigInt(bps)).toBe(true);
            expect(fee === 0n || (fee - 1n) * 10_000n < amount * BigInt(bps)).toBe(true);
          }
        },
      ),
    );
  });

  it('refuses an amount outside u64', () => {
    expectXStockLendError(() => computeTransferFee(oneBps, -1n), 'INVALID_ARGUMENT');
    expectXStockLendError(() => computeTransferFee(oneBps, 2n ** 64n), 'INVALID_ARGUMENT');
  });
});

describe('getEpochTransferFee', () => {
  const config: TransferFeeConfig = {
    transferFeeConfigAuthority: null,
    withdrawWithheldAuthority: null,
    withheldAmount: 0n,
    olderTransferFee: { epoch: 1n, maximumFee: 10n, transferFeeBasisPoints: 100 },
    newerTransferFee: { epoch: 100n, maximumFee: 5_000n, transferFeeBasisPoints: 1 },
  };

  it('switches to the newer fee at its epoch', () => {
    expect(getEpochTransferFee(config, 99n)).toBe(config.olderTransferFee);
    expect(getEpochTransferFee(config, 100n)).toBe(config.newerTransferFee);
    expect(getEpochTransferFee(config, 2n ** 64n - 1n)).toBe(config.newerTransferFee);
    expect(getEpochTransferFee(config, 0n)).toBe(config.olderTransferFee);
  });

  it('refuses a non-bigint epoch', () => {
    expectXStockLendError(() => getEpochTransferFee(config, 100 as unknown as bigint), 'INVALID_ARGUMENT');
  });
});
