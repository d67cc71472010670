/**
 * The Token-2022 `ScaledUiAmount` mint extension (type 25, 56 bytes): how xStocks carry splits and reinvested dividends.
 *
 * A wallet shows `raw × multiplier / 10^decimals`; all on-chain accounting (and klend) stays in raw units. The program
 * switches from `multiplier` to `newMultiplier` once the cluster clock reaches `newMultiplierEffectiveTimestamp`, without
 * rewriting `multiplier`: the stored `multiplier` can be stale, so always go through {@link getMultiplier}.
 *
 * @example
 * ```ts
 * import type { ScaledUiAmountConfig } from 'xstock-lend';
 * // A 3:1 split scheduled for 2026-06-01T00:00:00Z
 * const config: ScaledUiAmountConfig = {
 *   authority: null,
 *   multiplier: 1,
 *   newMultiplier: 3,
 *   newMultiplierEffectiveTimestamp: 1_780_272_000n,
 * };
 * ```
 */
export interface ScaledUiAmountConfig {
  /** The key allowed to update the multiplier, or `null` when none is set (all-zero `OptionalNonZeroPubkey`). */
  authority: string | null;
  /** The multiplier before `newMultiplierEffectiveTimestamp` (a positive, normal f64). */
  multiplier: number;
  /** The multiplier from `newMultiplierEffectiveTimestamp` on (equal to `multiplier` when nothing is scheduled). */
  newMultiplier: number;
  /** Unix seconds (chain clock) from which `newMultiplier` applies; `0n` when the mint never scheduled a change. */
  newMultiplierEffectiveTimestamp: bigint;
}
