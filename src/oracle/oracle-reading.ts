/**
 * What one unit of an oracle quote is (see FACTS "price bases"):
 * - `share`: one underlying share (Pyth `Equity.US.TSLA/USD`, Chainlink v10 `price`);
 * - `ui-token`: one token as a wallet shows it (Pyth `Crypto.TSLAX/USD`); equal to a share while the token tracks it 1:1;
 * - `raw-token`: 10^decimals raw units (Kamino Scope ChainlinkX = share price × current multiplier), Kamino's unit.
 *
 * @example
 * ```ts
 * import type { PriceBasis } from 'xstock-lend';
 * const basis: PriceBasis = 'raw-token';
 * ```
 */
export type PriceBasis = 'share' | 'ui-token' | 'raw-token';

/**
 * The oracle source a reading came from.
 *
 * @example
 * ```ts
 * import type { OracleSource } from 'xstock-lend';
 * const source: OracleSource = 'pyth-pull';
 * ```
 */
export type OracleSource = 'pyth-pull' | 'pyth-push' | 'scope';

/**
 * One oracle observation, normalized across Pyth pull, Pyth push and Kamino Scope.
 * The price is the fixed-point integer `price × 10^exponent` USD per unit of `basis`.
 *
 * @example
 * ```ts
 * import type { OracleReading } from 'xstock-lend';
 * const reading: OracleReading = {
 *   source: 'pyth-pull', basis: 'share', price: 43_512_000_000n, exponent: -8,
 *   confidence: 21_000_000n, publishTime: 1_764_000_000n,
 * };
 * ```
 */
export interface OracleReading {
  /** Which oracle produced it. */
  source: OracleSource;
  /** What one unit of the quote is. Readers set it; callers may override it when they know the feed better. */
  basis: PriceBasis;
  /** The price mantissa: USD = `price × 10^exponent`. */
  price: bigint;
  /** The decimal exponent of `price`, `confidence` and `emaPrice` (usually negative). */
  exponent: number;
  /** The confidence interval half-width in the same units as `price` (0 when the oracle publishes none). */
  confidence: bigint;
  /** Unix seconds when the oracle last published this price. */
  publishTime: bigint;
  /** The exponentially weighted moving average price, when the oracle has one. */
  emaPrice?: bigint;
  /** Trading status, when the oracle reports one (Pyth push does; pull and Scope do not). */
  status?: 'trading' | 'halted' | 'unknown';
}
