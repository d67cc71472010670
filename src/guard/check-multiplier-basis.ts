import type { PriceBasis } from '../oracle/index.js';

/**
 * Whether a price jump across a multiplier change matches the basis the feed claims.
 *
 * Across a change of ratio r (3 for a 3:1 split) a consistent feed moves by 1/r when it quotes per share or per UI
 * token, and by 1 (no jump) when it quotes per 10^decimals raw units (share price × multiplier). A feed that has not
 * caught up shows the other pattern: a per-share feed still at the old level, or a per-raw-unit feed that dropped by
 * 1/r (new share price × old multiplier) or rose by r. The verdict is whichever pattern the observed jump is closer
 * to in log space; market moves are small beside a split's ln r.
 *
 * @param options - `jump`: current price / reference price from before the change, same basis; `ratio`: new/old multiplier; `basis`: what the feed quotes
 * @example
 * ```ts
 * import { checkMultiplierBasis } from 'xstock-lend';
 * checkMultiplierBasis({ jump: 0.34, ratio: 3, basis: 'share' }); // 'consistent' (split-adjusted share price)
 * checkMultiplierBasis({ jump: 0.34, ratio: 3, basis: 'raw-token' }); // 'mismatch' (oracle multiplier lagging)
 * ```
 */
export function checkMultiplierBasis(options: {
  jump: number;
  ratio: number;
  basis: PriceBasis;
}): 'consistent' | 'mismatch' {
  const { jump, ratio, basis } = options;
  const observed = Math.log(jump);
  const expected = basis === 'raw-token' ? 0 : -Math.log(ratio);
  const alternatives = basis === 'raw-token' ? [-Math.log(ratio), Math.log(ratio)] : [0];
  const distance = Math.abs(observed - expected);
  return alternatives.some((alt) => Math.abs(observed - alt) < distance) ? 'mismatch' : 'consistent';
}
