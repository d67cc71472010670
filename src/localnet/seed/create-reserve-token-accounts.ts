import type { KeyPairSigner, TransactionSigner } from '@solana/kit';
import { TOKEN_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { AccountStore } from '../account-store.js';
import { buildCreateAccountInstruction } from './build-create-account-instruction.js';
import type { ReserveTokenAccounts } from './reserve-token-accounts.js';
import type { SeedInstruction } from './seed-instruction.js';
import { seedTransactionSignature, sendSeedTransaction } from './send-seed-transaction.js';
import {
  buildInitializeAccount3Instruction,
  buildInitializeMint2Instruction,
  buildMintToInstruction,
  buildSetMintAuthorityInstruction,
} from './token-instructions.js';

/**
 * What {@link createReserveTokenAccounts} creates and funds.
 *
 * @example
 * ```ts
 * import type { ReserveTokenAccountsParams } from 'xstock-lend/localnet';
 * declare const params: ReserveTokenAccountsParams;
 * ```
 */
export interface ReserveTokenAccountsParams {
  /** Fee payer. */
  payer: TransactionSigner;
  /** Mint authority of the liquidity mint (also the cToken mint's first authority). */
  issuer: TransactionSigner;
  /** The PDAs to create. */
  accounts: ReserveTokenAccounts;
  /** The lending market authority PDA: owner of the vaults and final cToken mint authority. */
  lendingMarketAuthority: string;
  /** Liquidity mint. */
  liquidityMint: string;
  /** Liquidity token program. */
  tokenProgram: string;
  /** Liquidity (and cToken) decimals. */
  decimals: number;
  /** Length of a liquidity token account (165, or 170 for a Pausable Token-2022 mint). */
  liquidityTokenAccountSize: number;
  /** Liquidity minted into the supply vault. */
  availableRaw: bigint;
  /** cTokens minted into the collateral supply vault (those deposited in obligations). */
  collateralInVaultRaw: bigint;
  /** cTokens held outside obligations (e.g. by a lender), in a new classic token account. */
  collateralHolder?: {
    /** The new token account's key pair. */
    account: KeyPairSigner;
    /** Its owner. */
    owner: string;
    /** cTokens minted to it. */
    amount: bigint;
  };
}

/**
 * Creates a reserve's vaults and cToken mint in the runtime and funds them through real token instructions. The PDAs
 * cannot sign a `CreateAccount`, so each is first written as an empty, rent-exempt account owned by its token program
 * (the state klend's own `init_reserve` leaves them in before initializing); `InitializeAccount3` / `InitializeMint2`,
 * `MintTo` and `SetAuthority` (cToken mint authority to the market authority) then run as transactions, whose
 * signatures are returned.
 *
 * @param store - the localnet account store
 * @param params - see {@link ReserveTokenAccountsParams}
 * @example
 * ```ts
 * import { createReserveTokenAccounts } from 'xstock-lend/localnet';
 * await createReserveTokenAccounts(store, params);
 * ```
 */
export async function createReserveTokenAccounts(
  store: AccountStore,
  params: ReserveTokenAccountsParams,
): Promise<string[]> {
  const { accounts, tokenProgram } = params;
  const allocate = (address: string, owner: string, size: number): void =>
    store.set({
      address,
      owner,
      lamports: store.svm.minimumBalanceForRentExemption(BigInt(size)),
      data: new Uint8Array(size),
      executable: false,
      rentEpoch: 0n,
    });
  allocate(accounts.liquiditySupplyVault, tokenProgram, params.liquidityTokenAccountSize);
  allocate(accounts.feeVault, tokenProgram, params.liquidityTokenAccountSize);
  allocate(accounts.collateralMint, TOKEN_PROGRAM_ID, 82);
  allocate(accounts.collateralSupplyVault, TOKEN_PROGRAM_ID, 165);
  const owner = params.lendingMarketAuthority;
  const holder = params.collateralHolder;
  const init: SeedInstruction[] = [
    buildInitializeAccount3Instruction({
      tokenProgram,
      account: accounts.liquiditySupplyVault,
      mint: params.liquidityMint,
      owner,
    }),
    buildInitializeAccount3Instruction({ tokenProgram, account: accounts.feeVault, mint: params.liquidityMint, owner }),
    buildInitializeMint2Instruction({
      tokenProgram: TOKEN_PROGRAM_ID,
      mint: accounts.collateralMint,
      decimals: params.decimals,
      mintAuthority: params.issuer.address,
      freezeAuthority: null,
    }),
    buildInitializeAccount3Instruction({
      tokenProgram: TOKEN_PROGRAM_ID,
      account: accounts.collateralSupplyVault,
      mint: accounts.collateralMint,
      owner,
    }),
  ];
  if (holder !== undefined) {
    init.push(
      buildCreateAccountInstruction({
        payer: params.payer,
        newAccount: holder.account,
        lamports: store.svm.minimumBalanceForRentExemption(165n),
        space: 165n,
        owner: TOKEN_PROGRAM_ID,
      }),
      buildInitializeAccount3Instruction({
        tokenProgram: TOKEN_PROGRAM_ID,
        account: holder.account.address,
        mint: accounts.collateralMint,
        owner: holder.owner,
      }),
    );
  }
  const created = await sendSeedTransaction(store.svm, params.payer, init);

  const fund: SeedInstruction[] = [];
  const mintTo = (program: string, mint: string, destination: string, amount: bigint): void => {
    if (amount > 0n)
      fund.push(buildMintToInstruction({ tokenProgram: program, mint, destination, authority: params.issuer, amount }));
  };
  mintTo(tokenProgram, params.liquidityMint, accounts.liquiditySupplyVault, params.availableRaw);
  mintTo(TOKEN_PROGRAM_ID, accounts.collateralMint, accounts.collateralSupplyVault, params.collateralInVaultRaw);
  if (holder !== undefined) mintTo(TOKEN_PROGRAM_ID, accounts.collateralMint, holder.account.address, holder.amount);
  fund.push(
    buildSetMintAuthorityInstruction({
      tokenProgram: TOKEN_PROGRAM_ID,
      mint: accounts.collateralMint,
      currentAuthority: params.issuer,
      newAuthority: owner,
    }),
  );
  const funded = await sendSeedTransaction(store.svm, params.payer, fund);
  return [seedTransactionSignature(created), seedTransactionSignature(funded)];
}
