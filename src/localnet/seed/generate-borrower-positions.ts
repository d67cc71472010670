import type { SeededRng } from './create-seeded-rng.js';
import type { FixedPrice } from './xstocks-reserve-params.js';

/**
 * Where a synthetic obligation's loan-to-value sits against its own limits: `safe` (below 80% of the max LTV),
 * `caution` (up to the max LTV), `overBorrowLimit` (between the max LTV and the liquidation LTV: no new borrows),
 * `liquidatable` (past the liquidation LTV, debt still below the collateral), `insolvent` (debt above the collateral).
 *
 * @example
 * ```ts
 * import type { LtvBand } from 'xstock-lend/localnet';
 * const band: LtvBand = 'liquidatable';
 * ```
 */
export type LtvBand = 'safe' | 'caution' | 'overBorrowLimit' | 'liquidatable' | 'insolvent';

/**
 * The collateral asset view the generator needs.
 *
 * @example
 * ```ts
 * import type { CollateralAssetView } from 'xstock-lend/localnet';
 * const spyx: CollateralAssetView = { decimals: 8, loanToValuePct: 73, liquidationThresholdPct: 75, price: { value: 68_000_000_000n, exp: 8 }, popularity: 25 };
 * ```
 */
export interface CollateralAssetView {
  /** Mint decimals. */
  decimals: number;
  /** Max LTV, percent. */
  loanToValuePct: number;
  /** Liquidation threshold, percent. */
  liquidationThresholdPct: number;
  /** Price per UI token. */
  price: FixedPrice;
  /** Relative weight when picking collateral. */
  popularity: number;
}

/**
 * One synthetic borrower: 1–3 collateral deposits and a USDC debt.
 *
 * @example
 * ```ts
 * import type { BorrowerPosition } from 'xstock-lend/localnet';
 * declare const p: BorrowerPosition;
 * console.log(p.deposits.length, p.debtRaw, p.band);
 * ```
 */
export interface BorrowerPosition {
  /** Deposits: index into the collateral list and raw amount. */
  deposits: {
    /** Index of the collateral asset. */
    asset: number;
    /** Raw token amount (> 0). */
    amountRaw: bigint;
  }[];
  /** USDC debt, raw units (6 decimals, > 0). */
  debtRaw: bigint;
  /** The LTV band the position was drawn in. */
  band: LtvBand;
  /** The drawn loan-to-value (debt / collateral value; USDC at $1 with borrow factor 100%). */
  ltv: number;
}

const BAND_CUMULATIVE: readonly (readonly [LtvBand, number])[] = [
  ['safe', 0.6],
  ['caution', 0.8],
  ['overBorrowLimit', 0.88],
  ['liquidatable', 0.97],
  ['insolvent', 1],
];

/** Draws a band: 60% safe, 20% caution, 8% over the borrow limit, 9% liquidatable, 3% insolvent. */
function drawBand(rng: SeededRng): LtvBand {
  const r = rng.next();
  for (const [band, upTo] of BAND_CUMULATIVE) if (r < upTo) return band;
  return 'insolvent';
}

function pickAssets(rng: SeededRng, assets: readonly CollateralAssetView[], count: number): number[] {
  const picked: number[] = [];
  while (picked.length < count) {
    const total = assets.reduce((sum, a, i) => sum + (picked.includes(i) ? 0 : a.popularity), 0);
    let r = rng.next() * total;
    for (let i = 0; i < assets.length; i++) {
      if (picked.includes(i)) continue;
      r -= assets[i]?.popularity ?? 0;
      if (r < 0) {
        picked.push(i);
        break;
      }
    }
    if (r >= 0) picked.push(assets.findIndex((_, i) => !picked.includes(i)));
  }
  return picked;
}

/**
 * Draws `count` synthetic borrowers from `rng`: 1–3 distinct collateral assets (weighted by popularity), collateral
 * worth $200–$250,000 (log-uniform), and a USDC debt at an LTV drawn per {@link LtvBand} (10% floor for `safe`;
 * `liquidatable` strictly between the position's weighted liquidation LTV and 99.5%; `insolvent` 101–130%). Bands can
 * be forced for the first positions (demo borrowers). Pure and deterministic for a given generator state.
 *
 * @param rng - the generator
 * @param count - how many positions
 * @param assets - the collateral assets
 * @param forcedBands - bands for positions 0, 1, … (the rest are drawn)
 * @example
 * ```ts
 * import { createSeededRng, generateBorrowerPositions } from 'xstock-lend/localnet';
 * const positions = generateBorrowerPositions(createSeededRng(1), 1000, assets);
 * ```
 */
export function generateBorrowerPositions(
  rng: SeededRng,
  count: number,
  assets: readonly CollateralAssetView[],
  forcedBands: readonly LtvBand[] = [],
): BorrowerPosition[] {
  const positions: BorrowerPosition[] = [];
  for (let n = 0; n < count; n++) {
    const r = rng.next();
    const picked = pickAssets(rng, assets, Math.min(assets.length, r < 0.5 ? 1 : r < 0.85 ? 2 : 3));
    const totalUsd = 200 * 1250 ** rng.next();
    const weights = picked.map(() => 0.2 + rng.next());
    const weightSum = weights.reduce((a, b) => a + b, 0);
    let valueUsd = 0;
    let maxLtvWeighted = 0;
    let liqLtvWeighted = 0;
    const deposits = picked.map((asset, i) => {
      const view = assets[asset] as CollateralAssetView;
      const priceUsd = Number(view.price.value) / 10 ** view.price.exp;
      const units = Math.max(
        1,
        Math.floor(((totalUsd * (weights[i] ?? 1)) / weightSum / priceUsd) * 10 ** view.decimals),
      );
      const value = (units / 10 ** view.decimals) * priceUsd;
      valueUsd += value;
      maxLtvWeighted += value * (view.loanToValuePct / 100);
      liqLtvWeighted += value * (view.liquidationThresholdPct / 100);
      return { asset, amountRaw: BigInt(units) };
    });
    const maxLtv = maxLtvWeighted / valueUsd;
    const liqLtv = liqLtvWeighted / valueUsd;
    const band = forcedBands[n] ?? drawBand(rng);
    const u = rng.next();
    const [low, high] =
      band === 'safe'
        ? [0.1, Math.max(0.1, 0.8 * maxLtv)]
        : band === 'caution'
          ? [0.8 * maxLtv, maxLtv - 0.002]
          : band === 'overBorrowLimit'
            ? [maxLtv + 0.002, liqLtv - 0.002]
            : band === 'liquidatable'
              ? [liqLtv + 0.005, 0.995]
              : [1.01, 1.3];
    const ltv = low + (high - low) * u;
    const debtRaw = BigInt(Math.max(1, Math.round(ltv * valueUsd * 1e6)));
    positions.push({ deposits, debtRaw, band, ltv });
  }
  return positions;
}
