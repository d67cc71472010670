/**
 * No multiplier change is scheduled or, with a `recentWindowSeconds`, the last one is older than the window.
 *
 * @example
 * ```ts
 * import type { NoCorporateAction } from 'xstock-lend';
 * const action: NoCorporateAction = { kind: 'none' };
 * ```
 */
export interface NoCorporateAction {
  /** Discriminant. */
  kind: 'none';
}

/**
 * A multiplier change is scheduled and not yet effective: prices quoted per raw unit will jump by `ratio` at `effectiveAt`.
 *
 * @example
 * ```ts
 * import type { PendingCorporateAction } from 'xstock-lend';
 * const split: PendingCorporateAction = { kind: 'pending', ratio: 3, effectiveAt: 1_780_272_000n, secondsUntil: 3_600n };
 * ```
 */
export interface PendingCorporateAction {
  /** Discriminant. */
  kind: 'pending';
  /** `newMultiplier / multiplier`: 3 for a 3:1 split, 1.004 for a 0.4% reinvested dividend, 0.1 for a 1:10 reverse split. */
  ratio: number;
  /** Unix seconds (chain clock) at which the new multiplier applies. */
  effectiveAt: bigint;
  /** `effectiveAt − unixTimestamp`, always > 0. */
  secondsUntil: bigint;
}

/**
 * The last scheduled multiplier change has taken effect: `newMultiplier` applies, and the stored `multiplier` still holds
 * the previous value (the program only overwrites it at the next update).
 *
 * @example
 * ```ts
 * import type { RecentCorporateAction } from 'xstock-lend';
 * const split: RecentCorporateAction = { kind: 'recent', ratio: 3, effectiveAt: 1_780_272_000n, secondsSince: 60n };
 * ```
 */
export interface RecentCorporateAction {
  /** Discriminant. */
  kind: 'recent';
  /** `newMultiplier / multiplier`, the factor the UI amount of a raw balance was multiplied by. */
  ratio: number;
  /** Unix seconds (chain clock) at which the new multiplier started to apply. */
  effectiveAt: bigint;
  /** `unixTimestamp − effectiveAt`, always ≥ 0. */
  secondsSince: bigint;
}

/**
 * What a mint's ScaledUiAmount extension says about a corporate action (split, reverse split, reinvested dividend) around
 * a point in time. See {@link getCorporateAction}.
 *
 * @example
 * ```ts
 * import { getCorporateAction, type CorporateAction } from 'xstock-lend';
 * declare const config: import('xstock-lend').ScaledUiAmountConfig;
 * const action: CorporateAction = getCorporateAction(config, 1_780_000_000n);
 * if (action.kind === 'pending') console.log(`×${action.ratio} in ${action.secondsUntil}s`);
 * ```
 */
export type CorporateAction = NoCorporateAction | PendingCorporateAction | RecentCorporateAction;
