import type { ChainlinkXGenericData } from './chainlink-x-generic-data.js';

/**
 * One decoded entry of a Kamino Scope `OraclePrices` account (`DatedPrice`). The price is USD = `value × 10^−exp`
 * (Scope's `exp` counts decimals). For ChainlinkX entries the price is per 10^decimals raw token units (share price ×
 * current ScaledUiAmount multiplier).
 *
 * @example
 * ```ts
 * import { decodeScopePrice, type ScopeDatedPrice } from 'xstock-lend';
 * const entry: ScopeDatedPrice = decodeScopePrice(oraclePricesData, 338, { chainlinkX: true });
 * console.log(entry.value, entry.exp, entry.chainlinkX?.suspended);
 * ```
 */
export interface ScopeDatedPrice {
  /** The entry's index in the account (0–511), the number klend's price chains refer to. */
  index: number;
  /** The price mantissa (u64). */
  value: bigint;
  /** The number of decimals of `value` (u64; USD = `value / 10^exp`). */
  exp: bigint;
  /** The slot Scope attributes to the price (u64). */
  lastUpdatedSlot: bigint;
  /** Unix seconds of the price (u64); Scope keeps refreshing it on weekends while the price is frozen. */
  unixTimestamp: bigint;
  /** The raw 24-byte `generic_data` (a copy), whose meaning depends on the entry's oracle type. */
  genericData: Uint8Array;
  /** `generic_data` decoded as ChainlinkX data, present only when the caller said the entry is ChainlinkX. */
  chainlinkX?: ChainlinkXGenericData;
}

/**
 * A decoded Kamino Scope `OraclePrices` account.
 *
 * @example
 * ```ts
 * import { decodeScopeOraclePrices, type ScopeOraclePrices } from 'xstock-lend';
 * const prices: ScopeOraclePrices = decodeScopeOraclePrices(oraclePricesData);
 * console.log(prices.oracleMappings, prices.prices.length); // …, 512
 * ```
 */
export interface ScopeOraclePrices {
  /** The `OracleMappings` account that configures these prices (base58). */
  oracleMappings: string;
  /** All 512 entries, `prices[i].index === i`. */
  prices: ScopeDatedPrice[];
}
