import { getAddressDecoder, type KeyPairSigner } from '@solana/kit';
import { XStockLendError } from '../../errors/index.js';
import { pow10 } from '../../math/index.js';
import { KLEND_PROGRAM_ID, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { AccountStore } from '../account-store.js';
import { buildLendingMarketData } from './build-lending-market-data.js';
import { buildReserveData } from './build-reserve-data.js';
import { createReserveTokenAccounts } from './create-reserve-token-accounts.js';
import { createClassicMint, createXStockMint } from './create-seeded-mints.js';
import { createSeededRng } from './create-seeded-rng.js';
import { deriveSeedKeyPair, deriveSeedPrivateKeyBytes } from './derive-seed-key-pair.js';
import type { LtvBand } from './generate-borrower-positions.js';
import { deriveReserveTokenAccounts, findKlendPda, type ReserveTokenAccounts } from './reserve-token-accounts.js';
import { decimalToSf, SF_ONE_VALUE } from './scaled-fraction.js';
import { seedObligations } from './seed-obligations.js';
import { seedOracleAccounts } from './seed-oracle-accounts.js';
import type { SeededMarket, SeededReserve, SeedXStocksMarketOptions } from './seeded-market.js';
import { XSTOCKS_RESERVE_PARAMS } from './xstocks-reserve-params.js';

const MAX_OBLIGATIONS = 1_000_000;
/** Target USDC utilization: supply = borrowed / 0.6, at least 1,000,000 USDC. */
const USDC_UTILIZATION = { numerator: 6n, denominator: 10n, minimumSupplyTokens: 1_000_000n } as const;

function checkOptions(options: SeedXStocksMarketOptions): { count: number; rngSeed: number; at: Date } {
  const count = options.obligations ?? 1_000;
  const rngSeed = options.rngSeed ?? 1;
  const at = options.at ?? new Date();
  if (!Number.isInteger(count) || count < 0 || count > MAX_OBLIGATIONS) {
    throw new XStockLendError('INVALID_ARGUMENT', `obligations must be a whole number from 0 to ${MAX_OBLIGATIONS}.`, {
      context: { obligations: String(options.obligations) },
    });
  }
  if (!Number.isSafeInteger(rngSeed)) {
    throw new XStockLendError('INVALID_ARGUMENT', 'rngSeed must be a safe integer.', {
      context: { rngSeed: String(options.rngSeed) },
    });
  }
  if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() < 0) {
    throw new XStockLendError('INVALID_ARGUMENT', 'at must be a valid Date after 1970.', {
      context: { at: String(options.at) },
    });
  }
  return { count, rngSeed, at };
}

/**
 * Seeds an xStocks lending market into a localnet: Token-2022 xStock mints (MetadataPointer, PermanentDelegate,
 * Pausable, ScaledUiAmount 1.0, TokenMetadata) and a classic USDC mint, reserve vaults and cToken mints, all created by
 * real transactions in the runtime; a klend `LendingMarket` and nine `Reserve`s encoded with klend-sdk's codecs (FACTS
 * §2 parameters, Scope-only pricing); a Scope `OraclePrices` + `OracleMappings`; one Pyth `PriceUpdateV2` per asset;
 * and `obligations` synthetic borrowers (xStock collateral against USDC debt, LTVs from safe to insolvent) whose totals
 * the reserves match. Sets the runtime clock's `unix_timestamp` to `at`. Deterministic for a given `rngSeed` and `at`.
 *
 * @param store - the localnet account store (klend, Scope and Pyth receiver must be passive owners)
 * @param options - see {@link SeedXStocksMarketOptions}
 * @throws {@link XStockLendError} `INVALID_ARGUMENT` for bad options; `TRANSACTION_FAILED` when a seed transaction fails.
 * @example
 * ```ts
 * import { LiteSVM } from 'litesvm';
 * import { AccountStore, seedXStocksMarket } from 'xstock-lend/localnet';
 * const store = new AccountStore(new LiteSVM(), [KLEND_PROGRAM_ID, SCOPE_PROGRAM_ID, PYTH_RECEIVER_PROGRAM_ID]);
 * const market = await seedXStocksMarket(store, { obligations: 1_000, rngSeed: 1 });
 * console.log(market.lendingMarket, market.obligations.bandCounts);
 * ```
 */
export async function seedXStocksMarket(
  store: AccountStore,
  options: SeedXStocksMarketOptions = {},
): Promise<SeededMarket> {
  const started = performance.now();
  const { count, rngSeed, at } = checkOptions(options);
  const key = (label: string): Promise<KeyPairSigner> => deriveSeedKeyPair(rngSeed, label);
  const addressOf = (label: string): string =>
    getAddressDecoder().decode(deriveSeedPrivateKeyBytes(rngSeed, label)) as string;

  const unixTimestamp = BigInt(Math.floor(at.getTime() / 1000));
  const clock = store.svm.getClock();
  clock.unixTimestamp = unixTimestamp;
  store.svm.setClock(clock);
  const slot = clock.slot;

  const [payer, issuer, owner, marketKey, pricesKey, mappingsKey, lenderOwner, lenderAccount] = await Promise.all([
    key('payer'),
    key('issuer'),
    key('market-owner'),
    key('market'),
    key('scope/prices'),
    key('scope/mappings'),
    key('usdc-lender'),
    key('usdc-lender/ctoken'),
  ]);
  const demoOwners = await Promise.all([0, 1, 2].map((i) => key(`borrower/${i}`)));
  const perReserve = await Promise.all(
    XSTOCKS_RESERVE_PARAMS.map(async (params) => {
      const reserve = await key(`reserve/${params.symbol}`);
      return {
        params,
        reserve: reserve.address as string,
        mint: await key(`mint/${params.symbol}`),
        scaledUiAmountAuthority: params.tokenProgram === 'token-2022' ? await key(`scaled-ui/${params.symbol}`) : null,
        pyth: (await key(`pyth/${params.symbol}`)).address as string,
        accounts: await deriveReserveTokenAccounts(reserve.address),
      };
    }),
  );
  const lendingMarket = marketKey.address as string;
  const [lendingMarketAuthority, authorityBump] = await findKlendPda('lma', lendingMarket);
  store.svm.airdrop(payer.address as never, 1_000_000_000_000n as never);

  const tokensStarted = performance.now();
  const transactions: { purpose: string; signature: string }[] = [];
  for (const r of perReserve) {
    if (r.scaledUiAmountAuthority !== null) {
      const signature = await createXStockMint(store.svm, {
        payer,
        mint: r.mint,
        issuer,
        scaledUiAmountAuthority: r.scaledUiAmountAuthority.address,
        decimals: r.params.decimals,
        name: r.params.tokenName,
        symbol: r.params.symbol,
      });
      transactions.push({ purpose: `mint/${r.params.symbol}`, signature });
    } else {
      const signature = await createClassicMint(store.svm, {
        payer,
        mint: r.mint,
        decimals: r.params.decimals,
        mintAuthority: issuer.address,
        freezeAuthority: issuer.address,
      });
      transactions.push({ purpose: `mint/${r.params.symbol}`, signature });
    }
  }

  const [usdc, ...collateral] = perReserve;
  if (usdc?.params.symbol !== 'USDC') {
    throw new XStockLendError('INVALID_ARGUMENT', 'XSTOCKS_RESERVE_PARAMS must list the USDC reserve first.');
  }
  const obligationsStarted = performance.now();
  const obligations = await seedObligations(store, {
    count,
    rng: createSeededRng(rngSeed),
    lendingMarket,
    debt: { address: usdc.reserve, params: usdc.params },
    collateral: collateral.map((r) => ({ address: r.reserve, params: r.params })),
    slot,
    unixTimestamp,
    demoOwners,
  });
  const obligationsMs = performance.now() - obligationsStarted;

  const usdcFactor = pow10(usdc.params.decimals);
  const usdcSupplied = maxBig(
    (obligations.borrowedRaw * USDC_UTILIZATION.denominator + USDC_UTILIZATION.numerator - 1n) /
      USDC_UTILIZATION.numerator,
    USDC_UTILIZATION.minimumSupplyTokens * usdcFactor,
  );
  const supplied = new Map<string, bigint>([[usdc.reserve, usdcSupplied]]);
  collateral.forEach((r, i) => {
    supplied.set(r.reserve, obligations.depositedRawByReserve[i] ?? 0n);
  });

  for (const r of perReserve) {
    const isUsdc = r === usdc;
    const total = supplied.get(r.reserve) ?? 0n;
    const signatures = await createReserveTokenAccounts(store, {
      payer,
      issuer,
      accounts: r.accounts,
      lendingMarketAuthority,
      liquidityMint: r.mint.address,
      tokenProgram: r.params.tokenProgram === 'token-2022' ? TOKEN_2022_PROGRAM_ID : TOKEN_PROGRAM_ID,
      decimals: r.params.decimals,
      liquidityTokenAccountSize: r.params.tokenProgram === 'token-2022' ? 170 : 165,
      availableRaw: isUsdc ? total - obligations.borrowedRaw : total,
      collateralInVaultRaw: isUsdc ? 0n : total,
      ...(isUsdc ? { collateralHolder: { account: lenderAccount, owner: lenderOwner.address, amount: total } } : {}),
    });
    for (const signature of signatures) transactions.push({ purpose: `vaults/${r.params.symbol}`, signature });
  }
  const tokensMs = performance.now() - tokensStarted - obligationsMs;

  const klendStarted = performance.now();
  seedOracleAccounts(store, {
    oraclePrices: pricesKey.address,
    oracleMappings: mappingsKey.address,
    assets: perReserve.map((r) => ({
      params: r.params,
      pythPriceUpdate: r.pyth,
      chainlinkFeed: addressOf(`chainlink-feed/${r.params.symbol}`),
    })),
    pythWriteAuthority: addressOf('pyth/write-authority'),
    slot,
    unixTimestamp,
  });

  const klendAccount = (address: string, data: Uint8Array): void =>
    store.set({
      address,
      owner: KLEND_PROGRAM_ID,
      lamports: store.svm.minimumBalanceForRentExemption(BigInt(data.length)),
      data,
      executable: false,
      rentEpoch: 0n,
    });
  klendAccount(
    lendingMarket,
    buildLendingMarketData({ owner: owner.address, authorityBump, name: 'xStocks (localnet)' }),
  );
  const reserves: SeededReserve[] = perReserve.map((r) => {
    const isUsdc = r === usdc;
    const factor = pow10(r.params.decimals);
    const total = supplied.get(r.reserve) ?? 0n;
    const borrowed = isUsdc ? obligations.borrowedRaw : 0n;
    const floorLimit = (isUsdc ? 100_000_000n : 10_000n) * factor;
    const tokenProgram = r.params.tokenProgram === 'token-2022' ? TOKEN_2022_PROGRAM_ID : TOKEN_PROGRAM_ID;
    klendAccount(
      r.reserve,
      buildReserveData({
        params: r.params,
        lendingMarket,
        liquidityMint: r.mint.address,
        tokenProgram,
        ...r.accounts,
        scopeOraclePrices: pricesKey.address,
        availableRaw: total - borrowed,
        borrowedSf: borrowed * SF_ONE_VALUE,
        collateralSupplyRaw: total,
        depositLimitRaw: maxBig(2n * total, floorLimit),
        borrowLimitRaw:
          r.params.borrowLimitTokens === null
            ? maxBig(2n * borrowed, floorLimit / 2n)
            : r.params.borrowLimitTokens * factor,
        marketPriceSf: decimalToSf(r.params.initialPrice.value, r.params.initialPrice.exp),
        slot,
        unixTimestamp,
      }),
    );
    return seededReserve(r, tokenProgram, total, borrowed);
  });
  const klendMs = performance.now() - klendStarted;

  const bandCounts: Record<LtvBand, number> = {
    safe: 0,
    caution: 0,
    overBorrowLimit: 0,
    liquidatable: 0,
    insolvent: 0,
  };
  for (const band of obligations.bands) bandCounts[band] += 1;
  return {
    programId: KLEND_PROGRAM_ID,
    lendingMarket,
    lendingMarketAuthority,
    lendingMarketOwner: owner,
    reserves,
    scope: { oraclePrices: pricesKey.address, oracleMappings: mappingsKey.address },
    obligations: { addresses: obligations.addresses, bands: obligations.bands, bandCounts },
    demoBorrowers: obligations.demoBorrowers,
    usdcLender: { owner: lenderOwner, collateralAccount: lenderAccount.address },
    payer,
    issuer,
    rngSeed,
    at,
    slot,
    transactions,
    timingsMs: { tokens: tokensMs, klend: klendMs, obligations: obligationsMs, total: performance.now() - started },
  };
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

function seededReserve(
  r: {
    params: SeededReserve['params'];
    reserve: string;
    mint: KeyPairSigner;
    scaledUiAmountAuthority: KeyPairSigner | null;
    pyth: string;
    accounts: ReserveTokenAccounts;
  },
  tokenProgram: string,
  totalSuppliedRaw: bigint,
  totalBorrowedRaw: bigint,
): SeededReserve {
  return {
    symbol: r.params.symbol,
    address: r.reserve,
    liquidityMint: r.mint.address,
    decimals: r.params.decimals,
    tokenProgram,
    ...r.accounts,
    scopePriceIndex: r.params.scopePriceIndex,
    scopeTwapIndex: r.params.scopeTwapIndex,
    pythPriceUpdate: r.pyth,
    pythFeedId: r.params.pythFeedId,
    scaledUiAmountAuthority: r.scaledUiAmountAuthority,
    initialPrice: r.params.initialPrice,
    params: r.params,
    totalSuppliedRaw,
    totalBorrowedRaw,
  };
}
