/**
 * The SPL Token-2022 program, owner of every xStock mint.
 *
 * @example
 * ```ts
 * import { TOKEN_2022_PROGRAM_ID } from 'xstock-lend';
 * console.log(TOKEN_2022_PROGRAM_ID);
 * ```
 */
export const TOKEN_2022_PROGRAM_ID = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';

/**
 * The classic SPL Token program (USDC's mint owner).
 *
 * @example
 * ```ts
 * import { TOKEN_PROGRAM_ID } from 'xstock-lend';
 * console.log(TOKEN_PROGRAM_ID);
 * ```
 */
export const TOKEN_PROGRAM_ID = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';

/**
 * The Pyth Solana receiver program, owner of pull-oracle `PriceUpdateV2` accounts.
 *
 * @example
 * ```ts
 * import { PYTH_RECEIVER_PROGRAM_ID } from 'xstock-lend';
 * console.log(PYTH_RECEIVER_PROGRAM_ID);
 * ```
 */
export const PYTH_RECEIVER_PROGRAM_ID = 'rec5EKMGg6MxZYaMdyBfgwp4d5rB9T1VQH5pJv5LtFJ';

/**
 * The Pyth push-oracle program on Solana (sponsored feeds, `PriceUpdateV2` accounts at fixed addresses).
 *
 * @example
 * ```ts
 * import { PYTH_PUSH_ORACLE_PROGRAM_ID } from 'xstock-lend';
 * console.log(PYTH_PUSH_ORACLE_PROGRAM_ID);
 * ```
 */
export const PYTH_PUSH_ORACLE_PROGRAM_ID = 'pythWSnswVUd12oZpeFP8e9CVaEqJg25g1Vtc2biRsT';

/**
 * Kamino's Scope oracle program, owner of `OraclePrices` accounts.
 *
 * @example
 * ```ts
 * import { SCOPE_PROGRAM_ID } from 'xstock-lend';
 * console.log(SCOPE_PROGRAM_ID);
 * ```
 */
export const SCOPE_PROGRAM_ID = 'HFn8GnPADiny6XqUoWE8uRPPxb29ikn4yTuPa9MF2fWJ';

/**
 * Kamino Lending (klend).
 *
 * @example
 * ```ts
 * import { KLEND_PROGRAM_ID } from 'xstock-lend';
 * console.log(KLEND_PROGRAM_ID);
 * ```
 */
export const KLEND_PROGRAM_ID = 'KLend2g3cP87fffoy8q1mQqGKjrxjC8boSyAYavgmjD';
