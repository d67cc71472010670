import { type AccountInfoRpc, fetchAccountData, SCOPE_PROGRAM_ID } from '../rpc/index.js';
import { type DecodeScopeOraclePricesOptions, decodeScopeOraclePrices } from './decode-scope-oracle-prices.js';
import type { ScopeOraclePrices } from './scope-dated-price.js';

/**
 * Reads and decodes a Kamino Scope `OraclePrices` account, refusing it unless {@link SCOPE_PROGRAM_ID} owns it.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param address - the `OraclePrices` account (the xStocks market's is `3t4JZcueEzTbVP6kLxXrL3VpWx45jDer4eqysweBchNH`)
 * @param options - see {@link DecodeScopeOraclePricesOptions}
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH`, `RPC_ERROR`, and the decoder's codes.
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchScopeOraclePrices, scopePriceToReading } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const { prices } = await fetchScopeOraclePrices(rpc, '3t4JZcueEzTbVP6kLxXrL3VpWx45jDer4eqysweBchNH');
 * const tslax = prices[338];
 * if (tslax) console.log(scopePriceToReading(tslax));
 * ```
 */
export async function fetchScopeOraclePrices(
  rpc: AccountInfoRpc,
  address: string,
  options: DecodeScopeOraclePricesOptions = {},
): Promise<ScopeOraclePrices> {
  const account = await fetchAccountData(rpc, address, [SCOPE_PROGRAM_ID], 'Scope OraclePrices account');
  return decodeScopeOraclePrices(account.data, options);
}
