export { checkMultiplierBasis } from './check-multiplier-basis.js';
export { computeGapHaircut, type GapHaircutLookup, resolveGapHaircutBps } from './compute-gap-haircut.js';
export {
  DEFAULT_GAP_HAIRCUT_BPS,
  GAP_HAIRCUT_BETA,
  GAP_HAIRCUT_BPS,
  GAP_HAIRCUT_REFERENCE_HOURS,
} from './gap-haircuts.js';
export { DEFAULT_GUARD_POLICY, type GuardPolicy } from './guard-policy.js';
export { type GuardPriceInput, guardPrice } from './guard-price.js';
export type { GuardedPrice, GuardStatus } from './guarded-price.js';
