import { type AccountInfoRpc, fetchAccountData } from '../rpc/fetch-account-data.js';
import { TOKEN_2022_PROGRAM_ID } from '../rpc/program-ids.js';
import { decodeScaledUiAmountConfig } from './decode-scaled-ui-amount-config.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';

/**
 * Reads a mint and returns its ScaledUiAmount extension: one `getAccountInfo`, refused unless Token-2022 owns the account,
 * then {@link decodeScaledUiAmountConfig}. Use {@link fetchToken2022Mint} when you also need the decimals, the other
 * extensions or the slot.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param mint - the mint address
 * @returns the config, or `null` when the mint has no ScaledUiAmount extension
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH` (not a Token-2022 account), `RPC_ERROR`,
 * `INVALID_ARGUMENT` (bad address), `INVALID_ACCOUNT_DATA` (malformed mint).
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchScaledUiAmountConfig, getCorporateAction } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const config = await fetchScaledUiAmountConfig(rpc, 'XsDoVfqeBukxuZHWhdvWHBhgEHjGNst4MLodqsJHzoB');
 * if (config) console.log(getCorporateAction(config, BigInt(Math.floor(Date.now() / 1000))));
 * ```
 */
export async function fetchScaledUiAmountConfig(
  rpc: AccountInfoRpc,
  mint: string,
): Promise<ScaledUiAmountConfig | null> {
  const account = await fetchAccountData(rpc, mint, [TOKEN_2022_PROGRAM_ID], 'Token-2022 mint');
  return decodeScaledUiAmountConfig(account.data);
}
