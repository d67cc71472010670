import { XStockLendError } from '../../errors/index.js';
import { SCOPE_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { AccountStore } from '../account-store.js';
import { encodeScopePriceEntry, type ScopePriceEntryInput } from './scope-oracle-prices-encoding.js';

/**
 * Rewrites entries of a Scope `OraclePrices` account held by the store: copies its data, writes each entry with
 * {@link encodeScopePriceEntry}, and stores the copy (the store keeps data by reference, so the old bytes stay intact
 * for any reader holding them).
 *
 * @param store - the localnet account store
 * @param oraclePrices - the `OraclePrices` address
 * @param entries - the prices to write
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND` when the account is absent; `ACCOUNT_OWNER_MISMATCH` when it is
 * not owned by Scope; `INVALID_ARGUMENT` for a bad entry.
 * @example
 * ```ts
 * import { writeScopePrices } from 'xstock-lend/localnet';
 * writeScopePrices(store, market.scope.oraclePrices, [{ index: 338, value: 45_000_000_000n, exp: 8, lastUpdatedSlot: 0n, unixTimestamp: 1_790_000_000n }]);
 * ```
 */
export function writeScopePrices(
  store: AccountStore,
  oraclePrices: string,
  entries: readonly ScopePriceEntryInput[],
): void {
  const account = store.get(oraclePrices);
  if (account === null) {
    throw new XStockLendError(
      'ACCOUNT_NOT_FOUND',
      `No Scope OraclePrices account at ${oraclePrices}; seed the market first.`,
      {
        context: { address: oraclePrices },
      },
    );
  }
  if (account.owner !== SCOPE_PROGRAM_ID) {
    throw new XStockLendError('ACCOUNT_OWNER_MISMATCH', `${oraclePrices} is owned by ${account.owner}, not Scope.`, {
      context: { address: oraclePrices, owner: account.owner, expected: SCOPE_PROGRAM_ID },
    });
  }
  const data = account.data.slice();
  for (const entry of entries) encodeScopePriceEntry(data, entry);
  store.set({ ...account, data });
}
