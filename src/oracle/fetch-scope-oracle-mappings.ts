import { type AccountInfoRpc, fetchAccountData, SCOPE_PROGRAM_ID } from '../rpc/index.js';
import { decodeScopeOracleMappings } from './decode-scope-oracle-mappings.js';
import type { ScopeOracleMappings } from './scope-oracle-mappings.js';

/**
 * Reads and decodes a Kamino Scope `OracleMappings` account, refusing it unless {@link SCOPE_PROGRAM_ID} owns it.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param address - the mappings account (an `OraclePrices` account names it in `oracleMappings`)
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH`, `RPC_ERROR`, and the decoder's codes.
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchScopeOracleMappings, fetchScopeOraclePrices } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const prices = await fetchScopeOraclePrices(rpc, '3t4JZcueEzTbVP6kLxXrL3VpWx45jDer4eqysweBchNH');
 * const mappings = await fetchScopeOracleMappings(rpc, prices.oracleMappings);
 * ```
 */
export async function fetchScopeOracleMappings(rpc: AccountInfoRpc, address: string): Promise<ScopeOracleMappings> {
  const account = await fetchAccountData(rpc, address, [SCOPE_PROGRAM_ID], 'Scope OracleMappings account');
  return decodeScopeOracleMappings(account.data);
}
