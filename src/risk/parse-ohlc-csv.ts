import { XStockLendError } from '../errors/index.js';
import type { OhlcBar } from './ohlc-bar.js';

/**
 * Which export a CSV came from, recognised by its header:
 * - `yahoo`: `Date,Open,High,Low,Close,Adj Close,Volume` (prices split-adjusted);
 * - `alphavantage`: `date,1. open,2. high,3. low,4. close,5. volume` (not split-adjusted);
 * - `generic`: `date,open,high,low,close,volume` (adjustment unknown).
 *
 * @example
 * ```ts
 * import type { OhlcFormat } from 'xstock-lend';
 * const f: OhlcFormat = 'yahoo';
 * ```
 */
export type OhlcFormat = 'yahoo' | 'alphavantage' | 'generic';

/**
 * A CSV row that carried no prices.
 *
 * @example
 * ```ts
 * import type { SkippedOhlcRow } from 'xstock-lend';
 * const r: SkippedOhlcRow = { line: 3, text: '2024-01-03,null,null,null,null,null' };
 * ```
 */
export interface SkippedOhlcRow {
  /** 1-based line number in the file. */
  line: number;
  /** The row as written. */
  text: string;
}

/**
 * The result of {@link parseOhlcCsv}.
 *
 * @example
 * ```ts
 * import { parseOhlcCsv, type ParsedOhlc } from 'xstock-lend';
 * const parsed: ParsedOhlc = parseOhlcCsv('date,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,1000\n');
 * ```
 */
export interface ParsedOhlc {
  /** The recognised export format. */
  format: OhlcFormat;
  /** Whether the source already adjusts prices for splits (`yahoo`); otherwise run {@link detectSplits}. */
  splitAdjusted: boolean;
  /** Bars, oldest first. */
  bars: OhlcBar[];
  /** Rows that carried no prices (e.g. Yahoo's `null` rows), by 1-based line number; never silently dropped. */
  skipped: SkippedOhlcRow[];
}

const HEADERS: Record<string, { format: OhlcFormat; columns: readonly string[] }> = {
  yahoo: { format: 'yahoo', columns: ['date', 'open', 'high', 'low', 'close', 'adj close', 'volume'] },
  alphavantage: { format: 'alphavantage', columns: ['date', '1. open', '2. high', '3. low', '4. close', '5. volume'] },
  generic: { format: 'generic', columns: ['date', 'open', 'high', 'low', 'close', 'volume'] },
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function bad(message: string, line: number, text: string): XStockLendError {
  return new XStockLendError('INVALID_ARGUMENT', `OHLC CSV line ${line}: ${message}.`, {
    context: { line, text: text.slice(0, 200) },
  });
}

/**
 * Parses a daily OHLC CSV as exported by Yahoo Finance, Alpha Vantage, or the plain `date,open,high,low,close,volume`
 * layout. Checks every row (dates strictly ascending, positive prices, low ≤ open/close ≤ high within a cent of
 * rounding); rows without prices are reported in `skipped`.
 *
 * @param text - the CSV file's contents
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` naming the line for an unknown header or a malformed row
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseOhlcCsv } from 'xstock-lend';
 * const { bars, splitAdjusted } = parseOhlcCsv(readFileSync('TSLA.csv', 'utf8'));
 * ```
 */
export function parseOhlcCsv(text: string): ParsedOhlc {
  if (typeof text !== 'string') throw bad('expected the file contents as a string', 0, String(text));
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .split(',')
    .map((c) => c.trim());
  const layout = Object.values(HEADERS).find(
    (h) => h.columns.length === header.length && h.columns.every((c, i) => c === header[i]),
  );
  if (layout === undefined) {
    throw bad(
      `unrecognised header ${JSON.stringify(lines[0] ?? '')}; expected Yahoo, Alpha Vantage or date,open,high,low,close,volume`,
      1,
      lines[0] ?? '',
    );
  }
  const volumeColumn = layout.columns.length - 1;
  const bars: OhlcBar[] = [];
  const skipped: SkippedOhlcRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = (lines[i] as string).trim();
    if (raw === '') continue;
    const cells = raw.split(',');
    if (cells.length !== layout.columns.length)
      throw bad(`expected ${layout.columns.length} columns, found ${cells.length}`, i + 1, raw);
    const date = cells[0] as string;
    if (!DATE.test(date)) throw bad(`date ${JSON.stringify(date)} is not YYYY-MM-DD`, i + 1, raw);
    if (cells.slice(1).some((c) => c === 'null' || c === '')) {
      skipped.push({ line: i + 1, text: raw });
      continue;
    }
    const [open, high, low, close] = [1, 2, 3, 4].map((c) => Number(cells[c])) as [number, number, number, number];
    const volume = Number(cells[volumeColumn]);
    if (![open, high, low, close].every((p) => Number.isFinite(p) && p > 0))
      throw bad('prices must be positive numbers', i + 1, raw);
    if (!Number.isFinite(volume) || volume < 0) throw bad('volume must be a non-negative number', i + 1, raw);
    const tolerance = 0.011;
    if (low > Math.min(open, close) + tolerance || high < Math.max(open, close) - tolerance) {
      throw bad('low/high do not bracket open and close', i + 1, raw);
    }
    const previous = bars[bars.length - 1];
    if (previous !== undefined && previous.date >= date)
      throw bad(`dates must be strictly ascending (${previous.date} then ${date})`, i + 1, raw);
    bars.push({ date, open, high, low, close, volume });
  }
  return { format: layout.format, splitAdjusted: layout.format === 'yahoo', bars, skipped };
}
