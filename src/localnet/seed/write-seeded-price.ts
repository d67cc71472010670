import { XStockLendError } from '../../errors/index.js';
import { decodePriceUpdateV2 } from '../../oracle/index.js';
import type { AccountStore } from '../account-store.js';
import {
  priceUpdateForObservation,
  type SeedPriceObservation,
  scopeEntriesForObservation,
} from './seed-price-entries.js';
import type { SeededMarket } from './seeded-market.js';
import { writePriceUpdateV2 } from './write-price-update-v2.js';
import { writeScopePrices } from './write-scope-prices.js';
import type { SeededSymbol } from './xstocks-reserve-params.js';

/**
 * Moves one seeded asset's price: its Scope spot (and TWAP) entries, per 10^decimals raw units (share price ×
 * `multiplier`), and its Pyth `PriceUpdateV2`, per share, all stamped with the observation's slot and time. The Pyth
 * write authority and feed id are kept. Nothing else changes: klend reserves keep their stored market price until a
 * refresh, as on chain.
 *
 * @param store - the localnet account store
 * @param market - the seeded market
 * @param symbol - which asset
 * @param observation - price, multiplier, slot and time (see {@link SeedPriceObservation})
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a symbol the market lacks; `ACCOUNT_NOT_FOUND` when the oracle
 * accounts are gone.
 * @example
 * ```ts
 * import { writeSeededPrice } from 'xstock-lend/localnet';
 * const clock = store.svm.getClock();
 * writeSeededPrice(store, market, 'TSLAx', { price: { value: 39_000_000_000n, exp: 8 }, multiplier: 1, slot: clock.slot, unixTimestamp: clock.unixTimestamp });
 * ```
 */
export function writeSeededPrice(
  store: AccountStore,
  market: SeededMarket,
  symbol: SeededSymbol,
  observation: SeedPriceObservation,
): void {
  const reserve = market.reserves.find((r) => r.symbol === symbol);
  if (reserve === undefined) {
    throw new XStockLendError('INVALID_ARGUMENT', `The seeded market has no ${symbol} reserve.`, {
      context: { symbol },
    });
  }
  writeScopePrices(store, market.scope.oraclePrices, scopeEntriesForObservation(reserve.params, observation));
  const pyth = store.get(reserve.pythPriceUpdate);
  if (pyth === null) {
    throw new XStockLendError('ACCOUNT_NOT_FOUND', `No PriceUpdateV2 account at ${reserve.pythPriceUpdate}.`, {
      context: { address: reserve.pythPriceUpdate },
    });
  }
  const { writeAuthority } = decodePriceUpdateV2(pyth.data);
  writePriceUpdateV2(
    store,
    reserve.pythPriceUpdate,
    priceUpdateForObservation(reserve.params, observation, writeAuthority),
  );
}
