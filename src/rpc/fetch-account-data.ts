import { type Address, type GetAccountInfoApi, getBase64Encoder, type Rpc } from '@solana/kit';
import { XStockLendError } from '../errors/index.js';

/**
 * The minimal RPC a fetcher needs: anything with `getAccountInfo`, such as `createSolanaRpc(url)` from `@solana/kit`.
 *
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import type { AccountInfoRpc } from 'xstock-lend';
 * const rpc: AccountInfoRpc = createSolanaRpc('http://127.0.0.1:8899');
 * ```
 */
export type AccountInfoRpc = Rpc<GetAccountInfoApi>;

/**
 * An account's bytes with the facts a caller checks before trusting them.
 *
 * @example
 * ```ts
 * import type { AccountBytes } from 'xstock-lend';
 * const account: AccountBytes = { address: '11111111111111111111111111111111', owner: '11111111111111111111111111111111', data: new Uint8Array(), slot: 0n };
 * ```
 */
export interface AccountBytes {
  /** The account's address. */
  address: string;
  /** The program that owns the account (checked against the expected owner). */
  owner: string;
  /** The raw account data. */
  data: Uint8Array;
  /** The slot the RPC read it at (`context.slot`). */
  slot: bigint;
}

const base64 = getBase64Encoder();

/**
 * Reads one account and refuses it unless `expectedOwners` includes its owner: a spoofed account never reaches a decoder.
 *
 * @param rpc - any `@solana/kit` RPC with `getAccountInfo`
 * @param address - the account to read
 * @param expectedOwners - program ids allowed to own it
 * @param layout - what the account should be, for error messages
 * @throws {@link XStockLendError} `ACCOUNT_NOT_FOUND`, `ACCOUNT_OWNER_MISMATCH`, `RPC_ERROR`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * import { createSolanaRpc } from '@solana/kit';
 * import { fetchAccountData, TOKEN_2022_PROGRAM_ID } from 'xstock-lend';
 * const rpc = createSolanaRpc('http://127.0.0.1:8899');
 * const mint = await fetchAccountData(rpc, 'XsDoVfqeBukxuZHWhdvWHBhgEHjGNst4MLodqsJHzoB', [TOKEN_2022_PROGRAM_ID], 'Token-2022 mint');
 * ```
 */
export async function fetchAccountData(
  rpc: AccountInfoRpc,
  address: string,
  expectedOwners: readonly string[],
  layout: string,
): Promise<AccountBytes> {
  if (typeof address !== 'string' || address.length < 32 || address.length > 44) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `Expected a base58 account address for the ${layout}, got ${String(address)}.`,
      {
        context: { address: String(address), layout },
      },
    );
  }
  let response: Awaited<ReturnType<typeof read>>;
  const read = () => rpc.getAccountInfo(address as Address, { encoding: 'base64' }).send();
  try {
    response = await read();
  } catch (cause) {
    throw new XStockLendError(
      'RPC_ERROR',
      `getAccountInfo failed for the ${layout} at ${address}: ${(cause as Error)?.message ?? cause}`,
      {
        context: { address, layout },
        cause,
      },
    );
  }
  const value = response.value;
  if (value === null) {
    throw new XStockLendError(
      'ACCOUNT_NOT_FOUND',
      `No account exists at ${address} (expected the ${layout}). Check the address and the cluster.`,
      {
        context: { address, layout },
      },
    );
  }
  const owner = String(value.owner);
  if (!expectedOwners.includes(owner)) {
    throw new XStockLendError(
      'ACCOUNT_OWNER_MISMATCH',
      `The account at ${address} is owned by ${owner}, not by ${expectedOwners.join(' or ')}: refusing to decode it as a ${layout}.`,
      { context: { address, layout, owner, expectedOwners: [...expectedOwners] } },
    );
  }
  const [encoded] = value.data;
  return { address, owner, data: new Uint8Array(base64.encode(encoded)), slot: BigInt(response.context.slot) };
}
