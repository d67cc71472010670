import { XStockLendError } from '../errors/index.js';
import type { PriceUpdateV2 } from './price-update-v2.js';

/**
 * Refuses a `PriceUpdateV2` whose Wormhole signatures were only partially verified (what Pyth's own
 * `get_price_no_older_than` requires by default).
 *
 * @param update - a decoded pull-oracle update
 * @throws {@link XStockLendError} `ORACLE_INVALID` when `verificationLevel` is `partial`.
 * @example
 * ```ts
 * import { assertPriceUpdateV2FullyVerified, decodePriceUpdateV2 } from 'xstock-lend';
 * const update = decodePriceUpdateV2(accountData);
 * assertPriceUpdateV2FullyVerified(update);
 * ```
 */
export function assertPriceUpdateV2FullyVerified(update: PriceUpdateV2): void {
  const level = update.verificationLevel;
  if (level.kind !== 'full') {
    throw new XStockLendError(
      'ORACLE_INVALID',
      `The Pyth price update for feed ${update.feedId} is only partially verified (${level.numSignatures} signatures): post it with full Wormhole verification, or opt out explicitly.`,
      { context: { feedId: update.feedId, verificationLevel: level.kind, numSignatures: level.numSignatures } },
    );
  }
}
