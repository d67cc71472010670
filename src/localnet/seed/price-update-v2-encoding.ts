import { priceUpdateV2 } from '@kamino-finance/klend-sdk/dist/@codegen/pyth_rec/accounts/priceUpdateV2.js';
import type { PriceUpdateV2 } from '../../oracle/index.js';
import { encodeAnchorAccount } from './encode-anchor-account.js';

/**
 * Bytes the Pyth receiver allocates for a `PriceUpdateV2` (room for the 2-byte Partial verification level); a Full
 * update leaves one trailing zero.
 *
 * @example
 * ```ts
 * import { PRICE_UPDATE_V2_ACCOUNT_SIZE } from 'xstock-lend/localnet';
 * console.log(PRICE_UPDATE_V2_ACCOUNT_SIZE); // 134
 * ```
 */
export const PRICE_UPDATE_V2_ACCOUNT_SIZE = 134;

/**
 * Encodes a Pyth pull-oracle `PriceUpdateV2` account with the Pyth receiver codec klend-sdk ships
 * (`@codegen/pyth_rec`), padded to {@link PRICE_UPDATE_V2_ACCOUNT_SIZE}. `decodePriceUpdateV2` reads it back.
 *
 * @param update - the fields, as `decodePriceUpdateV2` returns them (feed id: 64 hex characters)
 * @example
 * ```ts
 * import { decodePriceUpdateV2 } from 'xstock-lend';
 * import { encodePriceUpdateV2 } from 'xstock-lend/localnet';
 * const data = encodePriceUpdateV2(update);
 * console.log(decodePriceUpdateV2(data).price === update.price); // true
 * ```
 */
export function encodePriceUpdateV2(update: PriceUpdateV2): Uint8Array {
  const decoded = priceUpdateV2.fromJSON({
    writeAuthority: update.writeAuthority,
    verificationLevel:
      update.verificationLevel.kind === 'full'
        ? { kind: 'Full' }
        : { kind: 'Partial', value: { numSignatures: update.verificationLevel.numSignatures } },
    priceMessage: {
      feedId: Array.from(update.feedId.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16)),
      price: update.price.toString(),
      conf: update.conf.toString(),
      exponent: update.exponent,
      publishTime: update.publishTime.toString(),
      prevPublishTime: update.prevPublishTime.toString(),
      emaPrice: update.emaPrice.toString(),
      emaConf: update.emaConf.toString(),
    },
    postedSlot: update.postedSlot.toString(),
  });
  return encodeAnchorAccount(
    priceUpdateV2,
    { ...decoded, verificationLevel: decoded.verificationLevel.toEncodable() },
    PRICE_UPDATE_V2_ACCOUNT_SIZE,
  );
}
