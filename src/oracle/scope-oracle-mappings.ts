/**
 * A decoded Kamino Scope `OracleMappings` account: per entry (0–511), where Scope reads the price and how.
 * Arrays are indexed by entry, like `OraclePrices.prices`.
 *
 * @example
 * ```ts
 * import { decodeScopeOracleMappings, SCOPE_ORACLE_TYPE_CHAINLINK_X, type ScopeOracleMappings } from 'xstock-lend';
 * const mappings: ScopeOracleMappings = decodeScopeOracleMappings(mappingsData);
 * const chainlinkX = mappings.priceTypes.flatMap((type, i) => (type === SCOPE_ORACLE_TYPE_CHAINLINK_X ? [i] : []));
 * ```
 */
export interface ScopeOracleMappings {
  /** The source account per entry (base58): a price account, a Chainlink feed id as a key, or the Scope program id for derived entries. */
  priceInfoAccounts: string[];
  /** The Scope `OracleType` per entry (0 = unused; 37 = ChainlinkX, see {@link SCOPE_ORACLE_TYPE_CHAINLINK_X}). */
  priceTypes: number[];
  /** For TWAP entries, the index of the source entry (65535 = none). */
  twapSource: number[];
  /** Bitmask of the TWAPs (EMA 1 h / 8 h / 24 h) Scope maintains for the entry. */
  twapEnabledBitmask: number[];
  /** The entry whose price this one is checked against (65535 = none). */
  refPrice: number[];
  /** The 20-byte per-type configuration (copies); for ChainlinkX byte 0 is the market-status behaviour. */
  generic: Uint8Array[];
}
