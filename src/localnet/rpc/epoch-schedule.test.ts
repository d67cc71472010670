import { describe, expect, it } from 'vitest';
import { getEpochAndSlotIndex } from './epoch-schedule.js';

const WARMUP = { slotsPerEpoch: 432_000n, warmup: true, firstNormalEpoch: 14n, firstNormalSlot: 524_256n };
const FLAT = { slotsPerEpoch: 32n, warmup: false, firstNormalEpoch: 0n, firstNormalSlot: 0n };

describe('getEpochAndSlotIndex', () => {
  it('walks the warmup epochs (32, 64, 128, … slots) up to the first normal slot', () => {
    expect(getEpochAndSlotIndex(WARMUP, 0n)).toEqual({ epoch: 0n, slotIndex: 0n, slotsInEpoch: 32n });
    expect(getEpochAndSlotIndex(WARMUP, 31n)).toEqual({ epoch: 0n, slotIndex: 31n, slotsInEpoch: 32n });
    expect(getEpochAndSlotIndex(WARMUP, 32n)).toEqual({ epoch: 1n, slotIndex: 0n, slotsInEpoch: 64n });
    expect(getEpochAndSlotIndex(WARMUP, 524_255n)).toEqual({ epoch: 13n, slotIndex: 262_143n, slotsInEpoch: 262_144n });
    expect(getEpochAndSlotIndex(WARMUP, 524_256n)).toEqual({ epoch: 14n, slotIndex: 0n, slotsInEpoch: 432_000n });
  });

  it('counts normal epochs from the first normal slot', () => {
    expect(getEpochAndSlotIndex(WARMUP, 524_256n + 432_000n * 3n + 7n)).toEqual({
      epoch: 17n,
      slotIndex: 7n,
      slotsInEpoch: 432_000n,
    });
    expect(getEpochAndSlotIndex(FLAT, 65n)).toEqual({ epoch: 2n, slotIndex: 1n, slotsInEpoch: 32n });
  });
});
