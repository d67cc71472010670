import type { KeyPairSigner } from '@solana/kit';
import type { LtvBand } from './generate-borrower-positions.js';
import type { FixedPrice, SeededSymbol, SeedReserveParams } from './xstocks-reserve-params.js';

/**
 * Options of `seedXStocksMarket`.
 *
 * @example
 * ```ts
 * import type { SeedXStocksMarketOptions } from 'xstock-lend/localnet';
 * const options: SeedXStocksMarketOptions = { obligations: 100_000, rngSeed: 7, at: new Date('2026-11-23T15:00:00Z') };
 * ```
 */
export interface SeedXStocksMarketOptions {
  /** How many synthetic borrowers (default 1,000; 0 to 1,000,000). */
  obligations?: number;
  /** Seed of every key, address and random draw (default 1): the same seed gives the same chain. */
  rngSeed?: number;
  /** The chain's "now": the runtime clock, oracle timestamps and reserve updates (default: the current time). */
  at?: Date;
}

/**
 * One seeded reserve and everything around it.
 *
 * @example
 * ```ts
 * import type { SeededReserve } from 'xstock-lend/localnet';
 * declare const tslax: SeededReserve;
 * console.log(tslax.address, tslax.liquidityMint, tslax.scopePriceIndex);
 * ```
 */
export interface SeededReserve {
  /** Reserve symbol. */
  symbol: SeededSymbol;
  /** The klend `Reserve` account. */
  address: string;
  /** Liquidity mint (Token-2022 with ScaledUiAmount for xStocks, classic SPL Token for USDC). */
  liquidityMint: string;
  /** Mint decimals. */
  decimals: number;
  /** The liquidity mint's token program. */
  tokenProgram: string;
  /** cToken mint (classic SPL Token, authority: the lending market authority). */
  collateralMint: string;
  /** Liquidity supply vault. */
  liquiditySupplyVault: string;
  /** Fee vault. */
  feeVault: string;
  /** cToken vault of the deposits held in obligations. */
  collateralSupplyVault: string;
  /** Spot entry of the reserve's Scope price chain. */
  scopePriceIndex: number;
  /** TWAP entry, or null. */
  scopeTwapIndex: number | null;
  /** The asset's Pyth `PriceUpdateV2` account (not read by the reserve: Scope-only, as on mainnet). */
  pythPriceUpdate: string;
  /** The Pyth feed id in it (64 hex). */
  pythFeedId: string;
  /** The ScaledUiAmount multiplier authority (xStocks; null for USDC): signs `UpdateMultiplier`. */
  scaledUiAmountAuthority: KeyPairSigner | null;
  /** Starting price per UI token (= per share at multiplier 1). */
  initialPrice: FixedPrice;
  /** The parameters the reserve was built from. */
  params: SeedReserveParams;
  /** Liquidity supplied to the reserve, raw units (vault balance + borrowed). */
  totalSuppliedRaw: bigint;
  /** Liquidity borrowed from it, raw units. */
  totalBorrowedRaw: bigint;
}

/**
 * A seeded borrower whose key is known (the first obligations), with a real Vanilla obligation PDA, so a demo can act
 * as them.
 *
 * @example
 * ```ts
 * import type { SeededBorrower } from 'xstock-lend/localnet';
 * declare const borrower: SeededBorrower;
 * console.log(borrower.owner.address, borrower.obligation, borrower.band);
 * ```
 */
export interface SeededBorrower {
  /** The obligation owner (signer). */
  owner: KeyPairSigner;
  /** The obligation: `["\0", "\0", owner, market, default, default]` PDA of klend (Vanilla, id 0). */
  obligation: string;
  /** Its LTV band. */
  band: LtvBand;
}

/**
 * The seeded synthetic obligations.
 *
 * @example
 * ```ts
 * import type { SeededObligations } from 'xstock-lend/localnet';
 * declare const o: SeededObligations;
 * console.log(o.addresses.length, o.bandCounts.liquidatable);
 * ```
 */
export interface SeededObligations {
  /** Obligation addresses, in seed order. */
  addresses: readonly string[];
  /** The LTV band each was drawn in (same order). */
  bands: readonly LtvBand[];
  /** How many per band. */
  bandCounts: Readonly<Record<LtvBand, number>>;
}

/**
 * Everything a user or test needs about a seeded xStocks market.
 *
 * @example
 * ```ts
 * import { seedXStocksMarket } from 'xstock-lend/localnet';
 * const market = await seedXStocksMarket(store);
 * console.log(market.lendingMarket, market.reserves.map((r) => r.symbol));
 * ```
 */
export interface SeededMarket {
  /** The klend program id the accounts are owned by. */
  programId: string;
  /** The klend `LendingMarket`. */
  lendingMarket: string;
  /** The lending market authority PDA (`["lma", market]`): owner of the vaults. */
  lendingMarketAuthority: string;
  /** The market owner (admin key written in the market). */
  lendingMarketOwner: KeyPairSigner;
  /** The reserves, USDC first, then SPYx, QQQx, TSLAx, NVDAx, GOOGLx, AAPLx, MSTRx, HOODx. */
  reserves: readonly SeededReserve[];
  /** The Scope accounts every reserve prices from. */
  scope: {
    /** `OraclePrices` (owner Scope). */
    oraclePrices: string;
    /** `OracleMappings` (owner Scope): spot xStocks are ChainlinkX (37), TWAPs ScopeTwap (12), USDC PythPull (21). */
    oracleMappings: string;
  };
  /** The synthetic borrowers. */
  obligations: SeededObligations;
  /** The first obligations, with known owner keys: bands safe, liquidatable, insolvent (as many as were seeded). */
  demoBorrowers: readonly SeededBorrower[];
  /** The USDC supplier: holds the USDC cTokens (the lenders' side of the market) in `collateralAccount`. */
  usdcLender: {
    /** The lender's key. */
    owner: KeyPairSigner;
    /** Its cToken account. */
    collateralAccount: string;
  };
  /** Fee payer funded in the runtime (1,000 SOL at seed time). */
  payer: KeyPairSigner;
  /** Issuer of every mint: mint and freeze authority; for xStocks also metadata, pause authority and permanent delegate. */
  issuer: KeyPairSigner;
  /** The seed used. */
  rngSeed: number;
  /** The seeded "now". */
  at: Date;
  /** The runtime slot the accounts were stamped with. */
  slot: bigint;
  /** The seed's runtime transactions (`mint/<symbol>`, `vaults/<symbol>`), findable with `LiteSVM.getTransaction`. */
  transactions: readonly {
    /** What the transaction did. */
    purpose: string;
    /** Its base58 signature. */
    signature: string;
  }[];
  /** Milliseconds spent per phase (mints and vaults, klend accounts, obligations, total). */
  timingsMs: Readonly<Record<'tokens' | 'klend' | 'obligations' | 'total', number>>;
}
