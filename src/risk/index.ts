export {
  type ClosureGap,
  type ClosureGapAnomaly,
  type ClosureGaps,
  computeClosureGaps,
} from './compute-closure-gaps.js';
export { adjustForSplits, type DetectedSplit, detectSplits } from './detect-splits.js';
export type { OhlcBar } from './ohlc-bar.js';
export { type OhlcFormat, type ParsedOhlc, parseOhlcCsv, type SkippedOhlcRow } from './parse-ohlc-csv.js';
