import type { ByteReader } from '../bytes/index.js';
import { XStockLendError } from '../errors/index.js';
import { decodeChainlinkXGenericData } from './decode-chainlink-x-generic-data.js';
import type { ScopeDatedPrice } from './scope-dated-price.js';
import { SCOPE_DATED_PRICE_SIZE, SCOPE_PRICES_OFFSET } from './scope-layout.js';

/**
 * Reads `prices[index]` of an `OraclePrices` account whose length the caller has checked. Internal helper.
 *
 * @param reader - a reader over the whole account
 * @param index - the entry, 0–511
 * @param chainlinkX - decode `generic_data` as ChainlinkX data
 * @internal
 */
export function readScopeDatedPrice(reader: ByteReader, index: number, chainlinkX: boolean): ScopeDatedPrice {
  reader.offset = SCOPE_PRICES_OFFSET + index * SCOPE_DATED_PRICE_SIZE;
  const value = reader.u64('price.value');
  const exp = reader.u64('price.exp');
  const lastUpdatedSlot = reader.u64('last_updated_slot');
  const unixTimestamp = reader.u64('unix_timestamp');
  const genericData = reader.slice(24, 'generic_data').slice();
  const entry: ScopeDatedPrice = { index, value, exp, lastUpdatedSlot, unixTimestamp, genericData };
  if (chainlinkX) {
    try {
      entry.chainlinkX = decodeChainlinkXGenericData(genericData);
    } catch (cause) {
      throw new XStockLendError(
        'INVALID_ACCOUNT_DATA',
        `Scope OraclePrices: entry ${index} does not hold ChainlinkX data. Check that the entry's mapping type is 37.`,
        { context: { layout: 'Scope OraclePrices', index }, cause },
      );
    }
  }
  return entry;
}
