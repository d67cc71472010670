import type { PriceUpdateV2 } from '../../oracle/index.js';
import { PYTH_RECEIVER_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { AccountStore } from '../account-store.js';
import { encodePriceUpdateV2, PRICE_UPDATE_V2_ACCOUNT_SIZE } from './price-update-v2-encoding.js';

/**
 * Writes (creates or replaces) a Pyth `PriceUpdateV2` account owned by the Pyth receiver program, rent-exempt.
 *
 * @param store - the localnet account store
 * @param address - the account address
 * @param update - the price update
 * @example
 * ```ts
 * import { writePriceUpdateV2 } from 'xstock-lend/localnet';
 * const tslax = market.reserves.find((r) => r.symbol === 'TSLAx')!;
 * writePriceUpdateV2(store, tslax.pythPriceUpdate, { ...current, price: 45_000_000_000n, publishTime: 1_790_000_000n });
 * ```
 */
export function writePriceUpdateV2(store: AccountStore, address: string, update: PriceUpdateV2): void {
  store.set({
    address,
    owner: PYTH_RECEIVER_PROGRAM_ID,
    lamports: store.svm.minimumBalanceForRentExemption(BigInt(PRICE_UPDATE_V2_ACCOUNT_SIZE)),
    data: encodePriceUpdateV2(update),
    executable: false,
    rentEpoch: 0n,
  });
}
