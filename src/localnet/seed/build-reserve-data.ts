import { Reserve } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Reserve.js';
import { encodeAnchorAccount } from './encode-anchor-account.js';
import { NULL_PUBKEY_FOR_ORACLES, U16_NONE } from './klend-constants.js';
import { SF_ONE_VALUE } from './scaled-fraction.js';
import { utf8Padded } from './utf8-padded.js';
import { SEED_LIQUIDATION_PARAMS, type SeedReserveParams } from './xstocks-reserve-params.js';

const U64_MAX = (1n << 64n) - 1n;

/**
 * The borrow curve the seed gives USDC (utilization bps → borrow APR bps): 0 → 0, 80% → 8%, 90% → 15%, 100% → 50%.
 * The xStock reserves (nobody borrows them here) use 0 → 0, 100% → 30%. Seed choices, not mainnet values.
 *
 * @example
 * ```ts
 * import { SEED_USDC_BORROW_CURVE } from 'xstock-lend/localnet';
 * console.log(SEED_USDC_BORROW_CURVE.length); // 4
 * ```
 */
export const SEED_USDC_BORROW_CURVE: readonly (readonly [number, number])[] = [
  [0, 0],
  [8_000, 800],
  [9_000, 1_500],
  [10_000, 5_000],
];

const XSTOCK_BORROW_CURVE: readonly (readonly [number, number])[] = [
  [0, 0],
  [10_000, 3_000],
];

/**
 * The state of one reserve to encode with {@link buildReserveData}.
 *
 * @example
 * ```ts
 * import type { ReserveDataParams } from 'xstock-lend/localnet';
 * declare const params: ReserveDataParams;
 * ```
 */
export interface ReserveDataParams {
  /** The reserve's parameters. */
  params: SeedReserveParams;
  /** The lending market. */
  lendingMarket: string;
  /** Liquidity mint. */
  liquidityMint: string;
  /** Liquidity token program. */
  tokenProgram: string;
  /** Liquidity supply vault (`["reserve_liq_supply", reserve]`). */
  liquiditySupplyVault: string;
  /** Fee vault (`["fee_receiver", reserve]`). */
  feeVault: string;
  /** Collateral (cToken) mint (`["reserve_coll_mint", reserve]`). */
  collateralMint: string;
  /** Collateral supply vault (`["reserve_coll_supply", reserve]`). */
  collateralSupplyVault: string;
  /** The Scope `OraclePrices` account. */
  scopeOraclePrices: string;
  /** Liquidity in the supply vault, raw units. */
  availableRaw: bigint;
  /** Borrowed liquidity as a scaled fraction (sum of the obligations' `borrowedAmountSf`). */
  borrowedSf: bigint;
  /** cTokens in existence (1:1 with supplied liquidity at a fresh reserve). */
  collateralSupplyRaw: bigint;
  /** `depositLimit`, raw units. */
  depositLimitRaw: bigint;
  /** `borrowLimit`, raw units. */
  borrowLimitRaw: bigint;
  /** Market price as a scaled fraction (USD per UI token × 2^60). */
  marketPriceSf: bigint;
  /** Slot of `lastUpdate`. */
  slot: bigint;
  /** Unix seconds of `marketPriceLastUpdatedTs`. */
  unixTimestamp: bigint;
}

/**
 * Encodes a klend `Reserve` (8,624 bytes) with klend-sdk's codec: liquidity (mint, decimals, token program, vaults,
 * available and borrowed amounts, market price, cumulative borrow rate 1.0), collateral (cToken mint, supply, vault),
 * and a config with the FACTS §2 risk parameters, Scope-only pricing (Pyth and Switchboard set to klend's null key),
 * elevation group 0 only, flash loans disabled (`flashLoanFeeSf = u64::MAX`), no origination fee, no withdrawal caps,
 * no borrow limit outside elevation groups (u64::MAX), autodeleverage off. `lastUpdate` is fresh with every price
 * check passed (`priceStatus` 63).
 *
 * @param state - see {@link ReserveDataParams}
 * @example
 * ```ts
 * import { Reserve } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Reserve.js';
 * import { buildReserveData } from 'xstock-lend/localnet';
 * const reserve = Reserve.decode(Buffer.from(buildReserveData(state)));
 * console.log(reserve.config.loanToValuePct);
 * ```
 */
export function buildReserveData(state: ReserveDataParams): Uint8Array {
  const { params } = state;
  const zero = Buffer.alloc(8 + Reserve.layout.span);
  zero.set(Reserve.discriminator, 0);
  const json = Reserve.decode(zero).toJSON();
  json.version = '1';
  json.lastUpdate = { slot: String(state.slot), stale: 0, priceStatus: 63, placeholder: [0, 0, 0, 0, 0, 0] };
  json.lendingMarket = state.lendingMarket;

  const liquidity = json.liquidity;
  liquidity.mintPubkey = state.liquidityMint;
  liquidity.supplyVault = state.liquiditySupplyVault;
  liquidity.feeVault = state.feeVault;
  liquidity.totalAvailableAmount = String(state.availableRaw);
  liquidity.borrowedAmountSf = String(state.borrowedSf);
  liquidity.marketPriceSf = String(state.marketPriceSf);
  liquidity.marketPriceLastUpdatedTs = String(state.unixTimestamp);
  liquidity.mintDecimals = String(params.decimals);
  liquidity.cumulativeBorrowRateBsf = { value: [String(SF_ONE_VALUE), '0', '0', '0'], padding: ['0', '0'] };
  liquidity.tokenProgram = state.tokenProgram;

  json.collateral.mintPubkey = state.collateralMint;
  json.collateral.mintTotalSupply = String(state.collateralSupplyRaw);
  json.collateral.supplyVault = state.collateralSupplyVault;

  const config = json.config;
  config.status = 0;
  config.protocolTakeRatePct = params.symbol === 'USDC' ? 10 : 0;
  config.protocolLiquidationFeePct = SEED_LIQUIDATION_PARAMS.protocolLiquidationFeePct;
  config.loanToValuePct = params.loanToValuePct;
  config.liquidationThresholdPct = params.liquidationThresholdPct;
  config.minLiquidationBonusBps = SEED_LIQUIDATION_PARAMS.minLiquidationBonusBps;
  config.maxLiquidationBonusBps = SEED_LIQUIDATION_PARAMS.maxLiquidationBonusBps;
  config.badDebtLiquidationBonusBps = SEED_LIQUIDATION_PARAMS.badDebtLiquidationBonusBps;
  config.fees.originationFeeSf = '0';
  config.fees.flashLoanFeeSf = String(U64_MAX);
  const curve = params.symbol === 'USDC' ? SEED_USDC_BORROW_CURVE : XSTOCK_BORROW_CURVE;
  config.borrowRateCurve.points = Array.from({ length: 11 }, (_, i) => {
    const [utilizationRateBps, borrowRateBps] = curve[Math.min(i, curve.length - 1)] ?? [10_000, 0];
    return { utilizationRateBps, borrowRateBps };
  });
  config.borrowFactorPct = String(params.borrowFactorPct);
  config.depositLimit = String(state.depositLimitRaw);
  config.borrowLimit = String(state.borrowLimitRaw);
  config.borrowLimitOutsideElevationGroup = String(U64_MAX);
  config.autodeleverageEnabled = 0;

  const tokenInfo = config.tokenInfo;
  tokenInfo.name = utf8Padded(params.symbol, 32);
  tokenInfo.heuristic =
    params.heuristic === null
      ? { lower: '0', upper: '0', exp: '0' }
      : {
          lower: String(params.heuristic.lower),
          upper: String(params.heuristic.upper),
          exp: String(params.heuristic.exp),
        };
  tokenInfo.maxTwapDivergenceBps = String(params.maxTwapDivergenceBps);
  tokenInfo.maxAgePriceSeconds = String(params.maxAgePriceSeconds);
  tokenInfo.maxAgeTwapSeconds = String(params.maxAgeTwapSeconds);
  tokenInfo.scopeConfiguration = {
    priceFeed: state.scopeOraclePrices,
    priceChain: [params.scopePriceIndex, U16_NONE, U16_NONE, U16_NONE],
    twapChain: [params.scopeTwapIndex ?? U16_NONE, U16_NONE, U16_NONE, U16_NONE],
  };
  tokenInfo.switchboardConfiguration = {
    priceAggregator: NULL_PUBKEY_FOR_ORACLES,
    twapAggregator: NULL_PUBKEY_FOR_ORACLES,
  };
  tokenInfo.pythConfiguration = { price: NULL_PUBKEY_FOR_ORACLES };

  const borrowedRaw = (state.borrowedSf + SF_ONE_VALUE - 1n) / SF_ONE_VALUE;
  json.borrowedAmountOutsideElevationGroup = String(borrowedRaw);
  return encodeAnchorAccount(Reserve, Reserve.fromJSON(json));
}
