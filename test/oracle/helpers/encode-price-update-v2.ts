import type { PriceUpdateV2 } from '../../../src/oracle/index.js';
import { ByteWriter, hexToBytes } from './byte-writer.js';

/** The on-chain allocation of a PriceUpdateV2 account (room for the 2-byte Partial variant). */
export const PRICE_UPDATE_V2_ACCOUNT_SIZE = 134;

/**
 * Encodes a PriceUpdateV2 account field by field from the documented layout
 * (pyth_solana_receiver_sdk price_update.rs): disc | write_authority | VerificationLevel | PriceFeedMessage | posted_slot.
 */
export function encodePriceUpdateV2(update: PriceUpdateV2, accountSize = PRICE_UPDATE_V2_ACCOUNT_SIZE): Uint8Array {
  const w = new ByteWriter().bytes([0x22, 0xf1, 0x23, 0x63, 0x9d, 0x7e, 0xf4, 0xcd]).pubkey(update.writeAuthority);
  if (update.verificationLevel.kind === 'full') w.u8(1);
  else w.u8(0).u8(update.verificationLevel.numSignatures);
  return w
    .bytes(hexToBytes(update.feedId))
    .i64(update.price)
    .u64(update.conf)
    .i32(update.exponent)
    .i64(update.publishTime)
    .i64(update.prevPublishTime)
    .i64(update.emaPrice)
    .u64(update.emaConf)
    .u64(update.postedSlot)
    .padTo(accountSize)
    .toBytes();
}

/** A fully verified update with a price like TSLA's (≈ $435.12); the feed id is synthetic. */
export const SAMPLE_FULL_UPDATE: PriceUpdateV2 = {
  writeAuthority: '8GWTTbNiXdmyZREXbjsZBmCRuzdPrW55dnZGDkTRjWvb',
  verificationLevel: { kind: 'full' },
  feedId: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  price: 43_512_345_678n,
  conf: 21_000_000n,
  exponent: -8,
  publishTime: 1_764_000_000n,
  prevPublishTime: 1_763_999_999n,
  emaPrice: 43_400_000_000n,
  emaConf: 20_000_000n,
  postedSlot: 380_000_000n,
};

/** The same update, partially verified with 5 signatures. */
export const SAMPLE_PARTIAL_UPDATE: PriceUpdateV2 = {
  ...SAMPLE_FULL_UPDATE,
  verificationLevel: { kind: 'partial', numSignatures: 5 },
};
