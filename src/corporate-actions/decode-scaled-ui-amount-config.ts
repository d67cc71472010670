import { decodeToken2022Mint } from './decode-token-2022-mint.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';

/**
 * Reads the `ScaledUiAmount` extension (type 25) of a Token-2022 mint, walking the TLV list (never a fixed offset: real
 * xStock mints carry MetadataPointer, Pausable, PermanentDelegate… too).
 *
 * Layout of the 56-byte value: authority 32 (all zero = none) | multiplier f64 | new_multiplier_effective_timestamp i64 |
 * new_multiplier f64, little-endian.
 *
 * @param mintData - the mint account data
 * @returns the config, or `null` when the mint has no such extension (including an 82-byte mint without extensions)
 * @throws {@link XStockLendError} `INVALID_ACCOUNT_DATA` for malformed or truncated data (see {@link decodeToken2022Mint}).
 * @example
 * ```ts
 * import { decodeScaledUiAmountConfig, getMultiplier } from 'xstock-lend';
 * const config = decodeScaledUiAmountConfig(mintAccountData);
 * const multiplier = config ? getMultiplier(config, chainUnixTimestamp) : 1;
 * ```
 */
export function decodeScaledUiAmountConfig(mintData: Uint8Array): ScaledUiAmountConfig | null {
  return decodeToken2022Mint(mintData).scaledUiAmount;
}
