import { address, createSolanaRpc } from '@solana/kit';
import { Connection, PublicKey } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  decodePriceUpdateV2,
  fetchPriceUpdateV2,
  fetchScaledUiAmountConfig,
  fetchScopeOraclePrices,
  getCorporateAction,
  getMultiplier,
  guardPrice,
  KLEND_PROGRAM_ID,
  scopePriceToReading,
  TOKEN_2022_PROGRAM_ID,
} from '../../src/index.js';
import { type Localnet, startLocalnet } from '../../src/localnet/index.js';
import { expectXStockLendError } from '../support/expect-xstock-lend-error.js';

// Friday 2026-12-04 15:00 UTC = 10:00 New York, regular session.
const AT = new Date('2026-12-04T15:00:00Z');
const OBLIGATIONS = 300;

const realFetch = globalThis.fetch;
/** Tests never leave loopback: data: URLs (klend-sdk's zstd wasm) and 127.0.0.1 pass, everything else throws. */
const guardedFetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('data:') || url.startsWith('http://127.0.0.1')) return realFetch(input, init);
  throw new Error(`tests never touch the network (${url})`);
});
const offLoopback = () =>
  guardedFetch.mock.calls.filter(
    ([i]) => !/^(data:|http:\/\/127\.0\.0\.1)/.test(String(i instanceof Request ? i.url : i)),
  );

let localnet: Localnet;
beforeAll(async () => {
  vi.stubGlobal('fetch', guardedFetch);
  localnet = await startLocalnet({ at: AT, obligations: OBLIGATIONS });
});
afterAll(async () => {
  await localnet?.stop();
  vi.unstubAllGlobals();
});

describe('startLocalnet', () => {
  it('serves the seeded market over loopback JSON-RPC to a kit client', async () => {
    expect(localnet.rpcUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const rpc = createSolanaRpc(localnet.rpcUrl);
    const market = await rpc.getAccountInfo(address(localnet.market), { encoding: 'base64' }).send();
    expect(market.value?.owner).toBe(KLEND_PROGRAM_ID);
    expect(market.value?.space).toBe(4664n);
    const obligations = await rpc
      .getProgramAccounts(address(KLEND_PROGRAM_ID), {
        encoding: 'base64',
        dataSlice: { offset: 0, length: 8 },
        filters: [
          { dataSize: 3344n },
          { memcmp: { offset: 32n, bytes: localnet.market as never, encoding: 'base58' } },
        ],
      })
      .send();
    expect(obligations).toHaveLength(OBLIGATIONS);
    expect(localnet.now()).toEqual(AT);
  });

  it('xStock mints are Token-2022 ScaledUiAmount mints, readable by web3.js v1', async () => {
    const connection = new Connection(localnet.rpcUrl, 'confirmed');
    const tslax = localnet.seeded?.reserves.find((r) => r.symbol === 'TSLAx');
    if (tslax === undefined) return expect.fail('no TSLAx reserve');
    const info = await connection.getAccountInfo(new PublicKey(tslax.liquidityMint));
    expect(info?.owner.toBase58()).toBe(TOKEN_2022_PROGRAM_ID);
    const parsed = await connection.getParsedAccountInfo(new PublicKey(tslax.liquidityMint));
    const data = parsed.value?.data as { parsed?: { type?: string; info?: { decimals?: number } } };
    expect(data.parsed?.type).toBe('mint');
    expect(data.parsed?.info?.decimals).toBe(tslax.decimals);
  });

  it('KaminoMarket.load and getAllObligationsForMarket work over the URL, CDN stubbed, no network', async () => {
    const sdk = await import('@kamino-finance/klend-sdk');
    sdk.kaminoCdn.getData = async () =>
      ({ deprecatedAssets: [] }) as unknown as Awaited<ReturnType<typeof sdk.kaminoCdn.getData>>;
    const rpc = createSolanaRpc(localnet.rpcUrl);
    const kamino = await sdk.KaminoMarket.load(rpc as never, address(localnet.market), 400);
    expect(kamino).not.toBeNull();
    const reserves = kamino?.getReserves() ?? [];
    expect(reserves).toHaveLength(9);
    const spy = reserves.find(
      (r) => r.getLiquidityMint() === localnet.seeded?.reserves.find((s) => s.symbol === 'SPYx')?.liquidityMint,
    );
    expect(spy?.getOracleMarketPrice().toNumber()).toBeCloseTo(680, 6);
    const all = await kamino?.getAllObligationsForMarket(await rpc.getSlot().send());
    expect(all).toHaveLength(OBLIGATIONS);
    expect(offLoopback()).toEqual([]);
  });

  it('setPrice moves the Scope and Pyth prices with the chain clock as their timestamp', async () => {
    const rpc = createSolanaRpc(localnet.rpcUrl);
    const tslax = localnet.seeded?.reserves.find((r) => r.symbol === 'TSLAx');
    if (tslax === undefined || localnet.seeded === null) return expect.fail('no TSLAx reserve');
    localnet.setTime(new Date('2026-12-04T15:30:00Z'));
    localnet.setPrice('TSLAx', 455.25);
    const scope = await fetchScopeOraclePrices(rpc, localnet.seeded.scope.oraclePrices);
    const entry = scope.prices[tslax.scopePriceIndex];
    if (entry === undefined) return expect.fail('no scope entry');
    const reading = scopePriceToReading(entry);
    expect(Number(reading.price) * 10 ** reading.exponent).toBeCloseTo(455.25, 6);
    expect(reading.publishTime).toBe(BigInt(Date.parse('2026-12-04T15:30:00Z') / 1000));
    const pyth = await fetchPriceUpdateV2(rpc, tslax.pythPriceUpdate);
    expect(Number(pyth.price) * 10 ** pyth.exponent).toBeCloseTo(455.25, 6);
    const g = guardPrice({ reading, at: localnet.now(), symbol: 'TSLAx' });
    expect(g.status).toBe('live');
    // The bytes are the same account a decoder reads directly.
    const raw = localnet.store.get(tslax.pythPriceUpdate);
    expect(raw && decodePriceUpdateV2(raw.data).publishTime).toBe(pyth.publishTime);
  });

  it('scheduleMultiplier sends a real UpdateMultiplier: the mint reports it and it applies at the chain clock', async () => {
    const rpc = createSolanaRpc(localnet.rpcUrl);
    const tslax = localnet.seeded?.reserves.find((r) => r.symbol === 'TSLAx');
    if (tslax === undefined) return expect.fail('no TSLAx reserve');
    const effective = new Date('2026-12-07T00:00:00Z');
    await localnet.scheduleMultiplier('TSLAx', 3, effective);
    const config = await fetchScaledUiAmountConfig(rpc, tslax.liquidityMint);
    if (config === null) return expect.fail('no ScaledUiAmount');
    const before = BigInt(effective.getTime() / 1000) - 1n;
    expect(getMultiplier(config, before)).toBe(1);
    expect(getMultiplier(config, before + 1n)).toBe(3);
    expect(getCorporateAction(config, before)).toMatchObject({ kind: 'pending', ratio: 3, secondsUntil: 1n });
    // setPrice after the switch stores share price × new multiplier in Scope (per raw unit).
    localnet.setTime(new Date('2026-12-07T15:00:00Z'));
    localnet.setPrice('TSLAx', 150);
    const scope = await fetchScopeOraclePrices(rpc, localnet.seeded?.scope.oraclePrices ?? '');
    const entry = scope.prices[tslax.scopePriceIndex];
    if (entry === undefined) return expect.fail('no scope entry');
    const reading = scopePriceToReading(entry);
    expect(Number(reading.price) * 10 ** reading.exponent).toBeCloseTo(450, 6);
  });

  it('rejects bad arguments with typed errors', async () => {
    expectXStockLendError(() => localnet.setPrice('XYZx', 1), 'INVALID_ARGUMENT');
    expectXStockLendError(() => localnet.setPrice('TSLAx', -1), 'INVALID_ARGUMENT');
    expectXStockLendError(() => localnet.setTime(new Date('nope')), 'INVALID_ARGUMENT');
    await expect(localnet.scheduleMultiplier('USDC', 2, new Date())).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(startLocalnet({ port: 70_000 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(startLocalnet({ obligations: -1 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('an empty localnet starts fast and has no market', async () => {
    const empty = await startLocalnet({ seed: 'empty' });
    try {
      expect(empty.market).toBe('');
      expect(empty.seeded).toBeNull();
      const rpc = createSolanaRpc(empty.rpcUrl);
      expect(await rpc.getHealth().send()).toBe('ok');
    } finally {
      await empty.stop();
    }
  });
});
