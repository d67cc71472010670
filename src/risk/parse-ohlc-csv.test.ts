import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { XStockLendError } from '../errors/index.js';
import { computeClosureGaps } from './compute-closure-gaps.js';
import { adjustForSplits, detectSplits } from './detect-splits.js';
import { parseOhlcCsv } from './parse-ohlc-csv.js';

const DATA = fileURLToPath(new URL('../../../shared/data/ohlc/', import.meta.url));
const load = (file: string) => parseOhlcCsv(readFileSync(`${DATA}${file}`, 'utf8'));

function expectInvalid(text: string, line: number): void {
  try {
    parseOhlcCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XStockLendError);
    expect((error as XStockLendError).code).toBe('INVALID_ARGUMENT');
    expect((error as XStockLendError).context.line).toBe(line);
    return;
  }
  throw new Error('accepted a bad CSV');
}

describe('parseOhlcCsv', () => {
  it('reads the Yahoo export (split-adjusted) and the Alpha Vantage export (not)', () => {
    const tsla = load('yahoo/TSLA.csv');
    expect(tsla.format).toBe('yahoo');
    expect(tsla.splitAdjusted).toBe(true);
    expect(tsla.bars[0]).toEqual({
      date: '2010-06-29',
      open: 1.266667,
      high: 1.666667,
      low: 1.169333,
      close: 1.592667,
      volume: 281494500,
    });
    const qqq = load('alphavantage/QQQ.csv');
    expect(qqq.format).toBe('alphavantage');
    expect(qqq.splitAdjusted).toBe(false);
    expect(qqq.bars.find((b) => b.date === '2000-03-20')?.open).toBe(111);
  });
  it('reads the plain layout, CRLF and a BOM, and reports null rows instead of dropping them silently', () => {
    const parsed = parseOhlcCsv(
      '\uFEFFdate,open,high,low,close,volume\r\n2024-01-02,10,11,9,10.5,1000\r\n2024-01-03,null,null,null,null,null\r\n2024-01-04,10.5,10.6,10,10.2,900\r\n',
    );
    expect(parsed.format).toBe('generic');
    expect(parsed.bars.map((b) => b.date)).toEqual(['2024-01-02', '2024-01-04']);
    expect(parsed.skipped).toEqual([{ line: 3, text: '2024-01-03,null,null,null,null,null' }]);
  });
  it('names the line of every malformed row', () => {
    const h = 'date,open,high,low,close,volume\n';
    expectInvalid('when,price\n1,2\n', 1);
    expectInvalid(`${h}2024-01-02,10,11,9,10.5\n`, 2);
    expectInvalid(`${h}2024-01-02,10,11,9,10.5,1000\n01/03/2024,10,11,9,10.5,1000\n`, 3);
    expectInvalid(`${h}2024-01-02,-10,11,9,10.5,1000\n`, 2);
    expectInvalid(`${h}2024-01-02,10,11,9,abc,1000\n`, 2);
    expectInvalid(`${h}2024-01-02,10,11,9,10.5,-1\n`, 2);
    expectInvalid(`${h}2024-01-02,10,9.5,9,10.5,1000\n`, 2);
    expectInvalid(`${h}2024-01-03,10,11,9,10.5,1000\n2024-01-02,10,11,9,10.5,1000\n`, 3);
    expectInvalid(`${h}2024-01-02,10,11,9,10.5,1000\n2024-01-02,10,11,9,10.5,1000\n`, 3);
  });
});

describe('detectSplits / adjustForSplits', () => {
  it('finds the documented splits in the unadjusted files and nothing in the adjusted ones', () => {
    expect(detectSplits(load('alphavantage/QQQ.csv').bars)).toEqual([{ date: '2000-03-20', ratio: 2 }]);
    expect(detectSplits(load('alphavantage/IWM.csv').bars)).toEqual([{ date: '2005-06-09', ratio: 2 }]);
    expect(detectSplits(load('alphavantage/SPY.csv').bars)).toEqual([]);
  });
  it('keeps real crashes: AAPL 2000-09-29, MSTR 2000-03-20, NFLX 2004-10-15 and 2011-10-25', () => {
    for (const file of ['yahoo/AAPL.csv', 'yahoo/MSTR.csv', 'yahoo/NFLX.csv'])
      expect(detectSplits(load(file).bars)).toEqual([]);
    const aapl = load('yahoo/AAPL.csv').bars;
    const i = aapl.findIndex((b) => b.date === '2000-09-29');
    expect((aapl[i] as { open: number }).open / (aapl[i - 1] as { close: number }).close).toBeLessThan(0.6);
  });
  it('adjusting removes the split gap and keeps later bars unchanged', () => {
    const bars = load('alphavantage/QQQ.csv').bars;
    const adjusted = adjustForSplits(bars, detectSplits(bars));
    const i = adjusted.findIndex((b) => b.date === '2000-03-20');
    const gap = (adjusted[i] as { open: number }).open / (adjusted[i - 1] as { close: number }).close;
    expect(gap).toBeGreaterThan(0.95);
    expect(adjusted[i]).toEqual(bars[i]);
    expect((adjusted[0] as { volume: number }).volume).toBe((bars[0] as { volume: number }).volume * 2);
  });
});

describe('computeClosureGaps', () => {
  it('measures closures against the NYSE calendar: overnights, weekends, holidays, September 2001', () => {
    const { gaps, anomalies } = computeClosureGaps(load('alphavantage/SPY.csv').bars);
    expect(anomalies.filter((a) => a.reason !== 'outside the calendar range')).toEqual([]);
    const byOpen = new Map(gaps.map((g) => [g.openDate, g]));
    expect(byOpen.get('2024-11-08')?.hours).toBe(17.5);
    expect(byOpen.get('2024-11-04')?.hours).toBe(66.5); // DST ended that weekend: one extra hour
    expect(byOpen.get('2001-09-17')?.hours).toBe(6 * 24 + 17.5);
    expect(byOpen.get('2020-03-16')?.gap).toBeLessThan(-0.07); // the worst weekend gap of 2020
  });
  it('reports bars on closed days and holes instead of measuring across them', () => {
    const bar = (date: string) => ({ date, open: 10, high: 11, low: 9, close: 10, volume: 1 });
    const { gaps, anomalies } = computeClosureGaps([
      bar('2026-12-23'),
      bar('2026-12-25'),
      bar('2026-12-28'),
      bar('2026-12-30'),
    ]);
    expect(anomalies).toEqual([
      { date: '2026-12-25', reason: 'bar on a day the NYSE was closed' },
      { date: '2026-12-28', reason: 'trading days missing since 2026-12-23' },
      { date: '2026-12-30', reason: 'trading days missing since 2026-12-28' },
    ]);
    expect(gaps).toEqual([]);
  });
});
