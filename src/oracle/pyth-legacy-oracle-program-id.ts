/**
 * The legacy Pyth oracle program on Solana mainnet and Pythnet (`@pythnetwork/client`'s `mainnet-beta` and `pythnet` key),
 * owner of the V2 push price accounts (magic `0xa1b2c3d4`, 3312 bytes on Solana). Not the pull-era push-oracle program
 * (`PYTH_PUSH_ORACLE_PROGRAM_ID`), which owns `PriceUpdateV2` accounts.
 *
 * @example
 * ```ts
 * import { PYTH_LEGACY_ORACLE_PROGRAM_ID } from 'xstock-lend';
 * console.log(PYTH_LEGACY_ORACLE_PROGRAM_ID);
 * ```
 */
export const PYTH_LEGACY_ORACLE_PROGRAM_ID = 'FsJ3A3u2vn5cTVofAjvy6y5kwABJAqYWpe4975bi2epH';
