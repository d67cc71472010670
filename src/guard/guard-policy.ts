/**
 * The rules {@link guardPrice} applies. Every field has a documented default ({@link DEFAULT_GUARD_POLICY}); pass a
 * `Partial<GuardPolicy>` to override some.
 *
 * @example
 * ```ts
 * import type { GuardPolicy } from 'xstock-lend';
 * const strict: Partial<GuardPolicy> = { maxAgeOpenSeconds: 15, allowBorrowWhileClosed: false };
 * ```
 */
export interface GuardPolicy {
  /**
   * Whose hours the asset keeps: `us-equity` (default; xStocks: the NYSE calendar decides between `live` and
   * `market-closed`) or `always` (USDC and other 24/7 assets: only the age of the price matters, no haircut).
   */
  tradingHours: 'us-equity' | 'always';
  /** While the regular session is open, a reading older than this is `stale`. Default 60 s. */
  maxAgeOpenSeconds: number;
  /** A publish time further than this in the future (clock skew) makes the reading `invalid`. Default 10 s. */
  maxFutureSkewSeconds: number;
  /** Collateral is priced at `mid − k·conf`, debt at `mid + k·conf`. Default k = 2. */
  confidenceMultiplier: number;
  /**
   * Closed-market haircut scale c in basis points (the haircut at 65.5 h since the close). Default: the figure derived
   * for `symbol` from 2000–2024 gaps (src/guard/gap-haircuts.ts), or {@link DEFAULT_GAP_HAIRCUT_BPS} for unknown symbols.
   */
  haircutBps?: number;
  /**
   * What the closed-market haircut grows with: `elapsed` (time since the last close; the haircut reaches its calibrated
   * weekend value at the Monday open) or `full-closure` (the whole closure's length from the first minute: more
   * conservative on Friday evening). Default `elapsed`.
   */
  haircutClock: 'elapsed' | 'full-closure';
  /** Allow new borrows while the regular session is closed, at the haircut collateral price. Default true. */
  allowBorrowWhileClosed: boolean;
  /** Allow withdrawals while the regular session is closed, at the haircut collateral price. Default true. */
  allowWithdrawWhileClosed: boolean;
  /**
   * Allow liquidations while closed. Default false: a frozen price is not price discovery, and the next open may
   * gap either way; wait for it.
   */
  allowLiquidationWhileClosed: boolean;
  /** No new borrows or withdrawals this long before a pending multiplier change. Default 86,400 s (24 h, as Scope). */
  corporateActionWindowSeconds: number;
  /**
   * After a split-sized multiplier change, how long the reading's basis is checked against `reference` (and, without a
   * reference, nothing is allowed). Default 259,200 s (72 h: covers a weekend and the first session after it).
   */
  splitCheckWindowSeconds: number;
  /**
   * Multiplier ratios at least this far from 1 (r ≥ 1.5 or r ≤ 1/1.5) count as splits whose jump can be told from
   * market moves; smaller changes (reinvested dividends, ~0.1–1%) are too small to mis-value a position. Default 1.5.
   */
  splitDetectionMinRatio: number;
}

/**
 * The defaults of {@link GuardPolicy}.
 *
 * @example
 * ```ts
 * import { DEFAULT_GUARD_POLICY } from 'xstock-lend';
 * console.log(DEFAULT_GUARD_POLICY.maxAgeOpenSeconds); // 60
 * ```
 */
export const DEFAULT_GUARD_POLICY: Readonly<GuardPolicy> = Object.freeze({
  tradingHours: 'us-equity',
  maxAgeOpenSeconds: 60,
  maxFutureSkewSeconds: 10,
  confidenceMultiplier: 2,
  haircutClock: 'elapsed',
  allowBorrowWhileClosed: true,
  allowWithdrawWhileClosed: true,
  allowLiquidationWhileClosed: false,
  corporateActionWindowSeconds: 86_400,
  splitCheckWindowSeconds: 259_200,
  splitDetectionMinRatio: 1.5,
});
