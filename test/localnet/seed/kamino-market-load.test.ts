import { type Address, address } from '@solana/kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LtvBand } from '../../../src/localnet/seed/index.js';
import { createStoreRpc, type RpcCallLog } from './create-store-rpc.js';
import { createSeededStore } from './seed-fixture.js';

const seeded = await createSeededStore({ obligations: 1_000 });
const { store, market } = seeded;
const realFetch = globalThis.fetch;
/** No network: only `data:` URLs (zstddec, which klend-sdk uses for base64+zstd, loads its wasm from one) pass. */
const fetchSpy = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('data:')) return realFetch(input, init);
  throw new Error(`tests never touch the network (${url})`);
});
const networkCalls = () => fetchSpy.mock.calls.filter(([input]) => !String(input).startsWith('data:'));

// klend-sdk top-level import (slow, CJS): fine in tests.
const sdk = await import('@kamino-finance/klend-sdk');
sdk.kaminoCdn.getData = async () =>
  ({ deprecatedAssets: [] }) as unknown as Awaited<ReturnType<typeof sdk.kaminoCdn.getData>>;

describe('KaminoMarket.load against the seeded store (in-memory kit RPC)', () => {
  const log: RpcCallLog = new Map();
  const rpc = createStoreRpc(store, log);
  let kamino: NonNullable<Awaited<ReturnType<typeof sdk.KaminoMarket.load>>>;

  beforeAll(async () => {
    vi.stubGlobal('fetch', fetchSpy);
    const loaded = await sdk.KaminoMarket.load(rpc as never, address(market.lendingMarket), 400);
    if (loaded === null) throw new Error('market not found');
    kamino = loaded;
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('loads the market and all nine reserves with Scope prices, without the network', () => {
    expect(networkCalls()).toEqual([]);
    expect(log.get('getProgramAccounts')).toBe(1);
    const reserves = kamino.getReserves();
    expect(reserves.map((r) => r.symbol).sort()).toEqual(market.reserves.map((r) => r.symbol).sort());
    for (const seededReserve of market.reserves) {
      const reserve = kamino.getReserveByAddress(seededReserve.address as Address);
      expect(reserve, seededReserve.symbol).toBeDefined();
      if (reserve === undefined) continue;
      const expectedPrice = Number(seededReserve.initialPrice.value) / 10 ** seededReserve.initialPrice.exp;
      expect(reserve.getOracleMarketPrice().toNumber()).toBeCloseTo(expectedPrice, 8);
      expect(reserve.stats.loanToValue).toBe(seededReserve.params.loanToValuePct / 100);
      expect(reserve.stats.liquidationThreshold).toBe(seededReserve.params.liquidationThresholdPct / 100);
      expect(reserve.stats.borrowFactor).toBe(seededReserve.params.borrowFactorPct);
      expect(reserve.getLiquidityMint()).toBe(seededReserve.liquidityMint);
      expect(reserve.getMintDecimals()).toBe(seededReserve.decimals);
      expect(reserve.getBorrowedAmount().toFixed(0)).toBe(seededReserve.totalBorrowedRaw.toString());
      expect(reserve.getTotalSupply().toFixed(0)).toBe(seededReserve.totalSuppliedRaw.toString());
      expect(reserve.getCollateralExchangeRate().toNumber()).toBe(1);
    }
  });

  it('obligation stats span safe → liquidatable → insolvent exactly as seeded', async () => {
    const slot = await rpc.getSlot().send();
    const obligationAccounts = await rpc
      .getProgramAccounts(address(market.programId), {
        encoding: 'base64',
        filters: [
          { dataSize: 3344n },
          { memcmp: { offset: 32n, bytes: market.lendingMarket as never, encoding: 'base58' } },
        ],
      })
      .send();
    expect(obligationAccounts).toHaveLength(market.obligations.addresses.length);

    const loaded = await sdk.KaminoObligation.loadAll(kamino, market.obligations.addresses as Address[], slot);
    const byBand = new Map<
      LtvBand,
      { n: number; minLtv: number; maxLtv: number; liquidatable: number; insolvent: number }
    >();
    loaded.forEach((obligation, i) => {
      expect(obligation).not.toBeNull();
      if (obligation === null) return;
      const band = market.obligations.bands[i] as LtvBand;
      const ltv = obligation.loanToValue().toNumber();
      const liquidationLtv = obligation.liquidationLtv().toNumber();
      const stats = byBand.get(band) ?? { n: 0, minLtv: Infinity, maxLtv: 0, liquidatable: 0, insolvent: 0 };
      stats.n += 1;
      stats.minLtv = Math.min(stats.minLtv, ltv);
      stats.maxLtv = Math.max(stats.maxLtv, ltv);
      if (ltv >= liquidationLtv) stats.liquidatable += 1;
      if (obligation.refreshedStats.userTotalBorrow.gt(obligation.refreshedStats.userTotalDeposit))
        stats.insolvent += 1;
      byBand.set(band, stats);
      const maxLtv = obligation.refreshedStats.borrowLimit.div(obligation.refreshedStats.userTotalDeposit).toNumber();
      if (band === 'safe') expect(ltv).toBeLessThanOrEqual(0.8 * maxLtv + 1e-9);
      if (band === 'overBorrowLimit') expect(ltv).toBeGreaterThan(maxLtv);
    });
    console.log('LTV distribution (1,000 obligations):', Object.fromEntries(byBand));
    const counts = market.obligations.bandCounts;
    for (const band of ['safe', 'caution', 'overBorrowLimit'] as const)
      expect(byBand.get(band)?.liquidatable ?? 0).toBe(0);
    expect(byBand.get('liquidatable')?.liquidatable).toBe(counts.liquidatable);
    expect(byBand.get('liquidatable')?.insolvent).toBe(0);
    expect(byBand.get('insolvent')?.insolvent).toBe(counts.insolvent);
    expect(byBand.get('safe')?.minLtv).toBeGreaterThanOrEqual(0.1 - 1e-9);
    expect(counts.liquidatable).toBeGreaterThan(20);
    expect(counts.insolvent).toBeGreaterThan(5);
  });

  it('getAllObligationsForMarket (base64+zstd, dataSlice) returns every seeded obligation', async () => {
    const slot = await rpc.getSlot().send();
    const all = await kamino.getAllObligationsForMarket(slot);
    expect(all).toHaveLength(market.obligations.addresses.length);
    const liquidatable = all.filter((o) => o.loanToValue().gte(o.liquidationLtv())).length;
    const { bandCounts } = market.obligations;
    expect(liquidatable).toBe(bandCounts.liquidatable + bandCounts.insolvent);
    expect(networkCalls()).toEqual([]);
  });

  it('finds the demo borrowers by wallet (their obligations are Vanilla PDAs)', async () => {
    const [safe, liquidatable, insolvent] = market.demoBorrowers;
    expect([safe?.band, liquidatable?.band, insolvent?.band]).toEqual(['safe', 'liquidatable', 'insolvent']);
    for (const borrower of market.demoBorrowers) {
      const pda = await new sdk.VanillaObligation(address(market.programId)).toPda(
        address(market.lendingMarket),
        borrower.owner.address,
      );
      expect(pda).toBe(borrower.obligation);
      const obligation = await kamino.getObligationByAddress(pda);
      expect(obligation?.state.owner).toBe(borrower.owner.address);
    }
  });
});
