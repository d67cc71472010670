import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { getMarketSession, isMarketOpen, nextMarketClose, nextMarketOpen } from './market-session.js';
import { getTradingDay } from './trading-day.js';

const iso = (d: Date) => d.toISOString();
const session = (at: string) => {
  const s = getMarketSession(new Date(at));
  return [s.session, iso(s.start), iso(s.end)];
};
const RANGE_START = Date.parse('2000-01-01T05:00:00Z');
const RANGE_END = Date.parse('2041-01-01T05:00:00Z');
const instant = fc.integer({ min: RANGE_START, max: RANGE_END - 1 }).map((ms) => new Date(ms));

describe('getMarketSession', () => {
  it('walks an ordinary winter weekday (EST, UTC−5)', () => {
    expect(session('2026-12-03T08:59:59Z')).toEqual([
      'overnight',
      '2026-12-03T01:00:00.000Z',
      '2026-12-03T09:00:00.000Z',
    ]);
    expect(session('2026-12-03T09:00:00Z')).toEqual(['pre', '2026-12-03T09:00:00.000Z', '2026-12-03T14:30:00.000Z']);
    expect(session('2026-12-03T14:30:00Z')).toEqual([
      'regular',
      '2026-12-03T14:30:00.000Z',
      '2026-12-03T21:00:00.000Z',
    ]);
    expect(session('2026-12-03T21:00:00Z')).toEqual(['post', '2026-12-03T21:00:00.000Z', '2026-12-04T01:00:00.000Z']);
    expect(session('2026-12-04T01:00:00Z')).toEqual([
      'overnight',
      '2026-12-04T01:00:00.000Z',
      '2026-12-04T09:00:00.000Z',
    ]);
  });
  it('a weekend is one closed stretch from Friday 20:00 to Sunday 20:00', () => {
    expect(session('2026-12-05T17:00:00Z')).toEqual(['closed', '2026-12-05T01:00:00.000Z', '2026-12-07T01:00:00.000Z']);
    expect(session('2026-12-07T01:00:00Z')[0]).toBe('overnight');
  });
  it('summer weekday uses EDT (UTC−4)', () => {
    expect(session('2026-07-15T13:30:00Z')).toEqual([
      'regular',
      '2026-07-15T13:30:00.000Z',
      '2026-07-15T20:00:00.000Z',
    ]);
  });
  it('DST start week: Friday close in EST, Monday open in EDT', () => {
    // 2026-03-08 (Sunday) clocks go forward at 02:00.
    expect(session('2026-03-07T12:00:00Z')).toEqual(['closed', '2026-03-07T01:00:00.000Z', '2026-03-09T00:00:00.000Z']);
    expect(session('2026-03-09T00:00:00Z')).toEqual([
      'overnight',
      '2026-03-09T00:00:00.000Z',
      '2026-03-09T08:00:00.000Z',
    ]);
    expect(session('2026-03-09T13:30:00Z')).toEqual([
      'regular',
      '2026-03-09T13:30:00.000Z',
      '2026-03-09T20:00:00.000Z',
    ]);
    expect(session('2026-03-06T14:30:00Z')).toEqual([
      'regular',
      '2026-03-06T14:30:00.000Z',
      '2026-03-06T21:00:00.000Z',
    ]);
  });
  it('DST end week: Sunday evening overnight already in EST', () => {
    // 2026-11-01 (Sunday) clocks go back at 02:00.
    expect(session('2026-10-30T13:30:00Z')).toEqual([
      'regular',
      '2026-10-30T13:30:00.000Z',
      '2026-10-30T20:00:00.000Z',
    ]);
    expect(session('2026-10-31T12:00:00Z')).toEqual(['closed', '2026-10-31T00:00:00.000Z', '2026-11-02T01:00:00.000Z']);
    expect(session('2026-11-02T14:30:00Z')).toEqual([
      'regular',
      '2026-11-02T14:30:00.000Z',
      '2026-11-02T21:00:00.000Z',
    ]);
  });
  it('early close: regular until 13:00, post 13:00–17:00, then closed (day after Thanksgiving 2026)', () => {
    expect(session('2026-11-27T17:59:59Z')).toEqual([
      'regular',
      '2026-11-27T14:30:00.000Z',
      '2026-11-27T18:00:00.000Z',
    ]);
    expect(session('2026-11-27T18:00:00Z')).toEqual(['post', '2026-11-27T18:00:00.000Z', '2026-11-27T22:00:00.000Z']);
    expect(session('2026-11-27T22:00:00Z')).toEqual(['closed', '2026-11-27T22:00:00.000Z', '2026-11-30T01:00:00.000Z']);
  });
  it('a holiday has no sessions and no overnight the evening before (Thanksgiving 2026)', () => {
    expect(session('2026-11-26T01:00:00Z')).toEqual(['closed', '2026-11-26T01:00:00.000Z', '2026-11-27T01:00:00.000Z']);
    expect(session('2026-11-27T01:00:00Z')[0]).toBe('overnight');
  });
  it('ad-hoc closures are closed (2025-01-09, 2012-10-29/30, 2001-09-11..14)', () => {
    expect(session('2025-01-09T16:00:00Z')[0]).toBe('closed');
    expect(session('2012-10-30T16:00:00Z')).toEqual(['closed', '2012-10-27T00:00:00.000Z', '2012-10-31T00:00:00.000Z']);
    expect(session('2001-09-13T16:00:00Z')).toEqual(['closed', '2001-09-11T00:00:00.000Z', '2001-09-17T00:00:00.000Z']);
  });
  it('answers the same whatever the instant type of input value (copy of a Date)', () => {
    const at = new Date('2026-12-03T15:00:00Z');
    expect(getMarketSession(new Date(at.getTime()))).toEqual(getMarketSession(at));
  });
  it('rejects invalid Dates and non-Dates with INVALID_ARGUMENT', () => {
    expectXStockLendError(() => getMarketSession(new Date('nope')), 'INVALID_ARGUMENT');
    expectXStockLendError(() => getMarketSession('2026-12-03' as unknown as Date), 'INVALID_ARGUMENT');
    expectXStockLendError(() => isMarketOpen(undefined as unknown as Date), 'INVALID_ARGUMENT');
  });
  it('rejects instants outside New York 2000–2040 with CALENDAR_OUT_OF_RANGE', () => {
    expectXStockLendError(() => getMarketSession(new Date('2000-01-01T04:59:59.999Z')), 'CALENDAR_OUT_OF_RANGE');
    expectXStockLendError(() => getMarketSession(new Date('2041-01-01T05:00:00Z')), 'CALENDAR_OUT_OF_RANGE');
    expect(getMarketSession(new Date('2000-01-01T05:00:00Z')).session).toBe('closed');
    expect(getMarketSession(new Date('2041-01-01T04:59:59.999Z')).session).toBe('closed');
  });
});

describe('isMarketOpen / nextMarketOpen / nextMarketClose', () => {
  it('isMarketOpen is the regular session only', () => {
    expect(isMarketOpen(new Date('2026-12-04T15:00:00Z'))).toBe(true);
    expect(isMarketOpen(new Date('2026-12-04T14:29:59.999Z'))).toBe(false);
    expect(isMarketOpen(new Date('2026-12-04T21:00:00Z'))).toBe(false);
    expect(isMarketOpen(new Date('2026-12-25T15:00:00Z'))).toBe(false);
  });
  it('nextMarketOpen skips weekends and holidays and is strictly after', () => {
    expect(iso(nextMarketOpen(new Date('2026-12-24T20:00:00Z')))).toBe('2026-12-28T14:30:00.000Z');
    expect(iso(nextMarketOpen(new Date('2026-12-04T14:30:00Z')))).toBe('2026-12-07T14:30:00.000Z');
    expect(iso(nextMarketOpen(new Date('2026-12-04T14:29:59.999Z')))).toBe('2026-12-04T14:30:00.000Z');
    expect(iso(nextMarketOpen(new Date('2025-01-08T22:00:00Z')))).toBe('2025-01-10T14:30:00.000Z');
  });
  it('nextMarketClose is the current session end or the next one', () => {
    expect(iso(nextMarketClose(new Date('2026-11-27T15:00:00Z')))).toBe('2026-11-27T18:00:00.000Z');
    expect(iso(nextMarketClose(new Date('2026-11-27T18:00:00Z')))).toBe('2026-11-30T21:00:00.000Z');
    expect(iso(nextMarketClose(new Date('2026-12-05T12:00:00Z')))).toBe('2026-12-07T21:00:00.000Z');
  });
});

describe('properties over 2000–2040', () => {
  it('sessions tile time: no gaps, no overlaps, neighbours differ', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const s = getMarketSession(at);
        expect(s.start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(s.end.getTime()).toBeGreaterThan(at.getTime());
        if (s.end.getTime() < RANGE_END) {
          const next = getMarketSession(s.end);
          expect(next.start.getTime()).toBe(s.end.getTime());
          expect(next.session).not.toBe(s.session);
        }
        if (s.start.getTime() > RANGE_START) {
          const previous = getMarketSession(new Date(s.start.getTime() - 1));
          expect(previous.end.getTime()).toBe(s.start.getTime());
          expect(previous.session).not.toBe(s.session);
        }
      }),
      { numRuns: 20_000 },
    );
  });
  it('nextMarketOpen(nextMarketClose(t)) > nextMarketClose(t) > t-ish, and both land on regular-session bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: RANGE_START, max: Date.parse('2040-12-20T00:00:00Z') }), (ms) => {
        const at = new Date(ms);
        const close = nextMarketClose(at);
        const open = nextMarketOpen(close);
        expect(close.getTime()).toBeGreaterThan(ms);
        expect(open.getTime()).toBeGreaterThan(close.getTime());
        expect(getMarketSession(open).session).toBe('regular');
        expect(getMarketSession(new Date(close.getTime() - 1)).session).toBe('regular');
        expect(getMarketSession(close).session).toBe('post');
        expect(isMarketOpen(at)).toBe(getMarketSession(at).session === 'regular');
      }),
      { numRuns: 10_000 },
    );
  });
  it('every trading day opens at 09:30 and closes at 16:00 or 13:00 New York, checked through Intl', () => {
    const ny = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    let tradingDays = 0;
    for (let ms = Date.parse('2000-01-01T12:00:00Z'); ms < Date.parse('2041-01-01T00:00:00Z'); ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      const t = getTradingDay(day);
      if (t === null) continue;
      tradingDays++;
      expect(ny.format(t.open)).toBe('09:30');
      expect(ny.format(t.close)).toBe(t.earlyClose ? '13:00' : '16:00');
    }
    // ~252 trading days a year.
    expect(tradingDays).toBeGreaterThan(41 * 248);
    expect(tradingDays).toBeLessThan(41 * 254);
  });
});

describe('getTradingDay', () => {
  it('returns the session, flags early closes and returns null on closed days', () => {
    expect(getTradingDay('2026-12-24')).toEqual({
      open: new Date('2026-12-24T14:30:00Z'),
      close: new Date('2026-12-24T18:00:00Z'),
      earlyClose: true,
    });
    expect(getTradingDay('2026-12-25')).toBeNull();
    expect(getTradingDay('2026-12-26')).toBeNull();
    expect(getTradingDay('2025-01-09')).toBeNull();
    expect(getTradingDay('2026-07-02')?.earlyClose).toBe(false);
  });
  it('rejects malformed and impossible days, and years out of range', () => {
    for (const bad of ['2026-2-03', '2026-02-30', '2026-13-01', '20260203', '2026-02-03T00:00', '', 'tomorrow']) {
      expectXStockLendError(() => getTradingDay(bad), 'INVALID_ARGUMENT');
    }
    expectXStockLendError(() => getTradingDay(20260203 as unknown as string), 'INVALID_ARGUMENT');
    expectXStockLendError(() => getTradingDay('1999-12-31'), 'CALENDAR_OUT_OF_RANGE');
    expectXStockLendError(() => getTradingDay('2041-01-02'), 'CALENDAR_OUT_OF_RANGE');
  });
});
