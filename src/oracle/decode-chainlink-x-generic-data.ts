import { ByteReader } from '../bytes/index.js';
import { XStockLendError } from '../errors/index.js';
import { assertAccountBytes } from './assert-account-bytes.js';
import type { ChainlinkXGenericData } from './chainlink-x-generic-data.js';

const LAYOUT = 'Scope ChainlinkX generic data';

/**
 * Decodes Scope's ChainlinkX `generic_data` (Borsh, packed): observations_timestamp u64 | suspended bool |
 * activation_date_time u64, zero-padded to 24 bytes. Only meaningful for entries whose mapping type is
 * {@link SCOPE_ORACLE_TYPE_CHAINLINK_X} (37).
 *
 * @param bytes - the entry's `generic_data` (at least 17 bytes; trailing padding is ignored)
 * @throws {@link XStockLendError} `INVALID_ACCOUNT_DATA` when truncated or when the bool byte is neither 0 nor 1
 * (then the entry is not ChainlinkX); `INVALID_ARGUMENT` when `bytes` is not a `Uint8Array`.
 * @example
 * ```ts
 * import { decodeChainlinkXGenericData, decodeScopePrice } from 'xstock-lend';
 * const { suspended, activationDateTime } = decodeChainlinkXGenericData(decodeScopePrice(data, 338).genericData);
 * ```
 */
export function decodeChainlinkXGenericData(bytes: Uint8Array): ChainlinkXGenericData {
  assertAccountBytes(bytes, LAYOUT);
  const reader = new ByteReader(bytes, LAYOUT);
  const observationsTimestamp = reader.u64('observations_timestamp');
  const at = reader.offset;
  const flag = reader.u8('suspended');
  if (flag > 1) {
    throw new XStockLendError(
      'INVALID_ACCOUNT_DATA',
      `${LAYOUT}: the 'suspended' byte is ${flag}, not a bool: this entry is probably not a ChainlinkX price. Check its oracle type in the mappings.`,
      { context: { layout: LAYOUT, field: 'suspended', offset: at, value: flag } },
    );
  }
  const activationDateTime = reader.u64('activation_date_time');
  return { observationsTimestamp, suspended: flag === 1, activationDateTime };
}
