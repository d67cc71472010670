import { type AccountInfoRpc, fetchAccountData } from '../rpc/index.js';
import { decodePythPushPrice } from './decode-pyth-push-price.js';
import type { OracleReading } from './oracle-reading.js';
import { PYTH_LEGACY_ORACLE_PROGRAM_ID } from './pyth-legacy-oracle-program-id.js';

/**
 * Reads a legacy Pyth V2 push price account, refusing it unless {@link PYTH_LEGACY_ORACLE_PROGRAM_ID} owns it, and
 * decodes it with {@link decodePythPushPrice}, using the slot the RPC read it at for the stale-`Trading` rule.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param address - the price account
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH`, `RPC_ERROR`, and the decoder's codes.
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchPythPushPrice } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const reading = await fetchPythPushPrice(rpc, 'Gnt27xtC473ZT2Mw5u8wZ68Z3gULkSTb5DuxJy7eJotD');
 * console.log(reading.status, reading.price, reading.exponent);
 * ```
 */
export async function fetchPythPushPrice(rpc: AccountInfoRpc, address: string): Promise<OracleReading> {
  const account = await fetchAccountData(rpc, address, [PYTH_LEGACY_ORACLE_PROGRAM_ID], 'Pyth push price account');
  return decodePythPushPrice(account.data, account.slot);
}
