import {
  type AccountInfoRpc,
  fetchAccountData,
  PYTH_PUSH_ORACLE_PROGRAM_ID,
  PYTH_RECEIVER_PROGRAM_ID,
} from '../rpc/index.js';
import { assertPriceUpdateV2FullyVerified } from './assert-price-update-v2-fully-verified.js';
import { decodePriceUpdateV2 } from './decode-price-update-v2.js';
import type { PriceUpdateV2 } from './price-update-v2.js';

/**
 * Options for {@link fetchPriceUpdateV2}.
 *
 * @example
 * ```ts
 * import type { FetchPriceUpdateV2Options } from 'xstock-lend';
 * const options: FetchPriceUpdateV2Options = { requireFullVerification: false };
 * ```
 */
export interface FetchPriceUpdateV2Options {
  /** Refuse partially verified updates with `ORACLE_INVALID` (default `true`, Pyth's own default). */
  requireFullVerification?: boolean;
}

/**
 * Reads and decodes a Pyth `PriceUpdateV2` account, refusing it unless the Pyth receiver or the Pyth push-oracle program owns it.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param address - the price update account (a sponsored feed account or one the app posted)
 * @param options - see {@link FetchPriceUpdateV2Options}
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH`, `RPC_ERROR`, the decoder's codes, and
 * `ORACLE_INVALID` for a partially verified update unless `requireFullVerification` is `false`.
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchPriceUpdateV2, priceUpdateV2ToReading } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const update = await fetchPriceUpdateV2(rpc, priceUpdateAddress);
 * const reading = priceUpdateV2ToReading(update, 'share');
 * ```
 */
export async function fetchPriceUpdateV2(
  rpc: AccountInfoRpc,
  address: string,
  options: FetchPriceUpdateV2Options = {},
): Promise<PriceUpdateV2> {
  const account = await fetchAccountData(
    rpc,
    address,
    [PYTH_RECEIVER_PROGRAM_ID, PYTH_PUSH_ORACLE_PROGRAM_ID],
    'Pyth PriceUpdateV2 account',
  );
  const update = decodePriceUpdateV2(account.data);
  if (options.requireFullVerification !== false) assertPriceUpdateV2FullyVerified(update);
  return update;
}
