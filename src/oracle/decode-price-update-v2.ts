import { ByteReader } from '../bytes/index.js';
import { XStockLendError } from '../errors/index.js';
import { assertAccountBytes } from './assert-account-bytes.js';
import { bytesToHex } from './bytes-to-hex.js';
import { checkAnchorDiscriminator } from './check-anchor-discriminator.js';
import type { PriceUpdateV2, PythVerificationLevel } from './price-update-v2.js';

/**
 * The Anchor discriminator of `PriceUpdateV2` accounts: `sha256("account:PriceUpdateV2")[0..8]` = `22f123639d7ef4cd`.
 *
 * @example
 * ```ts
 * import { PRICE_UPDATE_V2_DISCRIMINATOR } from 'xstock-lend';
 * console.log(PRICE_UPDATE_V2_DISCRIMINATOR.length); // 8
 * ```
 */
export const PRICE_UPDATE_V2_DISCRIMINATOR: Uint8Array = Uint8Array.of(0x22, 0xf1, 0x23, 0x63, 0x9d, 0x7e, 0xf4, 0xcd);

const DISCRIMINATOR_HEX = '22f123639d7ef4cd';

const LAYOUT = 'PriceUpdateV2';

/**
 * Decodes a Pyth pull-oracle `PriceUpdateV2` account.
 *
 * Layout (little-endian): discriminator 8 | write_authority 32 | VerificationLevel (`0x00` + u8 signatures, or `0x01`) |
 * feed_id 32 | price i64 | conf u64 | exponent i32 | publish_time i64 | prev_publish_time i64 | ema_price i64 |
 * ema_conf u64 | posted_slot u64. The message starts at byte 41 when fully verified and at 42 when partially verified;
 * trailing bytes (accounts are allocated for the longer variant) are ignored.
 *
 * @param data - the account data
 * @throws {@link XStockLendError} `ACCOUNT_DISCRIMINATOR_MISMATCH` for another account type; `INVALID_ACCOUNT_DATA` for
 * truncated data or an unknown verification level; `INVALID_ARGUMENT` when `data` is not a `Uint8Array`.
 * @example
 * ```ts
 * import { decodePriceUpdateV2, fixedToNumber } from 'xstock-lend';
 * const update = decodePriceUpdateV2(accountData);
 * if (update.verificationLevel.kind === 'full') console.log(fixedToNumber(update.price, update.exponent));
 * ```
 */
export function decodePriceUpdateV2(data: Uint8Array): PriceUpdateV2 {
  assertAccountBytes(data, LAYOUT);
  checkAnchorDiscriminator(data, DISCRIMINATOR_HEX, LAYOUT);
  const reader = new ByteReader(data, LAYOUT, 8);
  const writeAuthority = reader.publicKey('write_authority');
  const verificationLevel = readVerificationLevel(reader);
  const feedId = bytesToHex(reader.slice(32, 'feed_id'));
  const price = reader.i64('price');
  const conf = reader.u64('conf');
  const exponent = reader.i32('exponent');
  const publishTime = reader.i64('publish_time');
  const prevPublishTime = reader.i64('prev_publish_time');
  const emaPrice = reader.i64('ema_price');
  const emaConf = reader.u64('ema_conf');
  const postedSlot = reader.u64('posted_slot');
  return {
    writeAuthority,
    verificationLevel,
    feedId,
    price,
    conf,
    exponent,
    publishTime,
    prevPublishTime,
    emaPrice,
    emaConf,
    postedSlot,
  };
}

function readVerificationLevel(reader: ByteReader): PythVerificationLevel {
  const at = reader.offset;
  const variant = reader.u8('verification_level');
  if (variant === 1) return { kind: 'full' };
  if (variant === 0) return { kind: 'partial', numSignatures: reader.u8('verification_level.num_signatures') };
  throw new XStockLendError(
    'INVALID_ACCOUNT_DATA',
    `${LAYOUT}: unknown verification level variant ${variant} at offset ${at} (expected 0 = Partial or 1 = Full). Check the address.`,
    { context: { layout: LAYOUT, field: 'verification_level', offset: at, variant } },
  );
}
