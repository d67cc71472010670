import { getAddressEncoder } from '@solana/kit';
import {
  SCOPE_MAX_ENTRIES,
  SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR,
  SCOPE_ORACLE_MAPPINGS_SIZE,
} from '../../oracle/index.js';

const addressEncoder = getAddressEncoder();
const NONE = 65_535;

/**
 * One configured entry of a Scope `OracleMappings` account.
 *
 * @example
 * ```ts
 * import type { ScopeMappingInput } from 'xstock-lend/localnet';
 * const twap: ScopeMappingInput = { index: 273, priceInfoAccount: SCOPE_PROGRAM_ID, priceType: 12, twapSource: 338 };
 * ```
 */
export interface ScopeMappingInput {
  /** Entry index, 0–511. */
  index: number;
  /** The source account (base58). */
  priceInfoAccount: string;
  /** Scope `OracleType` (21 PythPull, 12 ScopeTwap, 37 ChainlinkX…). */
  priceType: number;
  /** For TWAP entries, the entry averaged (default 65535 = none). */
  twapSource?: number;
  /** TWAP bitmask (default 0). */
  twapEnabledBitmask?: number;
}

/**
 * Encodes a Scope `OracleMappings` account (29,704 bytes): discriminator | price_info_accounts [32; 512] |
 * price_types [u8; 512] | twap_source [u16; 512] | twap_enabled_bitmask [u8; 512] | ref_price [u16; 512] |
 * generic [[u8; 20]; 512]. Unset entries have type 0, default key, and 65535 as TWAP source and reference price.
 *
 * @param entries - the configured entries
 * @example
 * ```ts
 * import { decodeScopeOracleMappings } from 'xstock-lend';
 * import { encodeScopeOracleMappings } from 'xstock-lend/localnet';
 * const m = decodeScopeOracleMappings(encodeScopeOracleMappings([{ index: 338, priceInfoAccount: feed, priceType: 37 }]));
 * console.log(m.priceTypes[338]); // 37
 * ```
 */
export function encodeScopeOracleMappings(entries: readonly ScopeMappingInput[]): Uint8Array {
  const data = new Uint8Array(SCOPE_ORACLE_MAPPINGS_SIZE);
  const view = new DataView(data.buffer);
  data.set(SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR, 0);
  const accountsAt = 8;
  const typesAt = accountsAt + 32 * SCOPE_MAX_ENTRIES;
  const twapSourceAt = typesAt + SCOPE_MAX_ENTRIES;
  const bitmaskAt = twapSourceAt + 2 * SCOPE_MAX_ENTRIES;
  const refPriceAt = bitmaskAt + SCOPE_MAX_ENTRIES;
  for (let i = 0; i < SCOPE_MAX_ENTRIES; i++) {
    view.setUint16(twapSourceAt + 2 * i, NONE, true);
    view.setUint16(refPriceAt + 2 * i, NONE, true);
  }
  for (const entry of entries) {
    data.set(
      addressEncoder.encode(entry.priceInfoAccount as Parameters<typeof addressEncoder.encode>[0]),
      accountsAt + 32 * entry.index,
    );
    data[typesAt + entry.index] = entry.priceType;
    view.setUint16(twapSourceAt + 2 * entry.index, entry.twapSource ?? NONE, true);
    data[bitmaskAt + entry.index] = entry.twapEnabledBitmask ?? 0;
  }
  return data;
}
