import { createHash } from 'node:crypto';
import { Obligation } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Obligation.js';
import { describe, expect, it } from 'vitest';
import { encodeAnchorAccount } from '../../../src/localnet/seed/index.js';
import { KLEND_PROGRAM_ID } from '../../../src/rpc/program-ids.js';
import { expectXStockLendRejection } from '../../support/expect-xstock-lend-error.js';
import { createStoreRpc } from './create-store-rpc.js';
import { createSeededStore } from './seed-fixture.js';

describe('seed at scale', () => {
  it('seeds 100,000 obligations that getProgramAccounts filters find and klend-sdk decodes', async () => {
    const started = performance.now();
    const { store, market } = await createSeededStore({ obligations: 100_000, rngSeed: 3 });
    const elapsed = performance.now() - started;
    console.log(`seed 100,000 obligations: ${elapsed.toFixed(0)} ms`, market.timingsMs, market.obligations.bandCounts);
    expect(store.passiveCount(KLEND_PROGRAM_ID)).toBe(100_000 + 10);
    expect(new Set(market.obligations.addresses).size).toBe(100_000);
    const rpc = createStoreRpc(store);
    const found = await rpc
      .getProgramAccounts(KLEND_PROGRAM_ID as never, {
        encoding: 'base64',
        dataSlice: { offset: 0, length: 0 },
        filters: [
          { dataSize: 3344n },
          { memcmp: { offset: 32n, bytes: market.lendingMarket as never, encoding: 'base58' } },
        ],
      })
      .send();
    expect(found).toHaveLength(100_000);
    for (let i = 0; i < 100_000; i += 997) {
      const data = store.get(market.obligations.addresses[i] as string)?.data as Uint8Array;
      const decoded = Obligation.decode(Buffer.from(data));
      expect(Buffer.from(encodeAnchorAccount(Obligation, decoded)).equals(Buffer.from(data))).toBe(true);
    }
    const { bandCounts } = market.obligations;
    expect(bandCounts.liquidatable / 100_000).toBeGreaterThan(0.07);
    expect(bandCounts.insolvent / 100_000).toBeGreaterThan(0.02);
    expect(market.timingsMs.obligations).toBeLessThan(30_000);
  });

  it('is deterministic: the same rngSeed and time give the same chain, another seed another one', async () => {
    const digest = async (rngSeed: number) => {
      const { store, market } = await createSeededStore({ obligations: 200, rngSeed });
      const hash = createHash('sha256');
      for (const address of [
        market.lendingMarket,
        ...market.reserves.map((r) => r.address),
        ...market.obligations.addresses,
      ]) {
        hash.update(address).update(store.get(address)?.data ?? new Uint8Array());
      }
      for (const r of market.reserves) hash.update(store.get(r.liquidityMint)?.data ?? new Uint8Array());
      return hash.digest('hex');
    };
    const [a, b, c] = [await digest(5), await digest(5), await digest(6)];
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('rejects bad options with INVALID_ARGUMENT', async () => {
    await expectXStockLendRejection(createSeededStore({ obligations: -1 }), 'INVALID_ARGUMENT');
    await expectXStockLendRejection(createSeededStore({ obligations: 1.5 }), 'INVALID_ARGUMENT');
    await expectXStockLendRejection(createSeededStore({ rngSeed: Number.NaN }), 'INVALID_ARGUMENT');
    await expectXStockLendRejection(createSeededStore({ at: new Date('nope') }), 'INVALID_ARGUMENT');
  });

  it('seeds an empty book (0 obligations) with consistent reserves', async () => {
    const { market } = await createSeededStore({ obligations: 0 });
    expect(market.obligations.addresses).toHaveLength(0);
    expect(market.demoBorrowers).toHaveLength(0);
    expect(market.reserves.every((r) => r.totalBorrowedRaw === 0n)).toBe(true);
  });
});
