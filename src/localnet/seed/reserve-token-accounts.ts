import { type Address, getAddressEncoder, getProgramDerivedAddress } from '@solana/kit';
import { KLEND_PROGRAM_ID } from '../../rpc/program-ids.js';

const addressEncoder = getAddressEncoder();
const utf8 = new TextEncoder();

/**
 * The token accounts klend keeps per reserve, all PDAs of the klend program seeded by the reserve address.
 *
 * @example
 * ```ts
 * import type { ReserveTokenAccounts } from 'xstock-lend/localnet';
 * declare const accounts: ReserveTokenAccounts;
 * console.log(accounts.liquiditySupplyVault);
 * ```
 */
export interface ReserveTokenAccounts {
  /** `["reserve_liq_supply", reserve]`: the liquidity the reserve holds. */
  liquiditySupplyVault: string;
  /** `["fee_receiver", reserve]`: protocol fees. */
  feeVault: string;
  /** `["reserve_coll_mint", reserve]`: the cToken mint (classic SPL Token). */
  collateralMint: string;
  /** `["reserve_coll_supply", reserve]`: cTokens deposited in obligations. */
  collateralSupplyVault: string;
}

/**
 * A klend PDA: `findProgramAddress([seed, key], KLEND_PROGRAM_ID)`.
 *
 * @param seed - the UTF-8 seed prefix (`lma`, `reserve_liq_supply`, …)
 * @param key - the address after it (market or reserve)
 * @example
 * ```ts
 * import { findKlendPda } from 'xstock-lend/localnet';
 * const [authority, bump] = await findKlendPda('lma', market);
 * ```
 */
export async function findKlendPda(seed: string, key: string): Promise<readonly [string, number]> {
  const [pda, bump] = await getProgramDerivedAddress({
    programAddress: KLEND_PROGRAM_ID as Address,
    seeds: [utf8.encode(seed), addressEncoder.encode(key as Address)],
  });
  return [pda, bump];
}

/**
 * Derives a reserve's four token-account PDAs.
 *
 * @param reserve - the reserve address
 * @example
 * ```ts
 * import { deriveReserveTokenAccounts } from 'xstock-lend/localnet';
 * const { collateralMint } = await deriveReserveTokenAccounts(reserve);
 * ```
 */
export async function deriveReserveTokenAccounts(reserve: string): Promise<ReserveTokenAccounts> {
  const [liquiditySupplyVault, feeVault, collateralMint, collateralSupplyVault] = await Promise.all(
    ['reserve_liq_supply', 'fee_receiver', 'reserve_coll_mint', 'reserve_coll_supply'].map(
      async (seed) => (await findKlendPda(seed, reserve))[0],
    ),
  );
  return {
    liquiditySupplyVault: liquiditySupplyVault as string,
    feeVault: feeVault as string,
    collateralMint: collateralMint as string,
    collateralSupplyVault: collateralSupplyVault as string,
  };
}
