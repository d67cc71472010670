/**
 * Number of price entries in a Kamino Scope `OraclePrices` / `OracleMappings` account (`MAX_ENTRIES`).
 *
 * @example
 * ```ts
 * import { SCOPE_MAX_ENTRIES } from 'xstock-lend';
 * console.log(SCOPE_MAX_ENTRIES); // 512
 * ```
 */
export const SCOPE_MAX_ENTRIES = 512;

/**
 * Scope `OracleType` of Chainlink xStocks (Data Streams v10) entries, as stored in `OracleMappings.price_types`.
 *
 * @example
 * ```ts
 * import { SCOPE_ORACLE_TYPE_CHAINLINK_X, decodeScopeOracleMappings } from 'xstock-lend';
 * const mappings = decodeScopeOracleMappings(mappingsData);
 * const isChainlinkX = mappings.priceTypes[338] === SCOPE_ORACLE_TYPE_CHAINLINK_X;
 * ```
 */
export const SCOPE_ORACLE_TYPE_CHAINLINK_X = 37;

/**
 * Anchor discriminator of Scope `OraclePrices`: `sha256("account:OraclePrices")[0..8]` = `598076dd0648b492`.
 *
 * @example
 * ```ts
 * import { SCOPE_ORACLE_PRICES_DISCRIMINATOR } from 'xstock-lend';
 * console.log(SCOPE_ORACLE_PRICES_DISCRIMINATOR.length); // 8
 * ```
 */
export const SCOPE_ORACLE_PRICES_DISCRIMINATOR: Uint8Array = new Uint8Array([
  0x59, 0x80, 0x76, 0xdd, 0x06, 0x48, 0xb4, 0x92,
]);

/**
 * Anchor discriminator of Scope `OracleMappings`: `sha256("account:OracleMappings")[0..8]` = `28f46e50ffd6f3bc`.
 *
 * @example
 * ```ts
 * import { SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR } from 'xstock-lend';
 * console.log(SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR.length); // 8
 * ```
 */
export const SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR: Uint8Array = new Uint8Array([
  0x28, 0xf4, 0x6e, 0x50, 0xff, 0xd6, 0xf3, 0xbc,
]);

/** `SCOPE_ORACLE_PRICES_DISCRIMINATOR` as hex, what the decoders check (immutable). @internal */
export const SCOPE_ORACLE_PRICES_DISCRIMINATOR_HEX = '598076dd0648b492';

/** `SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR` as hex, what the decoder checks (immutable). @internal */
export const SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR_HEX = '28f46e50ffd6f3bc';

/** Bytes of one `DatedPrice`: value u64 | exp u64 | last_updated_slot u64 | unix_timestamp u64 | generic_data [u8; 24]. @internal */
export const SCOPE_DATED_PRICE_SIZE = 56;

/** Offset of `prices[0]`: discriminator 8 | oracle_mappings 32. @internal */
export const SCOPE_PRICES_OFFSET = 40;

/**
 * Size of a Scope `OraclePrices` account: 8 + 32 + 512 × 56 = 28,712 bytes.
 *
 * @example
 * ```ts
 * import { SCOPE_ORACLE_PRICES_SIZE } from 'xstock-lend';
 * console.log(SCOPE_ORACLE_PRICES_SIZE); // 28712
 * ```
 */
export const SCOPE_ORACLE_PRICES_SIZE = SCOPE_PRICES_OFFSET + SCOPE_MAX_ENTRIES * SCOPE_DATED_PRICE_SIZE;

/**
 * Size of a Scope `OracleMappings` account: 8 + 512 × (32 + 1 + 2 + 1 + 2 + 20) = 29,704 bytes.
 *
 * @example
 * ```ts
 * import { SCOPE_ORACLE_MAPPINGS_SIZE } from 'xstock-lend';
 * console.log(SCOPE_ORACLE_MAPPINGS_SIZE); // 29704
 * ```
 */
export const SCOPE_ORACLE_MAPPINGS_SIZE = 8 + SCOPE_MAX_ENTRIES * (32 + 1 + 2 + 1 + 2 + 20);
