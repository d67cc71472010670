import { XStockLendError } from '../errors/index.js';
import {
  DEFAULT_GAP_HAIRCUT_BPS,
  GAP_HAIRCUT_BETA,
  GAP_HAIRCUT_BPS,
  GAP_HAIRCUT_REFERENCE_HOURS,
} from './gap-haircuts.js';

const SYMBOL = /^(?:Equity\.US\.|Crypto\.)?([A-Za-z][A-Za-z0-9.]*?)(?:\/USD)?$/;

/**
 * What {@link resolveGapHaircutBps} found for a symbol.
 *
 * @example
 * ```ts
 * import type { GapHaircutLookup } from 'xstock-lend';
 * const l: GapHaircutLookup = { ticker: 'TSLA', bps: 406, known: true };
 * ```
 */
export interface GapHaircutLookup {
  /** The underlying ticker the symbol resolved to, or null when no symbol was given. */
  ticker: string | null;
  /** Haircut scale c in basis points (the haircut at 65.5 h closed). */
  bps: number;
  /** Whether the ticker has its own calibrated figure (false: the conservative default). */
  known: boolean;
}

/**
 * The calibrated closed-market haircut scale for a symbol, accepting the ways a feed names it: `TSLA`, `TSLAx`,
 * `TSLAX`, `Equity.US.TSLA/USD`, `Crypto.TSLAX/USD`.
 *
 * @param symbol - ticker or feed name; undefined for the conservative default
 * @example
 * ```ts
 * import { resolveGapHaircutBps } from 'xstock-lend';
 * resolveGapHaircutBps('TSLAx'); // { ticker: 'TSLA', bps: 406, known: true }
 * resolveGapHaircutBps('CRCLx'); // { ticker: 'CRCL', bps: 525, known: false }
 * ```
 */
export function resolveGapHaircutBps(symbol: string | undefined): GapHaircutLookup {
  if (symbol === undefined) return { ticker: null, bps: DEFAULT_GAP_HAIRCUT_BPS, known: false };
  const match = typeof symbol === 'string' ? SYMBOL.exec(symbol.trim()) : null;
  if (match === null) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `symbol must be a ticker such as TSLA, TSLAx or Equity.US.TSLA/USD, got ${JSON.stringify(symbol)}.`,
      {
        context: { argument: 'symbol', value: String(symbol) },
      },
    );
  }
  let ticker = (match[1] as string).toUpperCase();
  if (GAP_HAIRCUT_BPS[ticker] === undefined && ticker.endsWith('X') && ticker.length > 1) ticker = ticker.slice(0, -1);
  const bps = GAP_HAIRCUT_BPS[ticker];
  return bps === undefined ? { ticker, bps: DEFAULT_GAP_HAIRCUT_BPS, known: false } : { ticker, bps, known: true };
}

/**
 * The closed-market haircut as a fraction: `h(t) = c × (t / 65.5 h)^β`, with c in basis points (see
 * {@link resolveGapHaircutBps}) and β = {@link GAP_HAIRCUT_BETA}; capped at 0.95 so a price never reaches zero.
 *
 * @param bps - c, the haircut at 65.5 h, in basis points
 * @param hoursClosed - hours since the last regular close (≥ 0)
 * @example
 * ```ts
 * import { computeGapHaircut } from 'xstock-lend';
 * computeGapHaircut(406, 65.5); // 0.0406
 * computeGapHaircut(406, 17.5); // ≈ 0.0356 (overnight)
 * ```
 */
export function computeGapHaircut(bps: number, hoursClosed: number): number {
  if (!(hoursClosed > 0) || !(bps > 0)) return 0;
  return Math.min(0.95, (bps / 10_000) * (hoursClosed / GAP_HAIRCUT_REFERENCE_HOURS) ** GAP_HAIRCUT_BETA);
}
