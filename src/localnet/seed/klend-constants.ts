/**
 * The key klend and klend-sdk treat as "no oracle" (`nu11111…`), set in the Pyth and Switchboard slots of a
 * Scope-only reserve.
 *
 * @example
 * ```ts
 * import { NULL_PUBKEY_FOR_ORACLES } from 'xstock-lend/localnet';
 * console.log(NULL_PUBKEY_FOR_ORACLES);
 * ```
 */
export const NULL_PUBKEY_FOR_ORACLES = 'nu11111111111111111111111111111111111111111';

/**
 * The u16 that ends a Scope price chain (65535).
 *
 * @example
 * ```ts
 * import { U16_NONE } from 'xstock-lend/localnet';
 * const chain = [338, U16_NONE, U16_NONE, U16_NONE];
 * ```
 */
export const U16_NONE = 65_535;
