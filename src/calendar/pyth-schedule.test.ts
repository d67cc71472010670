import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { isMarketOpen } from './market-session.js';
import { formatPythSchedule, isOpenBySchedule, type PythDaySchedule, parsePythSchedule } from './pyth-schedule.js';
import { toPythSchedule } from './to-pyth-schedule.js';

describe('parsePythSchedule', () => {
  it("parses Pyth's published examples", () => {
    const a = parsePythSchedule('America/New_York;O,O,O,O,O,C,C;1224/0930-1300,1225/C');
    expect(a.timeZone).toBe('America/New_York');
    expect(a.weekly.map((d) => d.kind)).toEqual(['open', 'open', 'open', 'open', 'open', 'closed', 'closed']);
    expect(a.holidays).toEqual([
      { month: 12, day: 24, schedule: { kind: 'ranges', ranges: [{ startMinute: 570, endMinute: 780 }] } },
      { month: 12, day: 25, schedule: { kind: 'closed' } },
    ]);
    const b = parsePythSchedule('America/New_York;C,C,C,C,0930-1530&1830-2200,C,C;');
    expect(b.weekly[4]).toEqual({
      kind: 'ranges',
      ranges: [
        { startMinute: 570, endMinute: 930 },
        { startMinute: 1110, endMinute: 1320 },
      ],
    });
    expect(b.holidays).toEqual([]);
    const c = parsePythSchedule('Asia/Tokyo;0000-2400,O,O,O,O,C,C;0229/C');
    expect(c.weekly[0]).toEqual({ kind: 'ranges', ranges: [{ startMinute: 0, endMinute: 1440 }] });
  });

  it('round-trips canonical strings', () => {
    for (const s of [
      'America/New_York;O,O,O,O,O,C,C;1224/0930-1300,1225/C',
      'America/New_York;C,C,C,C,0930-1530&1830-2200,C,C;',
      'UTC;O,O,O,O,O,O,O;',
    ]) {
      expect(formatPythSchedule(parsePythSchedule(s))).toBe(s);
    }
    const minute = fc.integer({ min: 0, max: 1440 });
    const day: fc.Arbitrary<PythDaySchedule> = fc.oneof(
      fc.constant({ kind: 'open' as const }),
      fc.constant({ kind: 'closed' as const }),
      fc
        .uniqueArray(minute, { minLength: 2, maxLength: 6 })
        .filter((xs) => xs.length % 2 === 0)
        .map((xs) => {
          const sorted = [...xs].sort((p, q) => p - q);
          const ranges = [];
          for (let i = 0; i < sorted.length; i += 2)
            ranges.push({ startMinute: sorted[i] as number, endMinute: sorted[i + 1] as number });
          return { kind: 'ranges' as const, ranges };
        }),
    );
    const holiday = fc.record({
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      schedule: day,
    });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 7, maxLength: 7 }),
        fc.uniqueArray(holiday, { selector: (h) => h.month * 100 + h.day, maxLength: 15 }),
        (weekly, holidays) => {
          const text = formatPythSchedule({ timeZone: 'America/New_York', weekly, holidays });
          expect(parsePythSchedule(text)).toEqual({ timeZone: 'America/New_York', weekly, holidays });
          expect(formatPythSchedule(parsePythSchedule(text))).toBe(text);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('rejects malformed schedules with INVALID_SCHEDULE naming the part', () => {
    const cases: [string, string][] = [
      ['America/New_York;O,O,O,O,O,C;', 'O,O,O,O,O,C'],
      ['America/New_York;O,O,O,O,O,C,C,C;', 'O,O,O,O,O,C,C,C'],
      ['America/New_York;2500-2600,O,O,O,O,C,C;', '2500'],
      ['America/New_York;0960-1000,O,O,O,O,C,C;', '0960'],
      ['America/New_York;2401-2400,O,O,O,O,C,C;', '2401'],
      ['America/New_York;1600-0930,O,O,O,O,C,C;', '1600-0930'],
      ['America/New_York;0930-1200&1100-1600,O,O,O,O,C,C;', '1100-1600'],
      ['America/New_York;930-1600,O,O,O,O,C,C;', '930'],
      ['America/New_York;X,O,O,O,O,C,C;', 'X'],
      ['Mars/Olympus_Mons;O,O,O,O,O,C,C;', 'Mars/Olympus_Mons'],
      ['America/New_York;O,O,O,O,O,C,C;1225/C;extra', 'America/New_York;O,O,O,O,O,C,C;1225/C;extra'],
      ['America/New_York;O,O,O,O,O,C,C;1225/C,', ''],
      ['America/New_York;O,O,O,O,O,C,C;1225C', '1225C'],
      ['America/New_York;O,O,O,O,O,C,C;1332/C', '1332/C'],
      ['America/New_York;O,O,O,O,O,C,C;0230/C', '0230/C'],
      ['America/New_York;O,O,O,O,O,C,C;1225/C,1225/O', '1225/O'],
      ['America/New_York; O,O,O,O,O,C,C;', ' O'],
      ['', ''],
    ];
    for (const [text, part] of cases) {
      const error = expectXStockLendError(() => parsePythSchedule(text), 'INVALID_SCHEDULE');
      expect(error.context.part, text).toBe(part);
    }
    expectXStockLendError(() => parsePythSchedule(42 as unknown as string), 'INVALID_SCHEDULE');
  });
});

describe('isOpenBySchedule', () => {
  const equity = parsePythSchedule(
    'America/New_York;0930-1600,0930-1600,0930-1600,0930-1600,0930-1600,C,C;1224/0930-1300,1225/C',
  );
  it('evaluates local wall time in the schedule zone with inclusive ranges', () => {
    expect(isOpenBySchedule(equity, new Date('2026-12-03T14:29:59Z'))).toBe(false);
    expect(isOpenBySchedule(equity, new Date('2026-12-03T14:30:00Z'))).toBe(true);
    expect(isOpenBySchedule(equity, new Date('2026-12-03T21:00:00Z'))).toBe(true);
    expect(isOpenBySchedule(equity, new Date('2026-12-03T21:00:00.001Z'))).toBe(false);
    expect(isOpenBySchedule(equity, new Date('2026-12-05T15:00:00Z'))).toBe(false);
  });
  it('holidays override the weekday', () => {
    expect(isOpenBySchedule(equity, new Date('2026-12-24T17:59:00Z'))).toBe(true);
    expect(isOpenBySchedule(equity, new Date('2026-12-24T18:01:00Z'))).toBe(false);
    expect(isOpenBySchedule(equity, new Date('2026-12-25T15:00:00Z'))).toBe(false);
  });
  it('O is open around the clock and 2400 reaches midnight', () => {
    const s = parsePythSchedule('UTC;O,0000-2400,C,C,C,C,C;');
    expect(isOpenBySchedule(s, new Date('2026-11-30T23:59:59.999Z'))).toBe(true); // Monday
    expect(isOpenBySchedule(s, new Date('2026-12-01T23:59:59.999Z'))).toBe(true); // Tuesday
    expect(isOpenBySchedule(s, new Date('2026-12-02T00:00:00Z'))).toBe(false);
  });
  it('rejects an invalid Date', () => {
    expectXStockLendError(() => isOpenBySchedule(equity, new Date(Number.NaN)), 'INVALID_ARGUMENT');
  });
});

describe('toPythSchedule', () => {
  it('writes the NYSE calendar with holidays and early closes of the next 12 months', () => {
    expect(toPythSchedule({ from: new Date('2026-12-04T12:00:00Z') })).toBe(
      'America/New_York;0930-1600,0930-1600,0930-1600,0930-1600,0930-1600,C,C;' +
        '1224/0930-1300,1225/C,0101/C,0118/C,0215/C,0326/C,0531/C,0618/C,0705/C,0906/C,1125/C,1126/0930-1300',
    );
    expect(toPythSchedule({ from: new Date('2026-12-01T12:00:00Z'), months: 1 })).toBe(
      'America/New_York;0930-1600,0930-1600,0930-1600,0930-1600,0930-1600,C,C;1224/0930-1300,1225/C',
    );
  });
  it('agrees with isMarketOpen everywhere in its window except the inclusive closing instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2000-01-01T06:00:00Z'), max: Date.parse('2039-12-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 364 * 86_400_000 }),
        (fromMs, offset) => {
          const from = new Date(fromMs);
          const schedule = parsePythSchedule(toPythSchedule({ from }));
          // Skip the first and last day of the window (partial day) and exact minute boundaries.
          const at = new Date(fromMs + 86_400_000 + (offset % (360 * 86_400_000)) + 1_234);
          expect(isOpenBySchedule(schedule, at)).toBe(isMarketOpen(at));
        },
      ),
      { numRuns: 3_000 },
    );
  });
  it('validates its options', () => {
    expectXStockLendError(() => toPythSchedule({ from: new Date('x') }), 'INVALID_ARGUMENT');
    expectXStockLendError(
      () => toPythSchedule({ from: new Date('2026-01-01T12:00:00Z'), months: 13 }),
      'INVALID_ARGUMENT',
    );
    expectXStockLendError(
      () => toPythSchedule({ from: new Date('2026-01-01T12:00:00Z'), months: 0 }),
      'INVALID_ARGUMENT',
    );
    expectXStockLendError(() => toPythSchedule({ from: new Date('2040-06-01T12:00:00Z') }), 'CALENDAR_OUT_OF_RANGE');
  });
});
