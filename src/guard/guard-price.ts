import {
  getMarketSession,
  isMarketOpen,
  type MarketSession,
  nextMarketOpen,
  previousMarketClose,
} from '../calendar/index.js';
import { getCorporateAction, getMultiplier, type ScaledUiAmountConfig } from '../corporate-actions/index.js';
import { XStockLendError } from '../errors/index.js';
import { fixedToNumber } from '../math/index.js';
import type { OracleReading } from '../oracle/index.js';
import { checkMultiplierBasis } from './check-multiplier-basis.js';
import { computeGapHaircut, resolveGapHaircutBps } from './compute-gap-haircut.js';
import { DEFAULT_GUARD_POLICY, type GuardPolicy } from './guard-policy.js';
import type { GuardedPrice, GuardStatus } from './guarded-price.js';

/**
 * Input of {@link guardPrice}.
 *
 * @example
 * ```ts
 * import type { GuardPriceInput } from 'xstock-lend';
 * const input: GuardPriceInput = { reading, at: new Date(), symbol: 'TSLAx', mint, policy: { maxAgeOpenSeconds: 30 } };
 * ```
 */
export interface GuardPriceInput {
  /** The oracle reading to judge. */
  reading: OracleReading;
  /** The instant to judge it at: use the chain clock (`Clock.unix_timestamp`) when acting on chain. */
  at: Date;
  /** Ticker or feed name (`TSLA`, `TSLAx`, `Equity.US.TSLA/USD`) choosing the calibrated gap haircut. */
  symbol?: string;
  /** The token's ScaledUiAmount state: multiplier for the raw-unit price and corporate-action rules. */
  mint?: ScaledUiAmountConfig;
  /** Overrides of {@link DEFAULT_GUARD_POLICY}. */
  policy?: Partial<GuardPolicy>;
  /**
   * A trusted earlier reading of the same feed from before the last multiplier change (e.g. the last close before a
   * split). Needed to verify the feed's basis for `splitCheckWindowSeconds` after a split; without it nothing is
   * allowed in that window.
   */
  reference?: OracleReading;
}

/** Corporate actions older than this are settled history: no confirmation is looked for. */
const SETTLED_AFTER_SECONDS = 30n * 86_400n;

function argumentError(message: string, argument: string): XStockLendError {
  return new XStockLendError('INVALID_ARGUMENT', message, { context: { argument } });
}

function assertReading(reading: unknown, argument: string): asserts reading is OracleReading {
  const r = reading as Partial<OracleReading> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.price !== 'bigint' ||
    typeof r.confidence !== 'bigint' ||
    typeof r.publishTime !== 'bigint' ||
    !Number.isInteger(r.exponent) ||
    (r.basis !== 'share' && r.basis !== 'ui-token' && r.basis !== 'raw-token')
  ) {
    throw argumentError(
      `${argument} must be an OracleReading (bigint price, confidence and publishTime, integer exponent, basis share|ui-token|raw-token).`,
      argument,
    );
  }
}

function resolvePolicy(overrides: Partial<GuardPolicy> | undefined): GuardPolicy {
  if (overrides === undefined) return DEFAULT_GUARD_POLICY;
  const policy: GuardPolicy = { ...DEFAULT_GUARD_POLICY, ...overrides };
  for (const key of [
    'maxAgeOpenSeconds',
    'maxFutureSkewSeconds',
    'confidenceMultiplier',
    'corporateActionWindowSeconds',
    'splitCheckWindowSeconds',
  ] as const) {
    if (!(Number.isFinite(policy[key]) && policy[key] >= 0))
      throw argumentError(`policy.${key} must be a finite number ≥ 0.`, `policy.${key}`);
  }
  if (!(policy.splitDetectionMinRatio > 1))
    throw argumentError('policy.splitDetectionMinRatio must be > 1.', 'policy.splitDetectionMinRatio');
  if (policy.haircutBps !== undefined && !(policy.haircutBps >= 0 && policy.haircutBps < 10_000)) {
    throw argumentError('policy.haircutBps must be in [0, 10000).', 'policy.haircutBps');
  }
  if (policy.tradingHours !== 'us-equity' && policy.tradingHours !== 'always') {
    throw argumentError("policy.tradingHours must be 'us-equity' or 'always'.", 'policy.tradingHours');
  }
  if (policy.haircutClock !== 'elapsed' && policy.haircutClock !== 'full-closure') {
    throw argumentError("policy.haircutClock must be 'elapsed' or 'full-closure'.", 'policy.haircutClock');
  }
  return policy;
}

function result(
  status: GuardStatus,
  prices: { mid: number; conf: number; multiplier: number; haircut: number; k: number },
  session: MarketSession,
  can: [boolean, boolean, boolean],
  reasons: string[],
): GuardedPrice {
  const { mid, conf, multiplier, haircut, k } = prices;
  return {
    status,
    priceUsd: mid,
    rawTokenPriceUsd: mid * multiplier,
    collateralPriceUsd: Math.max(0, (mid - k * conf) * (1 - haircut)),
    debtPriceUsd: (mid + k * conf) * (1 + haircut),
    session,
    canBorrow: can[0],
    canWithdraw: can[1],
    canLiquidate: can[2],
    multiplier,
    haircut,
    reasons,
  };
}

const NONE: [boolean, boolean, boolean] = [false, false, false];

/**
 * Judges an oracle reading for lending against an xStock at `at`: applies the US market calendar (a frozen price
 * after the close gets a gap haircut that grows with time closed), staleness, the oracle's own status, and the
 * token's corporate actions (no borrows or withdrawals just before a multiplier change; nothing until the oracle has
 * printed a post-change price in an open session; no action on a price whose basis disagrees with the mint).
 * Pure: reads no clock and no network.
 *
 * Prices come per underlying share (= per whole UI token): a `raw-token` reading is divided by the multiplier at
 * `at`, so pass `mint` for Scope prices. A reading that is non-positive, has confidence ≥ price, or a publish time
 * beyond the clock-skew allowance is `invalid`: all prices `NaN`, nothing allowed.
 *
 * @param input - the reading, the instant, and optional symbol, mint state, policy overrides and reference reading
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for malformed inputs (not for bad oracle values, which give
 *   `status: 'invalid'`), `CALENDAR_OUT_OF_RANGE` outside 2000–2040
 * @example
 * ```ts
 * import { guardPrice } from 'xstock-lend';
 * const reading = { source: 'pyth-pull', basis: 'share', price: 43_512_000_000n, exponent: -8, confidence: 20_000_000n, publishTime: 1_764_968_400n } as const;
 * const g = guardPrice({ reading, at: new Date('2025-12-06T17:00:00Z'), symbol: 'TSLAx' });
 * g.status; // 'market-closed' (Saturday)
 * g.collateralPriceUsd < g.priceUsd; // true: last close minus a gap haircut
 * g.canLiquidate; // false until Monday's open
 * ```
 */
export function guardPrice(input: GuardPriceInput): GuardedPrice {
  if (typeof input !== 'object' || input === null) throw argumentError('guardPrice takes { reading, at, … }.', 'input');
  const { reading, at, mint } = input;
  assertReading(reading, 'reading');
  const atMs = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(atMs)) throw argumentError('at must be a valid Date.', 'at');
  const policy = resolvePolicy(input.policy);
  const session = getMarketSession(at);
  const nowSeconds = BigInt(Math.floor(atMs / 1000));
  const k = policy.confidenceMultiplier;

  let multiplier = 1;
  if (mint !== undefined) multiplier = getMultiplier(mint, nowSeconds);
  const value = fixedToNumber(reading.price, reading.exponent);
  const confidence = fixedToNumber(reading.confidence, reading.exponent);
  const invalid: string[] = [];
  if (reading.price <= 0n || !(value > 0) || !Number.isFinite(value))
    invalid.push(`price ${reading.price}e${reading.exponent} is not a positive finite number`);
  if (reading.confidence < 0n || reading.confidence >= reading.price)
    invalid.push(`confidence ${reading.confidence} is negative or not below the price ${reading.price}`);
  if (reading.publishTime > nowSeconds + BigInt(Math.ceil(policy.maxFutureSkewSeconds))) {
    invalid.push(`publish time ${reading.publishTime} is ${reading.publishTime - nowSeconds} s in the future`);
  }
  if (!(multiplier > 0) || !Number.isFinite(multiplier))
    invalid.push(`mint multiplier ${multiplier} is not a positive finite number`);
  if (invalid.length > 0) {
    return result('invalid', { mid: Number.NaN, conf: Number.NaN, multiplier, haircut: 0, k }, session, NONE, invalid);
  }

  // Per-share values: a raw-unit quote carries the multiplier; a share or UI-token quote does not.
  const perUnit = reading.basis === 'raw-token' ? 1 / multiplier : 1;
  const prices = { mid: value * perUnit, conf: confidence * perUnit, multiplier, haircut: 0, k };
  if (reading.status === 'halted' || reading.status === 'unknown') {
    return result('halted', prices, session, NONE, [`oracle reports trading status '${reading.status}'`]);
  }

  const reasons: string[] = [];
  let status: GuardStatus = 'live';
  let can: [boolean, boolean, boolean] = [true, true, true];
  const publishMs = Number(reading.publishTime) * 1000;
  const alwaysOpen = policy.tradingHours === 'always';
  if (alwaysOpen || session.session === 'regular') {
    const age = Number(nowSeconds - reading.publishTime);
    if (age > policy.maxAgeOpenSeconds) {
      status = 'stale';
      can = [...NONE];
      reasons.push(
        `${alwaysOpen ? '24/7 asset' : 'market open'} and the price is ${age} s old (max ${policy.maxAgeOpenSeconds} s)`,
      );
    } else if (!alwaysOpen && publishMs < session.start.getTime()) {
      status = 'stale';
      can = [...NONE];
      reasons.push(`market opened at ${session.start.toISOString()} and the oracle has not published since`);
    }
  } else {
    const lastClose = previousMarketClose(at).getTime();
    if (publishMs < lastClose - policy.maxAgeOpenSeconds * 1000) {
      status = 'stale';
      can = [...NONE];
      reasons.push(`market closed and the price predates the last close at ${new Date(lastClose).toISOString()}`);
    } else {
      const { ticker, bps, known } = resolveGapHaircutBps(input.symbol);
      const c = policy.haircutBps ?? bps;
      const endMs = policy.haircutClock === 'elapsed' ? atMs : nextMarketOpen(at).getTime();
      const hours = (endMs - lastClose) / 3_600_000;
      prices.haircut = computeGapHaircut(c, hours);
      status = 'market-closed';
      can = [policy.allowBorrowWhileClosed, policy.allowWithdrawWhileClosed, policy.allowLiquidationWhileClosed];
      reasons.push(
        `market ${session.session === 'closed' ? 'closed' : `in ${session.session} session`}, ${hours.toFixed(1)} h since the close: ` +
          `gap haircut ${(prices.haircut * 100).toFixed(2)}% (${policy.haircutBps !== undefined ? 'policy' : known ? ticker : 'default, symbol unknown'} c = ${c} bps)`,
      );
      if (!policy.allowLiquidationWhileClosed)
        reasons.push('no liquidations on a frozen price: wait for the next open');
    }
  }

  if (mint !== undefined) {
    const action = getCorporateAction(mint, nowSeconds);
    const severe = status === 'stale';
    if (action.kind === 'pending' && Number(action.secondsUntil) <= policy.corporateActionWindowSeconds) {
      if (!severe) status = 'corporate-action';
      can[0] = false;
      can[1] = false;
      reasons.push(
        `multiplier changes ×${action.ratio} in ${action.secondsUntil} s: no new borrows or withdrawals until the oracle prices it`,
      );
    } else if (action.kind === 'recent' && action.secondsSince < SETTLED_AFTER_SECONDS) {
      const effectiveMs = Number(action.effectiveAt) * 1000;
      const effective = new Date(effectiveMs);
      const confirmFrom = isMarketOpen(effective) ? effectiveMs : nextMarketOpen(effective).getTime();
      const significant =
        action.ratio >= policy.splitDetectionMinRatio || action.ratio <= 1 / policy.splitDetectionMinRatio;
      if (publishMs < confirmFrom) {
        if (!severe) status = 'corporate-action';
        can = [...NONE];
        reasons.push(
          `multiplier changed ×${action.ratio} at ${effective.toISOString()}; waiting for an oracle price from the session opening ${new Date(confirmFrom).toISOString()}`,
        );
      } else if (significant && Number(action.secondsSince) <= policy.splitCheckWindowSeconds) {
        const reference = input.reference;
        if (reference === undefined || reference.publishTime >= action.effectiveAt) {
          if (!severe) status = 'corporate-action';
          can = [...NONE];
          reasons.push(
            `split ×${action.ratio} ${action.secondsSince} s ago: pass a reference reading from before it to verify the feed's basis`,
          );
        } else {
          assertReading(reference, 'reference');
          if (reference.basis !== reading.basis)
            throw argumentError('reference must quote the same basis as reading.', 'reference');
          const jump = value / fixedToNumber(reference.price, reference.exponent);
          if (checkMultiplierBasis({ jump, ratio: action.ratio, basis: reading.basis }) === 'mismatch') {
            if (!severe) status = 'corporate-action';
            can = [...NONE];
            reasons.push(
              `price moved ×${jump.toFixed(3)} across a ×${action.ratio} multiplier change: the feed's ${reading.basis} basis disagrees with the mint`,
            );
          } else {
            reasons.push(
              `price moved ×${jump.toFixed(3)} across a ×${action.ratio} multiplier change, as a ${reading.basis} quote should`,
            );
          }
        }
      }
    }
  }
  return result(status, prices, session, can, reasons);
}
