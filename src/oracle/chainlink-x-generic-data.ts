/**
 * Scope's state for a ChainlinkX (Chainlink Data Streams v10, xStocks) entry, kept in `DatedPrice.generic_data`.
 * Scope suspends the refresh 24 h before `activationDateTime` (a split or dividend multiplier change) and resumes it by hand.
 *
 * @example
 * ```ts
 * import { decodeChainlinkXGenericData, type ChainlinkXGenericData } from 'xstock-lend';
 * const data: ChainlinkXGenericData = decodeChainlinkXGenericData(entry.genericData);
 * if (data.suspended) console.log('price frozen ahead of', new Date(Number(data.activationDateTime) * 1000));
 * ```
 */
export interface ChainlinkXGenericData {
  /** Unix seconds of the last accepted report's observations. */
  observationsTimestamp: bigint;
  /** True when Scope has stopped refreshing the price ahead of a corporate action. */
  suspended: boolean;
  /** Unix seconds when the report's new multiplier takes effect (0 when none is scheduled). */
  activationDateTime: bigint;
}
