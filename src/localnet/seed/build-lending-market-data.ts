import { LendingMarket } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/LendingMarket.js';
import { encodeAnchorAccount } from './encode-anchor-account.js';
import { utf8Padded } from './utf8-padded.js';

const U64_MAX = '18446744073709551615';

/**
 * Parameters of {@link buildLendingMarketData}.
 *
 * @example
 * ```ts
 * import type { LendingMarketDataParams } from 'xstock-lend/localnet';
 * const params: LendingMarketDataParams = { owner, authorityBump: 255, name: 'xStocks' };
 * ```
 */
export interface LendingMarketDataParams {
  /** `lendingMarketOwner` (also the cached owner and the proposer authority). */
  owner: string;
  /** Bump of the lending market authority PDA (`["lma", market]`), stored as `bumpSeed`. */
  authorityBump: number;
  /** Market name (≤ 32 bytes UTF-8). */
  name: string;
}

/**
 * Encodes a klend `LendingMarket` (4,664 bytes) with klend-sdk's codec: quote currency USD, no elevation groups,
 * autodeleverage off, borrowing enabled, referral fee 0, and klend's default liquidation settings (FACTS §1): close
 * factor 20%, insolvency-risk LTV 95%, at most $500,000 of debt liquidated at once, full liquidation under $2.
 * No global borrow cap (u64::MAX), no minimum obligation value.
 *
 * @param params - see {@link LendingMarketDataParams}
 * @example
 * ```ts
 * import { LendingMarket } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/LendingMarket.js';
 * import { buildLendingMarketData } from 'xstock-lend/localnet';
 * const market = LendingMarket.decode(Buffer.from(buildLendingMarketData({ owner, authorityBump: 254, name: 'xStocks' })));
 * ```
 */
export function buildLendingMarketData(params: LendingMarketDataParams): Uint8Array {
  const zero = Buffer.alloc(8 + LendingMarket.layout.span);
  zero.set(LendingMarket.discriminator, 0);
  const json = LendingMarket.decode(zero).toJSON();
  json.version = '1';
  json.bumpSeed = String(params.authorityBump);
  json.lendingMarketOwner = params.owner;
  json.lendingMarketOwnerCached = params.owner;
  json.proposerAuthority = params.owner;
  json.quoteCurrency = utf8Padded('USD', 32);
  json.name = utf8Padded(params.name, 32);
  json.liquidationMaxDebtCloseFactorPct = 20;
  json.insolvencyRiskUnhealthyLtvPct = 95;
  json.minFullLiquidationValueThreshold = '2';
  json.maxLiquidatableDebtMarketValueAtOnce = '500000';
  json.globalAllowedBorrowValue = U64_MAX;
  return encodeAnchorAccount(LendingMarket, LendingMarket.fromJSON(json));
}
