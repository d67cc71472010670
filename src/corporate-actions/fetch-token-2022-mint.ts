import { type AccountInfoRpc, fetchAccountData } from '../rpc/fetch-account-data.js';
import { TOKEN_2022_PROGRAM_ID } from '../rpc/program-ids.js';
import { decodeToken2022Mint } from './decode-token-2022-mint.js';
import type { Token2022Mint } from './token-2022-mint.js';

/**
 * A decoded mint with where and when it was read.
 *
 * @example
 * ```ts
 * import type { FetchedToken2022Mint } from 'xstock-lend';
 * declare const fetched: FetchedToken2022Mint;
 * console.log(fetched.address, fetched.slot, fetched.mint.decimals);
 * ```
 */
export interface FetchedToken2022Mint {
  /** The mint address. */
  address: string;
  /** The slot the RPC read the account at. */
  slot: bigint;
  /** The decoded mint. */
  mint: Token2022Mint;
}

/**
 * Reads and decodes a Token-2022 mint (base fields and every extension): one `getAccountInfo`, refused unless
 * Token-2022 owns the account, then {@link decodeToken2022Mint}.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param mint - the mint address
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH`, `RPC_ERROR`, `INVALID_ARGUMENT`,
 * `INVALID_ACCOUNT_DATA`.
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchToken2022Mint } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const { mint, slot } = await fetchToken2022Mint(rpc, 'XsDoVfqeBukxuZHWhdvWHBhgEHjGNst4MLodqsJHzoB');
 * console.log(slot, mint.decimals, mint.scaledUiAmount?.newMultiplier);
 * ```
 */
export async function fetchToken2022Mint(rpc: AccountInfoRpc, mint: string): Promise<FetchedToken2022Mint> {
  const account = await fetchAccountData(rpc, mint, [TOKEN_2022_PROGRAM_ID], 'Token-2022 mint');
  return { address: account.address, slot: account.slot, mint: decodeToken2022Mint(account.data) };
}
