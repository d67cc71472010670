import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  adjustForSplits,
  computeClosureGaps,
  detectSplits,
  getTradingDay,
  guardPrice,
  parseOhlcCsv,
} from '../../src/index.js';

const DATA = fileURLToPath(new URL('../../../shared/data/ohlc/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Weekend closures of one symbol, each checked through guardPrice one minute before the reopening. */
function weekendCoverage(
  file: string,
  symbol: string,
): { weekends: number; covered: number; coveredWithLessHaircut: number } {
  const parsed = parseOhlcCsv(readFileSync(`${DATA}${file}`, 'utf8'));
  const bars = parsed.splitAdjusted ? parsed.bars : adjustForSplits(parsed.bars, detectSplits(parsed.bars));
  const byDate = new Map(bars.map((b) => [b.date, b]));
  const weekends = computeClosureGaps(bars).gaps.filter((g) => g.hours > 40);
  let covered = 0;
  let coveredWithLessHaircut = 0;
  for (const gap of weekends) {
    const close = byDate.get(gap.closeDate);
    const open = byDate.get(gap.openDate);
    const closeAt = getTradingDay(gap.closeDate)?.close;
    const openAt = getTradingDay(gap.openDate)?.open;
    if (!close || !open || !closeAt || !openAt) throw new Error(`missing bar for ${gap.openDate}`);
    const reading = {
      source: 'pyth-pull',
      basis: 'share',
      price: BigInt(Math.round(close.close * 1e6)),
      exponent: -6,
      confidence: 0n,
      publishTime: BigInt(closeAt.getTime() / 1000),
    } as const;
    const at = new Date(openAt.getTime() - 60_000);
    const g = guardPrice({ reading, at, symbol });
    expect(g.status).toBe('market-closed');
    if (g.collateralPriceUsd <= open.open) covered++;
    // The same with a haircut 10% smaller: "the smallest haircut" means this must cover fewer weekends.
    const lessHaircut = close.close * (1 - g.haircut * 0.9);
    if (lessHaircut <= open.open) coveredWithLessHaircut++;
  }
  return { weekends: weekends.length, covered, coveredWithLessHaircut };
}

describe('closed-market haircuts against real weekends (shared/data/ohlc)', () => {
  for (const [file, symbol] of [
    ['yahoo/TSLA.csv', 'TSLAx'],
    ['yahoo/NVDA.csv', 'NVDAx'],
    ['yahoo/AAPL.csv', 'AAPLx'],
    ['yahoo/MSTR.csv', 'MSTRx'],
    ['alphavantage/SPY.csv', 'SPYx'],
    ['alphavantage/QQQ.csv', 'QQQx'],
  ] as const) {
    it(`${symbol}: collateral price ≤ next open on ≥ 98% of weekends, and a 10% smaller haircut falls short`, () => {
      const { weekends, covered, coveredWithLessHaircut } = weekendCoverage(file, symbol);
      expect(weekends).toBeGreaterThan(500);
      expect(covered / weekends).toBeGreaterThanOrEqual(0.98);
      expect(coveredWithLessHaircut / weekends).toBeLessThan(0.98);
    });
  }

  it('the shipped figures are what scripts/derive-gap-haircuts.ts derives from the data', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/derive-gap-haircuts.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toContain('up to date');
  });
});
