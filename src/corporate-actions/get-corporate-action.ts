import { XStockLendError } from '../errors/index.js';
import { assertUnixTimestamp } from './assert-unix-timestamp.js';
import type { CorporateAction } from './corporate-action.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';

/**
 * Options for {@link getCorporateAction}.
 *
 * @example
 * ```ts
 * import type { GetCorporateActionOptions } from 'xstock-lend';
 * const options: GetCorporateActionOptions = { recentWindowSeconds: 7n * 86_400n };
 * ```
 */
export interface GetCorporateActionOptions {
  /**
   * Report a change that took effect more than this many seconds ago as `none` instead of `recent`. By default there is no
   * window: a change stays `recent` until the authority's next update rewrites the stored multiplier.
   */
  recentWindowSeconds?: bigint;
}

/**
 * Classifies the ScaledUiAmount state of a mint at `unixTimestamp` (the chain clock):
 *
 * - `none`: nothing scheduled: `newMultiplier === multiplier`, or `newMultiplierEffectiveTimestamp ≤ 0` (the program writes
 *   0 at initialization and floors negative times to 0); also a `recent` change older than `recentWindowSeconds`;
 * - `pending`: `unixTimestamp < newMultiplierEffectiveTimestamp` and the multipliers differ: the change is announced
 *   on chain and will apply at `effectiveAt` (Token-2022 switches at `unixTimestamp >= effectiveAt`, as {@link getMultiplier});
 * - `recent`: `unixTimestamp >= newMultiplierEffectiveTimestamp` and the multipliers differ: the change applies now, and
 *   oracles or positions valued per raw unit may not have caught up.
 *
 * `ratio = newMultiplier / multiplier` (3 for a 3:1 split). The program only folds `newMultiplier` into `multiplier` on
 * the next `UpdateMultiplier`, so after a change the state stays `recent` until then unless a window is given.
 *
 * @param config - the decoded extension
 * @param unixTimestamp - Unix seconds on the chain clock
 * @param options - see {@link GetCorporateActionOptions}
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a non-bigint time or a negative window.
 * @example
 * ```ts
 * import { getCorporateAction } from 'xstock-lend';
 * const config = { authority: null, multiplier: 1, newMultiplier: 3, newMultiplierEffectiveTimestamp: 1_780_272_000n };
 * getCorporateAction(config, 1_780_268_400n); // { kind: 'pending', ratio: 3, effectiveAt: 1_780_272_000n, secondsUntil: 3_600n }
 * getCorporateAction(config, 1_780_272_060n); // { kind: 'recent', ratio: 3, effectiveAt: 1_780_272_000n, secondsSince: 60n }
 * ```
 */
export function getCorporateAction(
  config: ScaledUiAmountConfig,
  unixTimestamp: bigint,
  options: GetCorporateActionOptions = {},
): CorporateAction {
  assertUnixTimestamp(unixTimestamp);
  const window = options.recentWindowSeconds;
  if (window !== undefined && (typeof window !== 'bigint' || window < 0n)) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `recentWindowSeconds must be a non-negative bigint, got ${String(window)}.`,
      {
        context: { recentWindowSeconds: String(window) },
      },
    );
  }
  const effectiveAt = config.newMultiplierEffectiveTimestamp;
  if (effectiveAt <= 0n || config.newMultiplier === config.multiplier) return { kind: 'none' };
  const ratio = config.newMultiplier / config.multiplier;
  if (unixTimestamp < effectiveAt)
    return { kind: 'pending', ratio, effectiveAt, secondsUntil: effectiveAt - unixTimestamp };
  const secondsSince = unixTimestamp - effectiveAt;
  if (window !== undefined && secondsSince > window) return { kind: 'none' };
  return { kind: 'recent', ratio, effectiveAt, secondsSince };
}
