import {
  type Address,
  getAddressDecoder,
  getAddressEncoder,
  getProgramDerivedAddress,
  type KeyPairSigner,
} from '@solana/kit';
import { pow10 } from '../../math/index.js';
import { KLEND_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { AccountStore } from '../account-store.js';
import type { SeededRng } from './create-seeded-rng.js';
import { type CollateralAssetView, generateBorrowerPositions, type LtvBand } from './generate-borrower-positions.js';
import { OBLIGATION_ACCOUNT_SIZE, type ObligationDepositInput, ObligationWriter } from './obligation-writer.js';
import { decimalToSf } from './scaled-fraction.js';
import type { SeededBorrower } from './seeded-market.js';
import type { SeedReserveParams } from './xstocks-reserve-params.js';

const addressEncoder = getAddressEncoder();
const addressDecoder = getAddressDecoder();
const POPULARITY: Readonly<Record<string, number>> = {
  SPYx: 25,
  QQQx: 15,
  TSLAx: 18,
  NVDAx: 15,
  GOOGLx: 8,
  AAPLx: 8,
  MSTRx: 6,
  HOODx: 5,
};
const DEMO_BANDS: readonly LtvBand[] = ['safe', 'liquidatable', 'insolvent'];
const NINETY_DAYS = 90 * 86_400;

/**
 * Inputs of {@link seedObligations}.
 *
 * @example
 * ```ts
 * import type { SeedObligationsParams } from 'xstock-lend/localnet';
 * declare const params: SeedObligationsParams;
 * ```
 */
export interface SeedObligationsParams {
  /** How many obligations. */
  count: number;
  /** The generator (positions, owners, addresses). */
  rng: SeededRng;
  /** The lending market. */
  lendingMarket: string;
  /** The USDC reserve and its parameters. */
  debt: {
    /** Reserve address. */
    address: string;
    /** Reserve parameters. */
    params: SeedReserveParams;
  };
  /** The collateral reserves and their parameters. */
  collateral: readonly {
    /** Reserve address. */
    address: string;
    /** Reserve parameters. */
    params: SeedReserveParams;
  }[];
  /** Stamp of `lastUpdate`. */
  slot: bigint;
  /** The seeded "now", unix seconds. */
  unixTimestamp: bigint;
  /** Owners of the first obligations (their obligations are real Vanilla PDAs). */
  demoOwners: readonly KeyPairSigner[];
}

/**
 * What {@link seedObligations} wrote.
 *
 * @example
 * ```ts
 * import type { SeedObligationsResult } from 'xstock-lend/localnet';
 * declare const result: SeedObligationsResult;
 * console.log(result.borrowedRaw);
 * ```
 */
export interface SeedObligationsResult {
  /** Addresses in seed order. */
  addresses: string[];
  /** Band per obligation. */
  bands: LtvBand[];
  /** cTokens deposited per collateral reserve (same order as `collateral`), raw. */
  depositedRawByReserve: bigint[];
  /** USDC borrowed in total, raw. */
  borrowedRaw: bigint;
  /** The demo borrowers. */
  demoBorrowers: SeededBorrower[];
}

/**
 * Generates `count` synthetic borrowers and writes their klend `Obligation` accounts (owner klend) into the store.
 * Deposits are cTokens at exchange rate 1 (fresh reserves); market values use the reserves' starting prices.
 *
 * @param store - the localnet account store
 * @param params - see {@link SeedObligationsParams}
 * @example
 * ```ts
 * import { seedObligations } from 'xstock-lend/localnet';
 * const { addresses, borrowedRaw } = await seedObligations(store, params);
 * ```
 */
export async function seedObligations(
  store: AccountStore,
  params: SeedObligationsParams,
): Promise<SeedObligationsResult> {
  const { count, rng } = params;
  const views: CollateralAssetView[] = params.collateral.map(({ params: p }) => ({
    decimals: p.decimals,
    loanToValuePct: p.loanToValuePct,
    liquidationThresholdPct: p.liquidationThresholdPct,
    price: p.initialPrice,
    popularity: POPULARITY[p.symbol] ?? 5,
  }));
  const demoCount = Math.min(count, params.demoOwners.length, DEMO_BANDS.length);
  const positions = generateBorrowerPositions(rng, count, views, DEMO_BANDS.slice(0, demoCount));
  const reserveBytes = params.collateral.map((c) => Uint8Array.from(addressEncoder.encode(c.address as Address)));
  const priceSf = params.collateral.map((c) => decimalToSf(c.params.initialPrice.value, c.params.initialPrice.exp));
  const mintFactor = params.collateral.map((c) => pow10(c.params.decimals));
  const debtPriceSf = decimalToSf(params.debt.params.initialPrice.value, params.debt.params.initialPrice.exp);
  const debtFactor = pow10(params.debt.params.decimals);
  const writer = new ObligationWriter({
    lendingMarket: params.lendingMarket,
    borrowReserve: params.debt.address,
    borrowFactorPct: params.debt.params.borrowFactorPct,
    slot: params.slot,
  });
  const marketBytes = Uint8Array.from(addressEncoder.encode(params.lendingMarket as Address));
  const lamports = store.svm.minimumBalanceForRentExemption(BigInt(OBLIGATION_ACCOUNT_SIZE));
  const arena = new Uint8Array(count * OBLIGATION_ACCOUNT_SIZE);
  const depositedRawByReserve = params.collateral.map(() => 0n);
  const result: SeedObligationsResult = {
    addresses: [],
    bands: [],
    depositedRawByReserve,
    borrowedRaw: 0n,
    demoBorrowers: [],
  };
  for (let n = 0; n < count; n++) {
    const position = positions[n] as (typeof positions)[number];
    let owner = rng.fill(new Uint8Array(32));
    let address = addressDecoder.decode(rng.fill(new Uint8Array(32))) as string;
    const demoOwner = n < demoCount ? params.demoOwners[n] : undefined;
    if (demoOwner !== undefined) {
      owner = Uint8Array.from(addressEncoder.encode(demoOwner.address));
      const zero = new Uint8Array(32);
      [address] = await getProgramDerivedAddress({
        programAddress: KLEND_PROGRAM_ID as Address,
        seeds: [Uint8Array.of(0), Uint8Array.of(0), owner, marketBytes, zero, zero],
      });
      result.demoBorrowers.push({ owner: demoOwner, obligation: address, band: position.band });
    }
    const deposits: ObligationDepositInput[] = position.deposits.map(({ asset, amountRaw }) => {
      const { params: p } = params.collateral[asset] as SeedObligationsParams['collateral'][number];
      depositedRawByReserve[asset] = (depositedRawByReserve[asset] ?? 0n) + amountRaw;
      return {
        reserve: reserveBytes[asset] as Uint8Array,
        depositedAmount: amountRaw,
        marketValueSf: (amountRaw * (priceSf[asset] ?? 0n)) / (mintFactor[asset] ?? 1n),
        loanToValuePct: p.loanToValuePct,
        liquidationThresholdPct: p.liquidationThresholdPct,
      };
    });
    const data = arena.subarray(n * OBLIGATION_ACCOUNT_SIZE, (n + 1) * OBLIGATION_ACCOUNT_SIZE);
    writer.write(data, {
      owner,
      deposits,
      debtRaw: position.debtRaw,
      debtMarketValueSf: (position.debtRaw * debtPriceSf) / debtFactor,
      lastBorrowedAtTimestamp: params.unixTimestamp - BigInt(rng.int(0, NINETY_DAYS)),
    });
    result.borrowedRaw += position.debtRaw;
    result.addresses.push(address);
    result.bands.push(position.band);
    store.set({ address, owner: KLEND_PROGRAM_ID, lamports, data, executable: false, rentEpoch: 0n });
  }
  return result;
}
