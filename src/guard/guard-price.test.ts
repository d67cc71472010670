import { describe, expect, it } from 'vitest';
import type { ScaledUiAmountConfig } from '../corporate-actions/index.js';
import { XStockLendError } from '../errors/index.js';
import type { OracleReading } from '../oracle/index.js';
import { computeGapHaircut } from './compute-gap-haircut.js';
import { GAP_HAIRCUT_BPS } from './gap-haircuts.js';
import { type GuardPriceInput, guardPrice } from './guard-price.js';

// Thanksgiving week 2026: Wed 25 normal, Thu 26 closed (holiday), Fri 27 early close 13:00, then the weekend,
// and a 3:1 split whose new multiplier applies Mon 30 00:00 UTC (Sun 19:00 New York).
const SPLIT_AT = BigInt(Date.parse('2026-11-30T00:00:00Z') / 1000);
const MINT: ScaledUiAmountConfig = {
  authority: null,
  multiplier: 1,
  newMultiplier: 3,
  newMultiplierEffectiveTimestamp: SPLIT_AT,
};
const t = (iso: string) => BigInt(Date.parse(iso) / 1000);
const share = (usd: number, publishedAt: string, extra: Partial<OracleReading> = {}): OracleReading => ({
  source: 'pyth-pull',
  basis: 'share',
  price: BigInt(Math.round(usd * 1e8)),
  exponent: -8,
  confidence: 5_000_000n, // $0.05
  publishTime: t(publishedAt),
  ...extra,
});
const scope = (usdPerRawUnit: number, publishedAt: string): OracleReading => ({
  ...share(usdPerRawUnit, publishedAt),
  source: 'scope',
  basis: 'raw-token',
  confidence: 0n,
});
const FRIDAY_CLOSE = share(420, '2026-11-27T18:00:00Z');
const tsla = GAP_HAIRCUT_BPS.TSLA as number;

interface Row {
  name: string;
  input: Omit<GuardPriceInput, 'at'> & { at: string };
  status: string;
  can: [boolean, boolean, boolean];
  session: string;
  hoursClosed?: number;
  reason?: RegExp;
}

const rows: Row[] = [
  {
    name: 'Wed open, fresh',
    input: { reading: share(420, '2026-11-25T14:59:50Z'), at: '2026-11-25T15:00:00Z', symbol: 'TSLAx' },
    status: 'live',
    can: [true, true, true],
    session: 'regular',
  },
  {
    name: 'Wed open, 2 min old',
    input: { reading: share(420, '2026-11-25T14:58:00Z'), at: '2026-11-25T15:00:00Z', symbol: 'TSLAx' },
    status: 'stale',
    can: [false, false, false],
    session: 'regular',
    reason: /120 s old/,
  },
  {
    name: 'Wed just after the open, last print from before it',
    input: { reading: share(420, '2026-11-25T14:29:59Z'), at: '2026-11-25T14:30:30Z', symbol: 'TSLAx' },
    status: 'stale',
    can: [false, false, false],
    session: 'regular',
    reason: /not published since/,
  },
  {
    name: 'Wed post-market, 1 h after the close',
    input: { reading: share(420, '2026-11-25T21:00:00Z'), at: '2026-11-25T22:00:00Z', symbol: 'TSLAx' },
    status: 'market-closed',
    can: [true, true, false],
    session: 'post',
    hoursClosed: 1,
  },
  {
    name: 'Thanksgiving noon',
    input: { reading: share(420, '2026-11-25T21:00:00Z'), at: '2026-11-26T17:00:00Z', symbol: 'TSLAx' },
    status: 'market-closed',
    can: [true, true, false],
    session: 'closed',
    hoursClosed: 20,
  },
  {
    name: 'Thanksgiving, price older than the last close',
    input: { reading: share(420, '2026-11-24T21:00:00Z'), at: '2026-11-26T17:00:00Z', symbol: 'TSLAx' },
    status: 'stale',
    can: [false, false, false],
    session: 'closed',
    reason: /predates the last close/,
  },
  {
    name: 'Fri early-close day, open',
    input: { reading: share(421, '2026-11-27T15:59:58Z'), at: '2026-11-27T16:00:00Z', symbol: 'TSLAx' },
    status: 'live',
    can: [true, true, true],
    session: 'regular',
  },
  {
    name: 'Fri 14:00 NY, after the 13:00 close',
    input: { reading: FRIDAY_CLOSE, at: '2026-11-27T19:00:00Z', symbol: 'TSLAx' },
    status: 'market-closed',
    can: [true, true, false],
    session: 'post',
    hoursClosed: 1,
  },
  {
    name: 'Sat noon, split 31 h away: outside the 24 h window',
    input: { reading: FRIDAY_CLOSE, at: '2026-11-28T17:00:00Z', symbol: 'TSLAx', mint: MINT },
    status: 'market-closed',
    can: [true, true, false],
    session: 'closed',
    hoursClosed: 23,
  },
  {
    name: 'Sat 20:00 NY, split in 23 h',
    input: { reading: FRIDAY_CLOSE, at: '2026-11-29T01:00:00Z', symbol: 'TSLAx', mint: MINT },
    status: 'corporate-action',
    can: [false, false, false],
    session: 'closed',
    reason: /changes ×3/,
  },
  {
    name: 'Mon pre-market after the split, oracle still on Friday',
    input: { reading: FRIDAY_CLOSE, at: '2026-11-30T12:00:00Z', symbol: 'TSLAx', mint: MINT },
    status: 'corporate-action',
    can: [false, false, false],
    session: 'pre',
    reason: /waiting for an oracle price/,
  },
  {
    name: 'Mon open, split-adjusted share price, reference given',
    input: {
      reading: share(141, '2026-11-30T14:59:55Z'),
      at: '2026-11-30T15:00:00Z',
      symbol: 'TSLAx',
      mint: MINT,
      reference: FRIDAY_CLOSE,
    },
    status: 'live',
    can: [true, true, true],
    session: 'regular',
    reason: /as a share quote should/,
  },
  {
    name: 'Mon open, share feed not split-adjusted',
    input: {
      reading: share(423, '2026-11-30T14:59:55Z'),
      at: '2026-11-30T15:00:00Z',
      symbol: 'TSLAx',
      mint: MINT,
      reference: FRIDAY_CLOSE,
    },
    status: 'corporate-action',
    can: [false, false, false],
    session: 'regular',
    reason: /disagrees with the mint/,
  },
  {
    name: 'Mon open, Scope raw-unit price continuous',
    input: {
      reading: scope(423, '2026-11-30T14:59:55Z'),
      at: '2026-11-30T15:00:00Z',
      symbol: 'TSLAx',
      mint: MINT,
      reference: scope(420, '2026-11-27T18:00:00Z'),
    },
    status: 'live',
    can: [true, true, true],
    session: 'regular',
  },
  {
    name: 'Mon open, Scope multiplier lagging (raw price fell ×1/3)',
    input: {
      reading: scope(141, '2026-11-30T14:59:55Z'),
      at: '2026-11-30T15:00:00Z',
      symbol: 'TSLAx',
      mint: MINT,
      reference: scope(420, '2026-11-27T18:00:00Z'),
    },
    status: 'corporate-action',
    can: [false, false, false],
    session: 'regular',
    reason: /disagrees/,
  },
  {
    name: 'Mon open, no reference to verify the basis',
    input: { reading: share(141, '2026-11-30T14:59:55Z'), at: '2026-11-30T15:00:00Z', symbol: 'TSLAx', mint: MINT },
    status: 'corporate-action',
    can: [false, false, false],
    session: 'regular',
    reason: /pass a reference/,
  },
  {
    name: 'Thu after the check window: split is history',
    input: { reading: share(140, '2026-12-03T15:59:55Z'), at: '2026-12-03T16:00:00Z', symbol: 'TSLAx', mint: MINT },
    status: 'live',
    can: [true, true, true],
    session: 'regular',
  },
  {
    name: 'halted by the oracle',
    input: {
      reading: share(420, '2026-11-25T14:59:50Z', { source: 'pyth-push', status: 'halted' }),
      at: '2026-11-25T15:00:00Z',
    },
    status: 'halted',
    can: [false, false, false],
    session: 'regular',
  },
  {
    name: 'unknown status',
    input: {
      reading: share(420, '2026-11-25T14:59:50Z', { source: 'pyth-push', status: 'unknown' }),
      at: '2026-11-25T15:00:00Z',
    },
    status: 'halted',
    can: [false, false, false],
    session: 'regular',
  },
  {
    name: 'zero price',
    input: { reading: share(0, '2026-11-25T14:59:50Z', { confidence: 0n }), at: '2026-11-25T15:00:00Z' },
    status: 'invalid',
    can: [false, false, false],
    session: 'regular',
  },
  {
    name: 'negative price',
    input: { reading: share(-1, '2026-11-25T14:59:50Z'), at: '2026-11-25T15:00:00Z' },
    status: 'invalid',
    can: [false, false, false],
    session: 'regular',
  },
  {
    name: 'confidence ≥ price',
    input: { reading: share(0.04, '2026-11-25T14:59:50Z'), at: '2026-11-25T15:00:00Z' },
    status: 'invalid',
    can: [false, false, false],
    session: 'regular',
  },
  {
    name: 'published 1 min in the future',
    input: { reading: share(420, '2026-11-25T15:01:00Z'), at: '2026-11-25T15:00:00Z' },
    status: 'invalid',
    can: [false, false, false],
    session: 'regular',
    reason: /future/,
  },
];

describe('guardPrice over Thanksgiving week 2026 with a 3:1 split', () => {
  for (const row of rows) {
    it(row.name, () => {
      const g = guardPrice({ ...row.input, at: new Date(row.input.at) });
      expect(g.status).toBe(row.status);
      expect([g.canBorrow, g.canWithdraw, g.canLiquidate]).toEqual(row.can);
      expect(g.session.session).toBe(row.session);
      if (row.reason) expect(g.reasons.join('\n')).toMatch(row.reason);
      if (row.status === 'invalid') {
        expect(Number.isNaN(g.priceUsd) && Number.isNaN(g.collateralPriceUsd) && Number.isNaN(g.rawTokenPriceUsd)).toBe(
          true,
        );
        return;
      }
      if (row.input.reading.confidence > 0n) expect(g.collateralPriceUsd).toBeLessThan(g.priceUsd);
      else expect(g.collateralPriceUsd).toBeLessThanOrEqual(g.priceUsd);
      expect(g.debtPriceUsd).toBeGreaterThan(g.priceUsd - 1e-9);
      if (row.hoursClosed !== undefined) {
        expect(g.haircut).toBeCloseTo(computeGapHaircut(tsla, row.hoursClosed), 10);
        expect(g.collateralPriceUsd).toBeCloseTo((g.priceUsd - 2 * 0.05) * (1 - g.haircut), 8);
      } else if (g.session.session === 'regular') {
        expect(g.haircut).toBe(0);
      }
    });
  }

  it('values raw units with the multiplier in force at `at`', () => {
    const after = guardPrice({
      reading: share(141, '2026-12-03T15:59:55Z'),
      at: new Date('2026-12-03T16:00:00Z'),
      mint: MINT,
    });
    expect(after.multiplier).toBe(3);
    expect(after.rawTokenPriceUsd).toBeCloseTo(423, 9);
    const raw = guardPrice({
      reading: scope(423, '2026-12-03T15:59:55Z'),
      at: new Date('2026-12-03T16:00:00Z'),
      mint: MINT,
    });
    expect(raw.priceUsd).toBeCloseTo(141, 9);
    expect(raw.rawTokenPriceUsd).toBeCloseTo(423, 9);
    const before = guardPrice({
      reading: share(420, '2026-11-25T14:59:50Z'),
      at: new Date('2026-11-25T15:00:00Z'),
      mint: MINT,
    });
    expect(before.multiplier).toBe(1);
    expect(before.rawTokenPriceUsd).toBeCloseTo(420, 9);
  });

  it('the haircut grows with time closed and uses the conservative default for unknown symbols', () => {
    const at = (iso: string, symbol?: string) =>
      guardPrice({ reading: FRIDAY_CLOSE, at: new Date(iso), ...(symbol === undefined ? {} : { symbol }) }).haircut;
    const fri = at('2026-11-27T19:00:00Z', 'TSLA');
    const sat = at('2026-11-28T17:00:00Z', 'TSLA');
    const mon = at('2026-11-30T14:29:00Z', 'TSLA');
    expect(fri).toBeLessThan(sat);
    expect(sat).toBeLessThan(mon);
    expect(at('2026-11-28T17:00:00Z', 'SPYx')).toBeLessThan(sat);
    expect(at('2026-11-28T17:00:00Z', 'CRCLx')).toBeGreaterThan(sat);
    expect(at('2026-11-28T17:00:00Z')).toBe(at('2026-11-28T17:00:00Z', 'CRCLx'));
  });

  it('policy overrides apply', () => {
    const base = { reading: FRIDAY_CLOSE, at: new Date('2026-11-28T17:00:00Z'), symbol: 'TSLA' };
    expect(guardPrice({ ...base, policy: { allowLiquidationWhileClosed: true } }).canLiquidate).toBe(true);
    expect(guardPrice({ ...base, policy: { allowBorrowWhileClosed: false } }).canBorrow).toBe(false);
    expect(guardPrice({ ...base, policy: { haircutBps: 1000 } }).haircut).toBeCloseTo(computeGapHaircut(1000, 23), 12);
    const full = guardPrice({ ...base, policy: { haircutClock: 'full-closure' } }).haircut;
    expect(full).toBeCloseTo(
      computeGapHaircut(tsla, (Date.parse('2026-11-30T14:30:00Z') - Date.parse('2026-11-27T18:00:00Z')) / 3.6e6),
      12,
    );
    expect(guardPrice({ ...base, policy: { confidenceMultiplier: 0 } }).collateralPriceUsd).toBeCloseTo(
      420 * (1 - computeGapHaircut(tsla, 23)),
      8,
    );
  });

  it('rejects malformed input with INVALID_ARGUMENT', () => {
    const good = { reading: FRIDAY_CLOSE, at: new Date('2026-11-28T17:00:00Z') };
    const bad: unknown[] = [
      null,
      { ...good, at: new Date('x') },
      { ...good, reading: { ...FRIDAY_CLOSE, price: 1 } },
      { ...good, reading: { ...FRIDAY_CLOSE, basis: 'per-share' } },
      { ...good, reading: { ...FRIDAY_CLOSE, exponent: 0.5 } },
      { ...good, policy: { maxAgeOpenSeconds: -1 } },
      { ...good, policy: { haircutBps: 20_000 } },
      { ...good, policy: { haircutClock: 'wall' } },
      { ...good, policy: { splitDetectionMinRatio: 1 } },
      { ...good, symbol: 'TSLA x' },
    ];
    for (const input of bad) {
      try {
        guardPrice(input as GuardPriceInput);
        throw new Error(`accepted ${JSON.stringify(input, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))}`);
      } catch (error) {
        expect(error).toBeInstanceOf(XStockLendError);
        expect((error as XStockLendError).code).toBe('INVALID_ARGUMENT');
      }
    }
  });
});

describe('guardPrice for 24/7 assets (tradingHours: always)', () => {
  const usdc = (publishedAt: string): OracleReading => ({ ...share(1, publishedAt), confidence: 10_000n });
  it('ignores the NYSE calendar: live on a Saturday with no haircut, stale only by age', () => {
    const g = guardPrice({
      reading: usdc('2026-11-28T16:59:30Z'),
      at: new Date('2026-11-28T17:00:00Z'),
      symbol: 'USDC',
      policy: { tradingHours: 'always' },
    });
    expect(g.status).toBe('live');
    expect(g.haircut).toBe(0);
    expect([g.canBorrow, g.canWithdraw, g.canLiquidate]).toEqual([true, true, true]);
    const old = guardPrice({
      reading: usdc('2026-11-28T16:50:00Z'),
      at: new Date('2026-11-28T17:00:00Z'),
      policy: { tradingHours: 'always' },
    });
    expect(old.status).toBe('stale');
    expect(old.reasons.join()).toMatch(/24\/7 asset/);
  });
  it('rejects an unknown tradingHours', () => {
    expect(() =>
      guardPrice({
        reading: usdc('2026-11-28T16:59:30Z'),
        at: new Date('2026-11-28T17:00:00Z'),
        policy: { tradingHours: 'crypto' as 'always' },
      }),
    ).toThrow(XStockLendError);
  });
});
