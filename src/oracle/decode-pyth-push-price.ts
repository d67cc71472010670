import { ByteReader } from '../bytes/index.js';
import { XStockLendError } from '../errors/index.js';
import { assertAccountBytes } from './assert-account-bytes.js';
import type { OracleReading } from './oracle-reading.js';
import { pythPriceStatusToReadingStatus } from './pyth-price-status.js';

/**
 * The magic number at byte 0 of every legacy Pyth oracle account (u32 LE).
 *
 * @example
 * ```ts
 * import { PYTH_PUSH_MAGIC } from 'xstock-lend';
 * console.log(PYTH_PUSH_MAGIC.toString(16)); // 'a1b2c3d4'
 * ```
 */
export const PYTH_PUSH_MAGIC = 0xa1b2c3d4;

/**
 * Slots after which a `Trading` aggregate counts as `unknown` when the current slot is given
 * (`@pythnetwork/client`'s `MAX_SLOT_DIFFERENCE`).
 *
 * @example
 * ```ts
 * import { PYTH_PUSH_MAX_SLOT_DIFFERENCE } from 'xstock-lend';
 * console.log(PYTH_PUSH_MAX_SLOT_DIFFERENCE); // 25n
 * ```
 */
export const PYTH_PUSH_MAX_SLOT_DIFFERENCE = 25n;

const LAYOUT = 'Pyth push price account';
const VERSION_2 = 2;
const ACCOUNT_TYPE_PRICE = 3;
const HEADER_AND_AGGREGATE = 240;
const COMPONENT_SIZE = 96;

/**
 * Decodes a legacy Pyth V2 push price account (magic `0xa1b2c3d4`) to an {@link OracleReading}: source `pyth-push`,
 * basis `share` (override with `{ ...reading, basis }` for token-denominated feeds), the aggregate price and confidence,
 * the EMA price, and the status (`Trading` → `trading`, `Halted` → `halted`, anything else → `unknown`).
 *
 * Same fields and status rule as `@pythnetwork/client`'s `parsePriceData` (exponent i32@20, EMA i64@48, timestamp
 * i64@96, aggregate price i64@208, confidence u64@216, status u32@224, publish slot u64@232), but written on
 * `Uint8Array`/`DataView`: `parsePriceData` needs a Node `Buffer` and pulls `@solana/web3.js` into the bundle, which the
 * browser-safe core avoids. Unlike `parsePriceData`, the price is returned even when the status is not trading:
 * check `status` before using it.
 *
 * @param data - the account data
 * @param currentSlot - the slot the account was read at; when given, a `Trading` aggregate published more than 25
 * slots earlier is reported as `unknown` (as `parsePriceData` does)
 * @throws {@link XStockLendError} `ACCOUNT_DISCRIMINATOR_MISMATCH` when the magic number is wrong or the account is
 * not a price account; `INVALID_ACCOUNT_DATA` for truncated data or an unsupported version; `INVALID_ARGUMENT` for a
 * negative or fractional `currentSlot`.
 * @example
 * ```ts
 * import { decodePythPushPrice } from 'xstock-lend';
 * const reading = decodePythPushPrice(accountData, 209_207_300n);
 * if (reading.status === 'trading') console.log(reading.price, reading.exponent);
 * ```
 */
export function decodePythPushPrice(data: Uint8Array, currentSlot?: bigint | number): OracleReading {
  assertAccountBytes(data, LAYOUT);
  const slot = currentSlot === undefined ? undefined : toSlot(currentSlot);
  const reader = new ByteReader(data, LAYOUT);
  const magic = reader.u32('magic');
  if (magic !== PYTH_PUSH_MAGIC) {
    throw new XStockLendError(
      'ACCOUNT_DISCRIMINATOR_MISMATCH',
      `The account is not a Pyth oracle account: magic is 0x${magic.toString(16)}, expected 0xa1b2c3d4. Check the address.`,
      { context: { layout: LAYOUT, magic } },
    );
  }
  const version = reader.u32('version');
  const accountType = reader.u32('account_type');
  const size = reader.u32('size');
  if (accountType !== ACCOUNT_TYPE_PRICE) {
    throw new XStockLendError(
      'ACCOUNT_DISCRIMINATOR_MISMATCH',
      `The Pyth account has type ${accountType}, not 3 (price): it is a mapping, product or other account. Pass the price account.`,
      { context: { layout: LAYOUT, accountType } },
    );
  }
  if (version !== VERSION_2) {
    throw new XStockLendError('INVALID_ACCOUNT_DATA', `${LAYOUT}: unsupported version ${version} (only V2 is known).`, {
      context: { layout: LAYOUT, version },
    });
  }
  reader.u32('price_type');
  const exponent = reader.i32('exponent');
  const numComponents = reader.u32('num_component_prices');
  const used = HEADER_AND_AGGREGATE + numComponents * COMPONENT_SIZE;
  if (size < used || size > data.length) {
    throw new XStockLendError(
      'INVALID_ACCOUNT_DATA',
      `${LAYOUT}: the header declares ${size} used bytes for ${numComponents} publishers (needs ${used}), but the data is ${data.length} bytes. Check the address.`,
      { context: { layout: LAYOUT, size, numComponents, length: data.length } },
    );
  }
  reader.offset = 48;
  const emaPrice = reader.i64('ema_price');
  reader.offset = 96;
  const publishTime = reader.i64('timestamp');
  reader.offset = 208;
  const price = reader.i64('aggregate.price');
  const confidence = reader.u64('aggregate.conf');
  const rawStatus = reader.u32('aggregate.status');
  reader.u32('aggregate.corporate_action');
  const publishSlot = reader.u64('aggregate.publish_slot');
  let status = pythPriceStatusToReadingStatus(rawStatus);
  if (status === 'trading' && slot !== undefined && slot - publishSlot > PYTH_PUSH_MAX_SLOT_DIFFERENCE)
    status = 'unknown';
  return { source: 'pyth-push', basis: 'share', price, exponent, confidence, publishTime, emaPrice, status };
}

function toSlot(value: bigint | number): bigint {
  if (typeof value === 'bigint' && value >= 0n) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new XStockLendError('INVALID_ARGUMENT', `currentSlot must be a whole number ≥ 0, got ${String(value)}.`, {
    context: { currentSlot: String(value) },
  });
}
