import { describe, expect, it } from 'vitest';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { nyseEarlyCloses, nyseHolidays } from './nyse-rules.js';

const dates = (year: number) => nyseHolidays(year).map((h) => h.date);

describe('nyseHolidays: the NYSE published calendar (FACTS.md §5)', () => {
  it('2025, including the ad-hoc closure for President Carter', () => {
    expect(dates(2025)).toEqual([
      '2025-01-01',
      '2025-01-09',
      '2025-01-20',
      '2025-02-17',
      '2025-04-18',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-11-27',
      '2025-12-25',
    ]);
  });
  it('2026', () => {
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-04-03',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-11-26',
      '2026-12-25',
    ]);
  });
  it('2027: Saturday Juneteenth and Christmas move to Friday, Sunday Independence Day to Monday', () => {
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-03-26',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-11-25',
      '2027-12-24',
    ]);
  });
  it('a Saturday New Year is not observed on the Friday before (2022, 2011)', () => {
    expect(dates(2022)).not.toContain('2021-12-31');
    expect(dates(2021)).not.toContain('2021-12-31');
    expect(dates(2022)[0]).toBe('2022-01-17');
    expect(dates(2011)[0]).toBe('2011-01-17');
  });
  it('a Sunday New Year is observed on Monday (2017, 2023)', () => {
    expect(dates(2017)[0]).toBe('2017-01-02');
    expect(dates(2023)[0]).toBe('2023-01-02');
  });
  it('Juneteenth only from 2022, observed on Monday when on Sunday', () => {
    expect(dates(2021).some((d) => d.slice(5) === '06-18' || d.slice(5) === '06-19')).toBe(false);
    expect(dates(2022)).toContain('2022-06-20');
    expect(dates(2033)).toContain('2033-06-20');
  });
  it('Good Friday follows Easter (2000, 2008, 2019, 2038)', () => {
    expect(dates(2000)).toContain('2000-04-21');
    expect(dates(2008)).toContain('2008-03-21');
    expect(dates(2019)).toContain('2019-04-19');
    expect(dates(2038)).toContain('2038-04-23');
  });
  it('carries every ad-hoc closure since 2000', () => {
    const all = new Set(Array.from({ length: 41 }, (_, i) => dates(2000 + i)).flat());
    for (const d of [
      '2001-09-11',
      '2001-09-12',
      '2001-09-13',
      '2001-09-14',
      '2004-06-11',
      '2007-01-02',
      '2012-10-29',
      '2012-10-30',
      '2018-12-05',
      '2025-01-09',
    ]) {
      expect(all.has(d), d).toBe(true);
    }
  });
  it('every closure is a weekday and has a name; nine to twelve per year', () => {
    for (let year = 2000; year <= 2040; year++) {
      const list = nyseHolidays(year);
      expect(list.length).toBeGreaterThanOrEqual(8);
      expect(list.length).toBeLessThanOrEqual(14);
      for (const h of list) {
        const wd = new Date(`${h.date}T12:00:00Z`).getUTCDay();
        expect(wd, h.date).not.toBe(0);
        expect(wd, h.date).not.toBe(6);
        expect(h.name.length).toBeGreaterThan(3);
      }
    }
  });
  it('rejects years outside 2000–2040 and non-integers', () => {
    expectXStockLendError(() => nyseHolidays(1999), 'CALENDAR_OUT_OF_RANGE');
    expectXStockLendError(() => nyseHolidays(2041), 'CALENDAR_OUT_OF_RANGE');
    expectXStockLendError(() => nyseHolidays(2026.5), 'INVALID_ARGUMENT');
    expectXStockLendError(() => nyseHolidays(Number.NaN), 'INVALID_ARGUMENT');
  });
});

describe('nyseEarlyCloses', () => {
  const early = (year: number) => nyseEarlyCloses(year).map((e) => e.date);
  it('matches the published 2025–2027 early closes', () => {
    expect(early(2025)).toEqual(['2025-07-03', '2025-11-28', '2025-12-24']);
    expect(early(2026)).toEqual(['2026-11-27', '2026-12-24']);
    expect(early(2027)).toEqual(['2027-11-26']);
    expect(nyseEarlyCloses(2026).every((e) => e.close === '13:00')).toBe(true);
  });
  it('before 2013 a Thursday July 4 closed early on Friday July 5; since 2013 on Wednesday July 3', () => {
    expect(early(2002)).toContain('2002-07-05');
    expect(early(2002)).not.toContain('2002-07-03');
    expect(early(2013)).toContain('2013-07-03');
    expect(early(2019)).toContain('2019-07-03');
    expect(early(2024)).toContain('2024-07-03');
  });
  it('no early close on a Friday July 3 holiday or a weekend Christmas Eve', () => {
    expect(early(2020)).not.toContain('2020-07-02');
    expect(early(2022)).toEqual(['2022-11-25']);
  });
  it('includes the ad-hoc 2003-12-26 early close', () => {
    expect(early(2003)).toContain('2003-12-26');
  });
  it('never lists a closed day', () => {
    for (let year = 2000; year <= 2040; year++) {
      const closed = new Set(nyseHolidays(year).map((h) => h.date));
      for (const e of nyseEarlyCloses(year)) expect(closed.has(e.date), e.date).toBe(false);
    }
  });
});
