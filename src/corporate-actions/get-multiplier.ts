import { assertUnixTimestamp } from './assert-unix-timestamp.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';

/**
 * The multiplier Token-2022 applies at `unixTimestamp`: `newMultiplier` once `unixTimestamp >= newMultiplierEffectiveTimestamp`,
 * `multiplier` before. Pass the chain's `Clock.unix_timestamp` (it can lag or lead the local clock), not `Date.now()`.
 *
 * @param config - the decoded extension
 * @param unixTimestamp - Unix seconds on the chain clock
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` when `unixTimestamp` is not a bigint.
 * @example
 * ```ts
 * import { getMultiplier } from 'xstock-lend';
 * const config = { authority: null, multiplier: 1, newMultiplier: 3, newMultiplierEffectiveTimestamp: 1_780_272_000n };
 * getMultiplier(config, 1_780_271_999n); // 1
 * getMultiplier(config, 1_780_272_000n); // 3
 * ```
 */
export function getMultiplier(config: ScaledUiAmountConfig, unixTimestamp: bigint): number {
  assertUnixTimestamp(unixTimestamp);
  return unixTimestamp >= config.newMultiplierEffectiveTimestamp ? config.newMultiplier : config.multiplier;
}
