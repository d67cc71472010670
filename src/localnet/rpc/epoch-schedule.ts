/**
 * The fields of the EpochSchedule sysvar that place a slot in an epoch.
 *
 * @example
 * ```ts
 * const schedule: EpochScheduleValues = { slotsPerEpoch: 432_000n, warmup: false, firstNormalEpoch: 0n, firstNormalSlot: 0n };
 * ```
 */
export interface EpochScheduleValues {
  /** Slots in a normal epoch. */
  slotsPerEpoch: bigint;
  /** Whether epochs start short (32 slots) and double until `firstNormalEpoch`. */
  warmup: boolean;
  /** First epoch of `slotsPerEpoch` slots. */
  firstNormalEpoch: bigint;
  /** First slot of `firstNormalEpoch`. */
  firstNormalSlot: bigint;
}

/** Solana's `MINIMUM_SLOTS_PER_EPOCH`: the length of epoch 0 under warmup. */
const MINIMUM_SLOTS_PER_EPOCH = 32n;

/**
 * The epoch containing `slot` and the slot's index in it, as the runtime's `EpochSchedule::get_epoch_and_slot_index`
 * computes them (warmup epochs are 32, 64, 128, … slots long).
 *
 * @param schedule - the epoch schedule
 * @param slot - an absolute slot
 * @example
 * ```ts
 * getEpochAndSlotIndex({ slotsPerEpoch: 432_000n, warmup: true, firstNormalEpoch: 14n, firstNormalSlot: 524_256n }, 40n);
 * // { epoch: 1n, slotIndex: 8n, slotsInEpoch: 64n }
 * ```
 */
export function getEpochAndSlotIndex(
  schedule: EpochScheduleValues,
  slot: bigint,
): { epoch: bigint; slotIndex: bigint; slotsInEpoch: bigint } {
  if (schedule.warmup && slot < schedule.firstNormalSlot) {
    let epoch = 0n;
    let first = 0n;
    let length = MINIMUM_SLOTS_PER_EPOCH;
    while (slot >= first + length) {
      first += length;
      length *= 2n;
      epoch += 1n;
    }
    return { epoch, slotIndex: slot - first, slotsInEpoch: length };
  }
  const normalIndex = slot - schedule.firstNormalSlot;
  const slotsPerEpoch = schedule.slotsPerEpoch > 0n ? schedule.slotsPerEpoch : 1n;
  return {
    epoch: schedule.firstNormalEpoch + normalIndex / slotsPerEpoch,
    slotIndex: normalIndex % slotsPerEpoch,
    slotsInEpoch: slotsPerEpoch,
  };
}
