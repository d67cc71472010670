import type { MarketSession } from '../calendar/index.js';

/**
 * What the guard concluded about a reading, most severe first:
 * `invalid` (no usable price), `halted` (the oracle says trading is halted or unknown), `stale` (too old for the
 * session), `corporate-action` (a multiplier change is imminent or not yet reflected by the oracle), `market-closed`
 * (the regular session is closed: last close with a gap haircut), `live`.
 *
 * @example
 * ```ts
 * import type { GuardStatus } from 'xstock-lend';
 * const s: GuardStatus = 'market-closed';
 * ```
 */
export type GuardStatus = 'live' | 'market-closed' | 'stale' | 'corporate-action' | 'halted' | 'invalid';

/**
 * A price a lending position can act on, with what it allows now and why.
 * All prices are USD; `NaN` when `status` is `invalid` (there is no price to give).
 *
 * @example
 * ```ts
 * import { guardPrice, type GuardedPrice } from 'xstock-lend';
 * const g: GuardedPrice = guardPrice({ reading, at: new Date(), symbol: 'TSLAx' });
 * if (!g.canBorrow) console.log(g.reasons.join('\n'));
 * ```
 */
export interface GuardedPrice {
  /** The verdict. */
  status: GuardStatus;
  /** Oracle mid per underlying share = per whole UI token (what a wallet shows). */
  priceUsd: number;
  /** Per 10^decimals raw units = `priceUsd × multiplier` at `at`: the unit Kamino values collateral in. */
  rawTokenPriceUsd: number;
  /** Conservative low side per share: `(mid − k·conf) × (1 − closed-market haircut)`. */
  collateralPriceUsd: number;
  /** Conservative high side per share: `(mid + k·conf) × (1 + closed-market haircut)`. */
  debtPriceUsd: number;
  /** The US equity session at `at`. */
  session: MarketSession;
  /** Whether a new borrow against (or of) this asset is safe now. */
  canBorrow: boolean;
  /** Whether a collateral withdrawal is safe now. */
  canWithdraw: boolean;
  /** Whether a liquidation at this price is safe now. */
  canLiquidate: boolean;
  /** The token's multiplier at `at` used for `rawTokenPriceUsd` (1 when no mint was given). */
  multiplier: number;
  /** The closed-market haircut applied, as a fraction (0 while the regular session is open). */
  haircut: number;
  /** One line per rule that fired, for logs and UIs. */
  reasons: string[];
}
