import { rescale } from '../../math/index.js';
import type { PriceUpdateV2 } from '../../oracle/index.js';
import type { ScopePriceEntryInput } from './scope-oracle-prices-encoding.js';
import { encodeChainlinkXGenericData } from './scope-oracle-prices-encoding.js';
import type { FixedPrice, SeedReserveParams } from './xstocks-reserve-params.js';

/** Pyth equity feeds publish with exponent −8 here. */
const PYTH_EXPONENT = -8;

/**
 * A price observation for one seeded asset.
 *
 * @example
 * ```ts
 * import type { SeedPriceObservation } from 'xstock-lend/localnet';
 * const o: SeedPriceObservation = { price: { value: 43_000_000_000n, exp: 8 }, multiplier: 1, slot: 0n, unixTimestamp: 1_790_000_000n };
 * ```
 */
export interface SeedPriceObservation {
  /** Price per share (per UI token). */
  price: FixedPrice;
  /** The current ScaledUiAmount multiplier (1 for USDC and fresh xStocks). */
  multiplier: number;
  /** Slot stamped on the entries. */
  slot: bigint;
  /** Unix seconds stamped on the entries. */
  unixTimestamp: bigint;
  /** TWAP price per share (default: `price`). */
  twapPrice?: FixedPrice;
  /** ChainlinkX `suspended` flag for xStock spot entries (default false). */
  suspended?: boolean;
  /** ChainlinkX `activation_date_time` (default 0). */
  activationDateTime?: bigint;
}

function perRawUnits(price: FixedPrice, multiplier: number): bigint {
  if (multiplier === 1) return price.value;
  return BigInt(Math.round(Number(price.value) * multiplier));
}

/**
 * The Scope entries of an asset for an observation: spot at `scopePriceIndex` and, if any, TWAP at `scopeTwapIndex`,
 * both per 10^decimals raw units (share price × multiplier, as Scope's ChainlinkX stores it). xStock spot entries carry
 * ChainlinkX `generic_data` (observations timestamp, suspended flag, activation time).
 *
 * @param params - the asset's reserve parameters
 * @param observation - see {@link SeedPriceObservation}
 * @example
 * ```ts
 * import { scopeEntriesForObservation, XSTOCKS_RESERVE_PARAMS } from 'xstock-lend/localnet';
 * const entries = scopeEntriesForObservation(XSTOCKS_RESERVE_PARAMS[3]!, observation);
 * ```
 */
export function scopeEntriesForObservation(
  params: SeedReserveParams,
  observation: SeedPriceObservation,
): ScopePriceEntryInput[] {
  const spot: ScopePriceEntryInput = {
    index: params.scopePriceIndex,
    value: perRawUnits(observation.price, observation.multiplier),
    exp: observation.price.exp,
    lastUpdatedSlot: observation.slot,
    unixTimestamp: observation.unixTimestamp,
  };
  if (params.tokenProgram === 'token-2022') {
    spot.genericData = encodeChainlinkXGenericData({
      observationsTimestamp: observation.unixTimestamp,
      suspended: observation.suspended ?? false,
      activationDateTime: observation.activationDateTime ?? 0n,
    });
  }
  if (params.scopeTwapIndex === null) return [spot];
  const twap = observation.twapPrice ?? observation.price;
  return [
    spot,
    {
      index: params.scopeTwapIndex,
      value: perRawUnits(twap, observation.multiplier),
      exp: twap.exp,
      lastUpdatedSlot: observation.slot,
      unixTimestamp: observation.unixTimestamp,
    },
  ];
}

/**
 * The Pyth `PriceUpdateV2` of an asset for an observation: the feed's price per share (Pyth's `Equity.US.*` feeds quote
 * the share, not the token), exponent −8, confidence 5 bps, EMA = price, fully verified.
 *
 * @param params - the asset's reserve parameters
 * @param observation - see {@link SeedPriceObservation}
 * @param writeAuthority - the update's write authority
 * @example
 * ```ts
 * import { priceUpdateForObservation } from 'xstock-lend/localnet';
 * const update = priceUpdateForObservation(params, observation, writeAuthority);
 * ```
 */
export function priceUpdateForObservation(
  params: SeedReserveParams,
  observation: SeedPriceObservation,
  writeAuthority: string,
): PriceUpdateV2 {
  const price = rescale(observation.price.value, -observation.price.exp, PYTH_EXPONENT, 'halfUp');
  const conf = price / 2_000n;
  return {
    writeAuthority,
    verificationLevel: { kind: 'full' },
    feedId: params.pythFeedId,
    price,
    conf,
    exponent: PYTH_EXPONENT,
    publishTime: observation.unixTimestamp,
    prevPublishTime: observation.unixTimestamp - 1n,
    emaPrice: price,
    emaConf: conf,
    postedSlot: observation.slot,
  };
}
