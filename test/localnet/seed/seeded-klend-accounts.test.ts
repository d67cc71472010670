import { LendingMarket } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/LendingMarket.js';
import { Obligation } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Obligation.js';
import { Reserve } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Reserve.js';
import { describe, expect, it } from 'vitest';
import { encodeAnchorAccount, findKlendPda } from '../../../src/localnet/seed/index.js';
import { KLEND_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../../src/rpc/program-ids.js';
import { createSeededStore } from './seed-fixture.js';

const { store, market } = await createSeededStore({ obligations: 1_000 });
const SF = 1n << 60n;

/** FACTS §2 (Kamino xStocks market, decoded snapshot 2026-04-27), typed here independently of the seed's table. */
const FACTS: Record<
  string,
  { ltv: number; lt: number; bf: number; borrowLimit: bigint; heuristic?: [bigint, bigint]; spot: number }
> = {
  SPYx: { ltv: 73, lt: 75, bf: 166, borrowLimit: 5_000n, heuristic: [515n, 858n], spot: 344 },
  QQQx: { ltv: 70, lt: 72, bf: 166, borrowLimit: 1_000n, heuristic: [400n, 700n], spot: 347 },
  GOOGLx: { ltv: 60, lt: 70, bf: 200, borrowLimit: 0n, spot: 326 },
  TSLAx: { ltv: 55, lt: 65, bf: 225, borrowLimit: 2_500n, heuristic: [300n, 520n], spot: 338 },
  NVDAx: { ltv: 55, lt: 65, bf: 225, borrowLimit: 500n, spot: 332 },
  AAPLx: { ltv: 40, lt: 50, bf: 200, borrowLimit: 0n, spot: 317 },
  MSTRx: { ltv: 30, lt: 40, bf: 250, borrowLimit: 0n, spot: 335 },
  HOODx: { ltv: 30, lt: 40, bf: 250, borrowLimit: 0n, spot: 320 },
};

function account(address: string) {
  const found = store.get(address);
  if (found === null) throw new Error(`missing ${address}`);
  return found;
}

function tokenAmount(address: string): bigint {
  return Buffer.from(account(address).data).readBigUInt64LE(64);
}

describe('seeded klend accounts', () => {
  it(`seeds 1,000 obligations quickly (${market.timingsMs.total.toFixed(0)} ms total)`, () => {
    console.log('seed 1,000 obligations, ms:', market.timingsMs);
    expect(market.obligations.addresses).toHaveLength(1_000);
    expect(market.timingsMs.total).toBeLessThan(2_000);
  });

  it('every klend account decodes with klend-sdk codecs and re-encodes byte-exact', () => {
    const check = (codec: typeof Reserve | typeof Obligation | typeof LendingMarket, address: string, size: number) => {
      const { data, owner } = account(address);
      expect(owner).toBe(KLEND_PROGRAM_ID);
      expect(data.length).toBe(size);
      const decoded = codec.decode(Buffer.from(data));
      expect(Buffer.from(encodeAnchorAccount(codec, decoded, size)).equals(Buffer.from(data))).toBe(true);
    };
    check(LendingMarket, market.lendingMarket, 4664);
    for (const r of market.reserves) check(Reserve, r.address, 8624);
    for (const o of market.obligations.addresses) check(Obligation, o, 3344);
    expect(store.passiveCount(KLEND_PROGRAM_ID)).toBe(1 + 9 + 1_000);
  });

  it('the lending market carries its owner, authority bump and klend default liquidation settings', async () => {
    const m = LendingMarket.decode(Buffer.from(account(market.lendingMarket).data));
    const [authority, bump] = await findKlendPda('lma', market.lendingMarket);
    expect(authority).toBe(market.lendingMarketAuthority);
    expect(m.bumpSeed.toNumber()).toBe(bump);
    expect(m.lendingMarketOwner).toBe(market.lendingMarketOwner.address);
    expect(Buffer.from(m.quoteCurrency).toString('utf8').replace(/\0+$/, '')).toBe('USD');
    expect([m.liquidationMaxDebtCloseFactorPct, m.insolvencyRiskUnhealthyLtvPct, m.autodeleverageEnabled]).toEqual([
      20, 95, 0,
    ]);
    expect(m.maxLiquidatableDebtMarketValueAtOnce.toString()).toBe('500000');
    expect(m.minFullLiquidationValueThreshold.toString()).toBe('2');
    expect(m.elevationGroups.every((g) => g.id === 0)).toBe(true);
  });

  it('reserve parameters match FACTS §2 for every xStock, USDC is the borrowable asset', () => {
    for (const r of market.reserves) {
      const reserve = Reserve.decode(Buffer.from(account(r.address).data));
      const c = reserve.config;
      const info = c.tokenInfo;
      expect(Buffer.from(info.name).toString('utf8').replace(/\0+$/, '')).toBe(r.symbol);
      expect(reserve.lendingMarket).toBe(market.lendingMarket);
      expect([c.minLiquidationBonusBps, c.maxLiquidationBonusBps, c.badDebtLiquidationBonusBps]).toEqual([
        500, 1000, 99,
      ]);
      expect(c.protocolLiquidationFeePct).toBe(50);
      expect([c.status, c.autodeleverageEnabled, ...c.elevationGroups].every((v) => v === 0)).toBe(true);
      expect(info.maxAgePriceSeconds.toNumber()).toBe(300);
      expect(info.scopeConfiguration.priceFeed).toBe(market.scope.oraclePrices);
      expect(info.scopeConfiguration.priceChain).toEqual([r.scopePriceIndex, 65535, 65535, 65535]);
      expect(info.pythConfiguration.price).toBe('nu11111111111111111111111111111111111111111');
      expect(info.switchboardConfiguration.priceAggregator).toBe('nu11111111111111111111111111111111111111111');
      expect(reserve.liquidity.mintPubkey).toBe(r.liquidityMint);
      expect(reserve.liquidity.mintDecimals.toNumber()).toBe(r.decimals);
      expect(reserve.liquidity.tokenProgram).toBe(r.tokenProgram);
      expect(reserve.liquidity.supplyVault).toBe(r.liquiditySupplyVault);
      expect(reserve.liquidity.feeVault).toBe(r.feeVault);
      expect(reserve.collateral.mintPubkey).toBe(r.collateralMint);
      expect(reserve.collateral.supplyVault).toBe(r.collateralSupplyVault);
      expect(reserve.liquidity.cumulativeBorrowRateBsf.value[0]?.toString()).toBe(SF.toString());
      expect(BigInt(reserve.liquidity.marketPriceSf.toString())).toBe(
        (r.initialPrice.value * SF) / 10n ** BigInt(r.initialPrice.exp),
      );
      expect(c.fees.flashLoanFeeSf.toString()).toBe('18446744073709551615');
      if (r.symbol === 'USDC') {
        expect([c.loanToValuePct, c.liquidationThresholdPct, c.borrowFactorPct.toNumber()]).toEqual([0, 0, 100]);
        expect(BigInt(c.borrowLimit.toString())).toBeGreaterThanOrEqual(r.totalBorrowedRaw);
        continue;
      }
      const facts = FACTS[r.symbol];
      if (facts === undefined) throw new Error(r.symbol);
      expect([c.loanToValuePct, c.liquidationThresholdPct, c.borrowFactorPct.toNumber()]).toEqual([
        facts.ltv,
        facts.lt,
        facts.bf,
      ]);
      expect(BigInt(c.borrowLimit.toString())).toBe(facts.borrowLimit * 10n ** 8n);
      expect(r.scopePriceIndex).toBe(facts.spot);
      expect(info.maxTwapDivergenceBps.toNumber()).toBe(500);
      expect(info.scopeConfiguration.twapChain[0]).not.toBe(65535);
      if (facts.heuristic) {
        expect([
          info.heuristic.lower.toString(),
          info.heuristic.upper.toString(),
          info.heuristic.exp.toString(),
        ]).toEqual([String(facts.heuristic[0]), String(facts.heuristic[1]), '0']);
      }
      const price = Number(r.initialPrice.value) / 10 ** r.initialPrice.exp;
      expect(price).toBeGreaterThanOrEqual(info.heuristic.lower.toNumber());
      expect(price).toBeLessThanOrEqual(info.heuristic.upper.toNumber());
      expect(BigInt(c.depositLimit.toString())).toBeGreaterThanOrEqual(r.totalSuppliedRaw);
    }
  });

  it('reserve totals equal the sums over the obligations, and the runtime vaults hold them', () => {
    const deposited = new Map<string, bigint>();
    let borrowedSf = 0n;
    for (const address of market.obligations.addresses) {
      const o = Obligation.decode(Buffer.from(account(address).data));
      expect(o.lendingMarket).toBe(market.lendingMarket);
      expect(o.tag.toNumber()).toBe(0);
      let valueSf = 0n;
      let count = 0;
      for (const d of o.deposits) {
        if (d.depositReserve === '11111111111111111111111111111111') continue;
        count += 1;
        deposited.set(d.depositReserve, (deposited.get(d.depositReserve) ?? 0n) + BigInt(d.depositedAmount.toString()));
        valueSf += BigInt(d.marketValueSf.toString());
      }
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
      expect(BigInt(o.depositedValueSf.toString())).toBe(valueSf);
      const borrow = o.borrows[0];
      expect(borrow?.borrowReserve).toBe(market.reserves[0]?.address);
      borrowedSf += BigInt(borrow?.borrowedAmountSf.toString() ?? '0');
      expect(o.borrows.slice(1).every((b) => b.borrowReserve === '11111111111111111111111111111111')).toBe(true);
    }
    for (const r of market.reserves) {
      const reserve = Reserve.decode(Buffer.from(account(r.address).data));
      const available = BigInt(reserve.liquidity.totalAvailableAmount.toString());
      const borrowed = BigInt(reserve.liquidity.borrowedAmountSf.toString());
      const cTokens = BigInt(reserve.collateral.mintTotalSupply.toString());
      expect(tokenAmount(r.liquiditySupplyVault)).toBe(available);
      expect(Buffer.from(account(r.collateralMint).data).readBigUInt64LE(36)).toBe(cTokens);
      expect(account(r.collateralMint).owner).toBe(TOKEN_PROGRAM_ID);
      if (r.symbol === 'USDC') {
        expect(borrowed).toBe(borrowedSf);
        expect(available + borrowedSf / SF).toBe(r.totalSuppliedRaw);
        expect(tokenAmount(market.usdcLender.collateralAccount)).toBe(cTokens);
      } else {
        expect(borrowed).toBe(0n);
        expect(available).toBe(deposited.get(r.address));
        expect(cTokens).toBe(available);
        expect(tokenAmount(r.collateralSupplyVault)).toBe(cTokens);
      }
    }
  });
});
