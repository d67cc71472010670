import { parseDay } from './civil-date.js';
import { assertSupportedYear } from './nyse-rules.js';
import { sessionTable } from './session-table.js';

/**
 * The regular session of one NYSE trading day.
 *
 * @example
 * ```ts
 * import type { TradingDay } from 'xstock-lend';
 * const day: TradingDay = { open: new Date('2026-11-27T14:30:00Z'), close: new Date('2026-11-27T18:00:00Z'), earlyClose: true };
 * ```
 */
export interface TradingDay {
  /** 09:30 New York. */
  open: Date;
  /** 16:00 New York, or the early close (13:00). */
  close: Date;
  /** Whether the exchange closes early that day. */
  earlyClose: boolean;
}

/**
 * The regular session of the New York date `day`, or `null` when the NYSE is closed all day (weekend, holiday,
 * ad-hoc closure).
 *
 * @param day - a New York date, `YYYY-MM-DD`, in 2000–2040
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a malformed or impossible date, `CALENDAR_OUT_OF_RANGE` outside 2000–2040
 * @example
 * ```ts
 * import { getTradingDay } from 'xstock-lend';
 * getTradingDay('2026-12-24'); // { open: 2026-12-24T14:30Z, close: 2026-12-24T18:00Z, earlyClose: true }
 * getTradingDay('2026-12-25'); // null
 * ```
 */
export function getTradingDay(day: string): TradingDay | null {
  const n = parseDay(day);
  assertSupportedYear(Number(day.slice(0, 4)));
  const t = sessionTable();
  const i = n - t.firstDay;
  const open = t.openMs[i] as number;
  if (Number.isNaN(open)) return null;
  return { open: new Date(open), close: new Date(t.closeMs[i] as number), earlyClose: t.early[i] === 1 };
}
