import { LiteSVM } from 'litesvm';
import { AccountStore } from '../../../src/localnet/account-store.js';
import {
  type SeededMarket,
  type SeedXStocksMarketOptions,
  seedXStocksMarket,
} from '../../../src/localnet/seed/index.js';
import { KLEND_PROGRAM_ID, PYTH_RECEIVER_PROGRAM_ID, SCOPE_PROGRAM_ID } from '../../../src/rpc/program-ids.js';

/** The seed's fixed "now" in tests: a Monday afternoon, US market open. */
export const SEED_AT = new Date('2026-11-23T15:00:00Z');

/** A fresh store (klend, Scope and the Pyth receiver passive) seeded with the xStocks market. */
export async function createSeededStore(
  options: SeedXStocksMarketOptions = {},
): Promise<{ store: AccountStore; market: SeededMarket }> {
  const store = new AccountStore(new LiteSVM(), [KLEND_PROGRAM_ID, SCOPE_PROGRAM_ID, PYTH_RECEIVER_PROGRAM_ID]);
  const market = await seedXStocksMarket(store, { at: SEED_AT, ...options });
  return { store, market };
}
