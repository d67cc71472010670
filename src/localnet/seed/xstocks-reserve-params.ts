/**
 * The symbols of the reserves the xStocks seed creates: USDC (the debt asset) and eight xStocks (collateral).
 *
 * @example
 * ```ts
 * import type { SeededSymbol } from 'xstock-lend/localnet';
 * const symbol: SeededSymbol = 'TSLAx';
 * ```
 */
export type SeededSymbol = 'USDC' | 'SPYx' | 'QQQx' | 'TSLAx' | 'NVDAx' | 'GOOGLx' | 'AAPLx' | 'MSTRx' | 'HOODx';

/**
 * A fixed-point USD price: `value × 10^−exp` (Scope's convention: `exp` counts decimals).
 *
 * @example
 * ```ts
 * import type { FixedPrice } from 'xstock-lend/localnet';
 * const spy: FixedPrice = { value: 68_000_000_000n, exp: 8 }; // $680
 * ```
 */
export interface FixedPrice {
  /** The mantissa (u64 range). */
  value: bigint;
  /** The number of decimals of `value`. */
  exp: number;
}

/**
 * klend's `PriceHeuristic`: the band `[lower, upper] × 10^−exp` USD a price must fall in to be used.
 *
 * @example
 * ```ts
 * import type { PriceHeuristicParams } from 'xstock-lend/localnet';
 * const band: PriceHeuristicParams = { lower: 515n, upper: 858n, exp: 0 };
 * ```
 */
export interface PriceHeuristicParams {
  /** Lower bound mantissa. */
  lower: bigint;
  /** Upper bound mantissa. */
  upper: bigint;
  /** Decimals of both bounds. */
  exp: number;
}

/**
 * Everything the seed needs to know about one reserve: token, risk parameters, oracle wiring and starting price.
 *
 * @example
 * ```ts
 * import { XSTOCKS_RESERVE_PARAMS } from 'xstock-lend/localnet';
 * const tslax = XSTOCKS_RESERVE_PARAMS.find((p) => p.symbol === 'TSLAx');
 * console.log(tslax?.loanToValuePct, tslax?.liquidationThresholdPct); // 55 65
 * ```
 */
export interface SeedReserveParams {
  /** Reserve symbol, also written (UTF-8, zero-padded) into `config.tokenInfo.name`. */
  symbol: SeededSymbol;
  /** Token name written into the mint's TokenMetadata. */
  tokenName: string;
  /** The underlying ticker (`SPY`, `TSLA`, …; `USDC` for USDC). */
  underlying: string;
  /** Mint decimals. */
  decimals: number;
  /** `token-2022` for xStocks (ScaledUiAmount mints), `token` (classic SPL Token) for USDC. */
  tokenProgram: 'token' | 'token-2022';
  /** `config.loanToValuePct`. */
  loanToValuePct: number;
  /** `config.liquidationThresholdPct`. */
  liquidationThresholdPct: number;
  /** `config.borrowFactorPct` (100 = no extra weight on debt in this asset). */
  borrowFactorPct: number;
  /** `config.borrowLimit` in whole tokens (`null`: sized by the seed above the seeded borrows). */
  borrowLimitTokens: bigint | null;
  /** `config.tokenInfo.heuristic`, or `null` for none (all zero). */
  heuristic: PriceHeuristicParams | null;
  /** Spot Scope chain: `priceChain = [index, 65535, 65535, 65535]`. */
  scopePriceIndex: number;
  /** TWAP Scope chain entry, or `null` for no TWAP (`twapChain` all 65535; divergence check off). */
  scopeTwapIndex: number | null;
  /** `config.tokenInfo.maxAgePriceSeconds`. */
  maxAgePriceSeconds: number;
  /** `config.tokenInfo.maxAgeTwapSeconds` (0 without TWAP). */
  maxAgeTwapSeconds: number;
  /** `config.tokenInfo.maxTwapDivergenceBps` (0 without TWAP). */
  maxTwapDivergenceBps: number;
  /** The starting price per UI token (= per share while the ScaledUiAmount multiplier is 1). */
  initialPrice: FixedPrice;
  /** The Pyth price feed id (64 hex, no `0x`) written into the asset's `PriceUpdateV2`. */
  pythFeedId: string;
}

const NO_TWAP = { scopeTwapIndex: null, maxAgeTwapSeconds: 0, maxTwapDivergenceBps: 0 } as const;

function xstock(
  fields: Omit<SeedReserveParams, 'decimals' | 'tokenProgram' | 'maxAgePriceSeconds' | 'maxTwapDivergenceBps'>,
): SeedReserveParams {
  return { ...fields, decimals: 8, tokenProgram: 'token-2022', maxAgePriceSeconds: 300, maxTwapDivergenceBps: 500 };
}

const price = (dollars: number): FixedPrice => ({ value: BigInt(Math.round(dollars * 100)) * 1_000_000n, exp: 8 });

/**
 * The reserves of the seeded xStocks market, USDC first.
 *
 * Risk parameters are Kamino's xStocks market (`5wJeMrU…`) as decoded on 2026-04-27 (FACTS §2; third-party snapshot):
 * LTV / liquidation threshold, borrow factor, borrow limit (in tokens), price heuristic, spot and TWAP Scope chain
 * indices, max price age 300 s (GOOGLx TWAP 500 s), TWAP divergence 500 bps. The heuristics FACTS leaves blank
 * (GOOGLx, AAPLx, NVDAx, MSTRx, HOODx) come from the same snapshot. Liquidation bonus 500–1000 bps, bad-debt bonus
 * 99 bps and protocol liquidation fee 50% are set for every reserve by the seed.
 *
 * Seed choices, not mainnet facts: xStock decimals 8; the USDC reserve (Scope index 20, no TWAP, no heuristic, LTV 0,
 * borrow factor 100%); the starting prices (inside every heuristic: HOOD starts at $92 because the snapshot's HOODx
 * band is [54, 100]). Pyth feed ids are the `Equity.US.<TICKER>/USD` and `Crypto.USDC/USD` ids as listed by
 * third-party code; the reserves do not read Pyth (Scope-only, as on mainnet).
 *
 * @example
 * ```ts
 * import { XSTOCKS_RESERVE_PARAMS } from 'xstock-lend/localnet';
 * for (const p of XSTOCKS_RESERVE_PARAMS) console.log(p.symbol, p.scopePriceIndex);
 * ```
 */
export const XSTOCKS_RESERVE_PARAMS: readonly SeedReserveParams[] = Object.freeze([
  {
    symbol: 'USDC',
    tokenName: 'USD Coin',
    underlying: 'USDC',
    decimals: 6,
    tokenProgram: 'token',
    loanToValuePct: 0,
    liquidationThresholdPct: 0,
    borrowFactorPct: 100,
    borrowLimitTokens: null,
    heuristic: null,
    scopePriceIndex: 20,
    ...NO_TWAP,
    maxAgePriceSeconds: 300,
    initialPrice: { value: 100_000_000n, exp: 8 },
    pythFeedId: 'eaa020c61cc479712813461ce153894a96a6c00b21ed0cfc2798d1f9a9e9c94a',
  },
  xstock({
    symbol: 'SPYx',
    tokenName: 'SP500 xStock',
    underlying: 'SPY',
    loanToValuePct: 73,
    liquidationThresholdPct: 75,
    borrowFactorPct: 166,
    borrowLimitTokens: 5_000n,
    heuristic: { lower: 515n, upper: 858n, exp: 0 },
    scopePriceIndex: 344,
    scopeTwapIndex: 279,
    maxAgeTwapSeconds: 300,
    initialPrice: price(680),
    pythFeedId: '19e09bb805456ada3979a7d1cbb4b6d63babc3a0f8e8a9509f68afa5c4c11cd5',
  }),
  xstock({
    symbol: 'QQQx',
    tokenName: 'Nasdaq xStock',
    underlying: 'QQQ',
    loanToValuePct: 70,
    liquidationThresholdPct: 72,
    borrowFactorPct: 166,
    borrowLimitTokens: 1_000n,
    heuristic: { lower: 400n, upper: 700n, exp: 0 },
    scopePriceIndex: 347,
    scopeTwapIndex: 281,
    maxAgeTwapSeconds: 300,
    initialPrice: price(610),
    pythFeedId: '9695e2b96ea7b3859da9ed25b7a46a920a776e2fdae19a7bcfdf2b219230452d',
  }),
  xstock({
    symbol: 'TSLAx',
    tokenName: 'Tesla xStock',
    underlying: 'TSLA',
    loanToValuePct: 55,
    liquidationThresholdPct: 65,
    borrowFactorPct: 225,
    borrowLimitTokens: 2_500n,
    heuristic: { lower: 300n, upper: 520n, exp: 0 },
    scopePriceIndex: 338,
    scopeTwapIndex: 273,
    maxAgeTwapSeconds: 300,
    initialPrice: price(430),
    pythFeedId: '16dad506d7db8da01c87581c87ca897a012a153557d4d578c3b9c9e1bc0632f1',
  }),
  xstock({
    symbol: 'NVDAx',
    tokenName: 'NVIDIA xStock',
    underlying: 'NVDA',
    loanToValuePct: 55,
    liquidationThresholdPct: 65,
    borrowFactorPct: 225,
    borrowLimitTokens: 500n,
    heuristic: { lower: 100n, upper: 250n, exp: 0 },
    scopePriceIndex: 332,
    scopeTwapIndex: 269,
    maxAgeTwapSeconds: 300,
    initialPrice: price(180),
    pythFeedId: 'b1073854ed24cbc755dc527418f52b7d271f6cc967bbf8d8129112b18860a593',
  }),
  xstock({
    symbol: 'GOOGLx',
    tokenName: 'Alphabet xStock',
    underlying: 'GOOGL',
    loanToValuePct: 60,
    liquidationThresholdPct: 70,
    borrowFactorPct: 200,
    borrowLimitTokens: 0n,
    heuristic: { lower: 224n, upper: 416n, exp: 0 },
    scopePriceIndex: 326,
    scopeTwapIndex: 265,
    maxAgeTwapSeconds: 500,
    initialPrice: price(300),
    pythFeedId: '5a48c03e9b9cb337801073ed9d166817473697efff0d138874e0f6a33d6d5aa6',
  }),
  xstock({
    symbol: 'AAPLx',
    tokenName: 'Apple xStock',
    underlying: 'AAPL',
    loanToValuePct: 40,
    liquidationThresholdPct: 50,
    borrowFactorPct: 200,
    borrowLimitTokens: 0n,
    heuristic: { lower: 190n, upper: 300n, exp: 0 },
    scopePriceIndex: 317,
    scopeTwapIndex: 259,
    maxAgeTwapSeconds: 300,
    initialPrice: price(280),
    pythFeedId: '49f6b65cb1de6b10eaf75e7c03ca029c306d0357e91b5311b175084a5ad55688',
  }),
  xstock({
    symbol: 'MSTRx',
    tokenName: 'MicroStrategy xStock',
    underlying: 'MSTR',
    loanToValuePct: 30,
    liquidationThresholdPct: 40,
    borrowFactorPct: 250,
    borrowLimitTokens: 0n,
    heuristic: { lower: 65n, upper: 250n, exp: 0 },
    scopePriceIndex: 335,
    scopeTwapIndex: 271,
    maxAgeTwapSeconds: 300,
    initialPrice: price(180),
    pythFeedId: 'e1e80251e5f5184f2195008382538e847fafc36f751896889dd3d1b1f6111f09',
  }),
  xstock({
    symbol: 'HOODx',
    tokenName: 'Robinhood xStock',
    underlying: 'HOOD',
    loanToValuePct: 30,
    liquidationThresholdPct: 40,
    borrowFactorPct: 250,
    borrowLimitTokens: 0n,
    heuristic: { lower: 54n, upper: 100n, exp: 0 },
    scopePriceIndex: 320,
    scopeTwapIndex: 261,
    maxAgeTwapSeconds: 300,
    initialPrice: price(92),
    pythFeedId: '306736a4035846ba15a3496eed57225b64cc19230a50d14f3ed20fd7219b7849',
  }),
]);

/**
 * Liquidation parameters every seeded reserve shares (FACTS §2): bonus 500–1000 bps, bad-debt bonus 99 bps,
 * protocol share of the bonus 50%.
 *
 * @example
 * ```ts
 * import { SEED_LIQUIDATION_PARAMS } from 'xstock-lend/localnet';
 * console.log(SEED_LIQUIDATION_PARAMS.badDebtLiquidationBonusBps); // 99
 * ```
 */
export const SEED_LIQUIDATION_PARAMS = Object.freeze({
  /** `config.minLiquidationBonusBps`. */
  minLiquidationBonusBps: 500,
  /** `config.maxLiquidationBonusBps`. */
  maxLiquidationBonusBps: 1000,
  /** `config.badDebtLiquidationBonusBps`. */
  badDebtLiquidationBonusBps: 99,
  /** `config.protocolLiquidationFeePct`. */
  protocolLiquidationFeePct: 50,
});
