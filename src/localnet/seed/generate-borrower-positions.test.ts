import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeededRng } from './create-seeded-rng.js';
import { type CollateralAssetView, generateBorrowerPositions } from './generate-borrower-positions.js';
import { XSTOCKS_RESERVE_PARAMS } from './xstocks-reserve-params.js';

const ASSETS: CollateralAssetView[] = XSTOCKS_RESERVE_PARAMS.filter((p) => p.symbol !== 'USDC').map((p) => ({
  decimals: p.decimals,
  loanToValuePct: p.loanToValuePct,
  liquidationThresholdPct: p.liquidationThresholdPct,
  price: p.initialPrice,
  popularity: 1,
}));

/** Exact LTV and limits of a position from its raw amounts (independent of the generator's floats). */
function measure(position: ReturnType<typeof generateBorrowerPositions>[number]) {
  let value = 0;
  let maxLtv = 0;
  let liqLtv = 0;
  for (const { asset, amountRaw } of position.deposits) {
    const a = ASSETS[asset] as CollateralAssetView;
    const v = (Number(amountRaw) / 10 ** a.decimals) * (Number(a.price.value) / 10 ** a.price.exp);
    value += v;
    maxLtv += (v * a.loanToValuePct) / 100;
    liqLtv += (v * a.liquidationThresholdPct) / 100;
  }
  return { ltv: Number(position.debtRaw) / 1e6 / value, maxLtv: maxLtv / value, liqLtv: liqLtv / value };
}

describe('generateBorrowerPositions', () => {
  it('puts every position in its band, with 1–3 distinct positive deposits', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const p of generateBorrowerPositions(createSeededRng(seed), 200, ASSETS)) {
          expect(p.deposits.length).toBeGreaterThanOrEqual(1);
          expect(p.deposits.length).toBeLessThanOrEqual(3);
          expect(new Set(p.deposits.map((d) => d.asset)).size).toBe(p.deposits.length);
          expect(p.deposits.every((d) => d.amountRaw > 0n) && p.debtRaw > 0n).toBe(true);
          const { ltv, maxLtv, liqLtv } = measure(p);
          if (p.band === 'safe') expect(ltv).toBeLessThanOrEqual(0.8 * maxLtv + 1e-6);
          if (p.band === 'safe') expect(ltv).toBeGreaterThanOrEqual(0.1 - 1e-6);
          if (p.band === 'caution') expect(ltv).toBeLessThan(maxLtv);
          if (p.band === 'overBorrowLimit') expect(maxLtv < ltv && ltv < liqLtv).toBe(true);
          if (p.band === 'liquidatable') expect(liqLtv < ltv && ltv < 1).toBe(true);
          if (p.band === 'insolvent') expect(ltv).toBeGreaterThan(1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('honours forced bands and is deterministic', () => {
    const a = generateBorrowerPositions(createSeededRng(9), 50, ASSETS, ['insolvent', 'safe']);
    const b = generateBorrowerPositions(createSeededRng(9), 50, ASSETS, ['insolvent', 'safe']);
    expect(a).toEqual(b);
    expect([a[0]?.band, a[1]?.band]).toEqual(['insolvent', 'safe']);
  });
});
