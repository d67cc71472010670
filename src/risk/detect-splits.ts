import type { OhlcBar } from './ohlc-bar.js';

/**
 * A stock split found in unadjusted bars: from `date` on, one old share is `ratio` new shares (2 for a 2:1 split,
 * 0.1 for a 1:10 reverse split).
 *
 * @example
 * ```ts
 * import type { DetectedSplit } from 'xstock-lend';
 * const qqq: DetectedSplit = { date: '2000-03-20', ratio: 2 };
 * ```
 */
export interface DetectedSplit {
  /** First trading date at the new share count. */
  date: string;
  /** New shares per old share. */
  ratio: number;
}

const RATIOS = [2, 3, 4, 5, 7, 8, 10, 15, 20, 1.5, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 8, 1 / 10, 1 / 15, 1 / 20];
/** |ln(open / previous close × ratio)| allowed: 3% for whole ratios, 1% for 3:2, where earnings gaps are common. */
const priceTolerance = (ratio: number) => (ratio === 1.5 ? 0.01 : 0.03);
/** How far volume must move the other way: ratio^¼ for whole ratios, ratio^½ for 3:2. */
const volumeExponent = (ratio: number) => (ratio === 1.5 ? 0.5 : 0.25);
const WINDOW = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor(sorted.length / 2)] as number);
}

/**
 * Finds stock splits in bars that are not split-adjusted (Alpha Vantage, most broker exports): an overnight gap within
 * 3% of a common split ratio (1% for 3:2), confirmed by the median traded volume of the ten days after it rising by at
 * least ratio^¼ (ratio^½ for 3:2) over the ten days before. Real crashes (a −47% gap) are not splits and stay in; a crash that happens to land within 3% of a split
 * ratio on a volume surge can still fool it, so pass known splits explicitly where you have them.
 *
 * @param bars - unadjusted daily bars, oldest first
 * @example
 * ```ts
 * import { detectSplits, parseOhlcCsv } from 'xstock-lend';
 * const { bars } = parseOhlcCsv(csvText);
 * detectSplits(bars); // e.g. [{ date: '2000-03-20', ratio: 2 }] for QQQ
 * ```
 */
export function detectSplits(bars: readonly OhlcBar[]): DetectedSplit[] {
  const out: DetectedSplit[] = [];
  for (let i = 1; i < bars.length; i++) {
    const gap = (bars[i] as OhlcBar).open / (bars[i - 1] as OhlcBar).close;
    const ratio = RATIOS.find((k) => Math.abs(Math.log(gap * k)) < priceTolerance(k));
    if (ratio === undefined) continue;
    const before = median(bars.slice(Math.max(0, i - WINDOW), i).map((b) => b.volume));
    const after = median(bars.slice(i + 1, i + 1 + WINDOW).map((b) => b.volume));
    if (before <= 0 || after <= 0) continue;
    const volumeRatio = after / before;
    const threshold = ratio ** volumeExponent(ratio);
    const confirmed = ratio > 1 ? volumeRatio >= threshold : volumeRatio <= threshold;
    if (confirmed) out.push({ date: (bars[i] as OhlcBar).date, ratio });
  }
  return out;
}

/**
 * Rewrites bars before each split in post-split shares (prices ÷ ratio, volume × ratio), the way split-adjusted
 * exports show them.
 *
 * @param bars - unadjusted daily bars, oldest first
 * @param splits - splits from {@link detectSplits} or a known list
 * @example
 * ```ts
 * import { adjustForSplits, detectSplits } from 'xstock-lend';
 * const adjusted = adjustForSplits(bars, detectSplits(bars));
 * ```
 */
export function adjustForSplits(bars: readonly OhlcBar[], splits: readonly DetectedSplit[]): OhlcBar[] {
  return bars.map((bar) => {
    let factor = 1;
    for (const split of splits) if (bar.date < split.date) factor *= split.ratio;
    if (factor === 1) return { ...bar };
    return {
      date: bar.date,
      open: bar.open / factor,
      high: bar.high / factor,
      low: bar.low / factor,
      close: bar.close / factor,
      volume: bar.volume * factor,
    };
  });
}
