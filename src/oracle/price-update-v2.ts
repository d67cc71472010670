/**
 * How many Wormhole guardian signatures the Pyth receiver checked before posting a `PriceUpdateV2`:
 * `full` (a quorum) or `partial` with the number checked. Pyth's own consumers accept only `full` by default.
 *
 * @example
 * ```ts
 * import type { PythVerificationLevel } from 'xstock-lend';
 * const level: PythVerificationLevel = { kind: 'partial', numSignatures: 5 };
 * ```
 */
export type PythVerificationLevel =
  | {
      /** Verified by a full Wormhole guardian quorum. */
      kind: 'full';
    }
  | {
      /** Verified by fewer guardian signatures than a quorum. */
      kind: 'partial';
      /** How many guardian signatures were checked. */
      numSignatures: number;
    };

/**
 * A decoded Pyth pull-oracle `PriceUpdateV2` account (owned by the Pyth receiver or the Pyth push-oracle program).
 * Prices are fixed-point: USD = `price × 10^exponent`. There is no status field: freshness is `now − publishTime`.
 *
 * @example
 * ```ts
 * import { decodePriceUpdateV2, type PriceUpdateV2 } from 'xstock-lend';
 * const update: PriceUpdateV2 = decodePriceUpdateV2(accountData);
 * console.log(update.feedId, update.price, update.exponent);
 * ```
 */
export interface PriceUpdateV2 {
  /** The account allowed to overwrite this update (base58). */
  writeAuthority: string;
  /** How thoroughly the Wormhole signatures were verified. */
  verificationLevel: PythVerificationLevel;
  /** The Pyth price feed id, 64 lower-case hex characters without `0x`. */
  feedId: string;
  /** The aggregate price mantissa (i64). */
  price: bigint;
  /** The confidence interval half-width, same units as `price` (u64). */
  conf: bigint;
  /** The decimal exponent of `price`, `conf`, `emaPrice` and `emaConf` (i32). */
  exponent: number;
  /** Unix seconds of the price (i64). */
  publishTime: bigint;
  /** Unix seconds of the previous price (i64). */
  prevPublishTime: bigint;
  /** The exponentially weighted moving average price mantissa (i64). */
  emaPrice: bigint;
  /** The EMA confidence half-width (u64). */
  emaConf: bigint;
  /** The Solana slot the update was posted at (u64). */
  postedSlot: bigint;
}
