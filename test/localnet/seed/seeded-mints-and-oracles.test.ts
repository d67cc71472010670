import { priceUpdateV2 } from '@kamino-finance/klend-sdk/dist/@codegen/pyth_rec/accounts/priceUpdateV2.js';
import { OraclePrices } from '@kamino-finance/scope-sdk/dist/@codegen/scope/accounts/OraclePrices.js';
import { FailedTransactionMetadata } from 'litesvm';
import { describe, expect, it } from 'vitest';
import { decodeToken2022Mint } from '../../../src/corporate-actions/index.js';
import {
  buildUpdateMultiplierInstruction,
  sendSeedTransaction,
  writeScopePrices,
  writeSeededPrice,
} from '../../../src/localnet/seed/index.js';
import {
  decodePriceUpdateV2,
  decodeScopeOracleMappings,
  decodeScopeOraclePrices,
  decodeScopePrice,
} from '../../../src/oracle/index.js';
import {
  PYTH_RECEIVER_PROGRAM_ID,
  SCOPE_PROGRAM_ID,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from '../../../src/rpc/program-ids.js';
import { expectXStockLendError, expectXStockLendRejection } from '../../support/expect-xstock-lend-error.js';
import { createSeededStore, SEED_AT } from './seed-fixture.js';

const { store, market } = await createSeededStore({ obligations: 20 });
const unix = BigInt(SEED_AT.getTime() / 1000);
const reserve = (symbol: string) => {
  const found = market.reserves.find((r) => r.symbol === symbol);
  if (found === undefined) throw new Error(symbol);
  return found;
};
const data = (address: string): Uint8Array => {
  const found = store.get(address);
  if (found === null) throw new Error(`missing ${address}`);
  return found.data;
};

describe('seeded mints', () => {
  it('xStock mints are Token-2022 with ScaledUiAmount 1.0 and the extensions real xStocks carry', () => {
    for (const r of market.reserves.filter((x) => x.symbol !== 'USDC')) {
      const account = store.get(r.liquidityMint);
      expect(account?.owner).toBe(TOKEN_2022_PROGRAM_ID);
      expect(store.isPassiveOwner(TOKEN_2022_PROGRAM_ID)).toBe(false);
      const mint = decodeToken2022Mint(data(r.liquidityMint));
      expect(mint.extensions.map((e) => e.name)).toEqual([
        'MetadataPointer',
        'PermanentDelegate',
        'Pausable',
        'ScaledUiAmount',
        'TokenMetadata',
      ]);
      expect(mint.decimals).toBe(8);
      expect(mint.scaledUiAmount?.multiplier).toBe(1);
      expect(mint.scaledUiAmount?.authority).toBe(r.scaledUiAmountAuthority?.address);
      expect(mint.pausable).toEqual({ authority: market.issuer.address, paused: false });
      expect(mint.permanentDelegate?.delegate).toBe(market.issuer.address);
      expect(mint.metadataPointer?.metadataAddress).toBe(r.liquidityMint);
      expect(mint.mintAuthority).toBe(market.issuer.address);
      expect(mint.supply).toBe(r.totalSuppliedRaw);
    }
    const usdc = reserve('USDC');
    expect(store.get(usdc.liquidityMint)?.owner).toBe(TOKEN_PROGRAM_ID);
    const mint = decodeToken2022Mint(data(usdc.liquidityMint));
    expect([mint.decimals, mint.extensions.length, data(usdc.liquidityMint).length]).toEqual([6, 0, 82]);
  });

  it('mints and vaults were created by transactions the runtime executed', () => {
    const purposes = market.transactions.map((t) => t.purpose);
    for (const r of market.reserves) {
      expect(purposes).toContain(`mint/${r.symbol}`);
      expect(purposes.filter((p) => p === `vaults/${r.symbol}`)).toHaveLength(2);
    }
    for (const { purpose, signature } of market.transactions) {
      const tx = store.svm.getTransaction(signature as never);
      expect(tx, purpose).not.toBeNull();
      expect(tx).not.toBeInstanceOf(FailedTransactionMetadata);
      const program = market.reserves.find((r) => purpose.endsWith(`/${r.symbol}`))?.tokenProgram;
      if (purpose.startsWith('mint/') && tx !== null && !(tx instanceof FailedTransactionMetadata)) {
        expect(tx.logs()).toContain(`Program ${program} invoke [1]`);
      }
    }
  });

  it('the ScaledUiAmount authority can schedule a multiplier with a real UpdateMultiplier; others cannot', async () => {
    const tslax = reserve('TSLAx');
    const authority = tslax.scaledUiAmountAuthority;
    if (authority === null) throw new Error('no authority');
    const update = (signer: typeof authority) =>
      sendSeedTransaction(store.svm, market.payer, [
        buildUpdateMultiplierInstruction({
          mint: tslax.liquidityMint,
          authority: signer,
          multiplier: 3,
          effectiveTimestamp: unix + 86_400n,
        }),
      ]);
    await expectXStockLendRejection(update(market.issuer), 'TRANSACTION_FAILED');
    await update(authority);
    const after = decodeToken2022Mint(data(tslax.liquidityMint)).scaledUiAmount;
    expect(after).toMatchObject({ multiplier: 1, newMultiplier: 3, newMultiplierEffectiveTimestamp: unix + 86_400n });
  });
});

describe('seeded oracles', () => {
  it('Scope OraclePrices decodes (ours and scope-sdk) to the intended prices at the seeded time', () => {
    const prices = store.get(market.scope.oraclePrices);
    expect(prices?.owner).toBe(SCOPE_PROGRAM_ID);
    const mappings = decodeScopeOracleMappings(data(market.scope.oracleMappings));
    const decoded = decodeScopeOraclePrices(data(market.scope.oraclePrices), { mappings });
    expect(decoded.oracleMappings).toBe(market.scope.oracleMappings);
    const viaScopeSdk = OraclePrices.decode(Buffer.from(data(market.scope.oraclePrices)));
    for (const r of market.reserves) {
      const spot = decoded.prices[r.scopePriceIndex];
      expect(spot).toMatchObject({
        value: r.initialPrice.value,
        exp: BigInt(r.initialPrice.exp),
        unixTimestamp: unix,
        lastUpdatedSlot: market.slot,
      });
      expect(viaScopeSdk.prices[r.scopePriceIndex]?.price.value.toString()).toBe(r.initialPrice.value.toString());
      if (r.symbol === 'USDC') {
        expect(mappings.priceTypes[r.scopePriceIndex]).toBe(21);
        expect(mappings.priceInfoAccounts[r.scopePriceIndex]).toBe(r.pythPriceUpdate);
        continue;
      }
      expect(mappings.priceTypes[r.scopePriceIndex]).toBe(37);
      expect(spot?.chainlinkX).toEqual({ observationsTimestamp: unix, suspended: false, activationDateTime: 0n });
      const twapIndex = r.scopeTwapIndex ?? -1;
      expect(mappings.priceTypes[twapIndex]).toBe(12);
      expect(mappings.twapSource[twapIndex]).toBe(r.scopePriceIndex);
      expect(decoded.prices[twapIndex]?.value).toBe(r.initialPrice.value);
    }
    expect(decoded.prices.filter((p) => p.value !== 0n)).toHaveLength(9 + 8);
  });

  it('each asset has a fully verified Pyth PriceUpdateV2 that our decoder and klend-sdk read alike', () => {
    for (const r of market.reserves) {
      const account = store.get(r.pythPriceUpdate);
      expect(account?.owner).toBe(PYTH_RECEIVER_PROGRAM_ID);
      const update = decodePriceUpdateV2(data(r.pythPriceUpdate));
      expect(update).toMatchObject({
        verificationLevel: { kind: 'full' },
        feedId: r.pythFeedId,
        price: r.initialPrice.value,
        exponent: -8,
        publishTime: unix,
        postedSlot: market.slot,
      });
      const sdk = priceUpdateV2.decode(Buffer.from(data(r.pythPriceUpdate)));
      expect(sdk.priceMessage.price.toString()).toBe(update.price.toString());
      expect(sdk.verificationLevel.kind).toBe('Full');
    }
  });

  it('writeSeededPrice moves Scope spot, TWAP and Pyth together and leaves old bytes and other assets alone', () => {
    const tslax = reserve('TSLAx');
    const before = data(market.scope.oraclePrices);
    const beforeCopy = before.slice();
    writeSeededPrice(store, market, 'TSLAx', {
      price: { value: 39_012_345_678n, exp: 8 },
      multiplier: 1.5,
      slot: market.slot + 10n,
      unixTimestamp: unix + 60n,
    });
    expect(before).toEqual(beforeCopy);
    const after = data(market.scope.oraclePrices);
    const spot = decodeScopePrice(after, tslax.scopePriceIndex, { chainlinkX: true });
    expect(spot).toMatchObject({
      value: 58_518_518_517n,
      unixTimestamp: unix + 60n,
      lastUpdatedSlot: market.slot + 10n,
    });
    expect(spot.chainlinkX?.observationsTimestamp).toBe(unix + 60n);
    expect(decodeScopePrice(after, tslax.scopeTwapIndex ?? 0).value).toBe(58_518_518_517n);
    expect(decodeScopePrice(after, reserve('SPYx').scopePriceIndex).value).toBe(reserve('SPYx').initialPrice.value);
    const pyth = decodePriceUpdateV2(data(tslax.pythPriceUpdate));
    expect([pyth.price, pyth.publishTime, pyth.feedId]).toEqual([39_012_345_678n, unix + 60n, tslax.pythFeedId]);
  });

  it('writeScopePrices refuses accounts Scope does not own and unknown addresses', () => {
    const entry = { index: 1, value: 1n, exp: 0, lastUpdatedSlot: 0n, unixTimestamp: 0n };
    expectXStockLendError(
      () => writeScopePrices(store, reserve('USDC').pythPriceUpdate, [entry]),
      'ACCOUNT_OWNER_MISMATCH',
    );
    expectXStockLendError(
      () => writeScopePrices(store, market.lendingMarketOwner.address, [entry]),
      'ACCOUNT_NOT_FOUND',
    );
    expectXStockLendError(
      () => writeScopePrices(store, market.scope.oraclePrices, [{ ...entry, index: 512 }]),
      'INVALID_ARGUMENT',
    );
  });
});
