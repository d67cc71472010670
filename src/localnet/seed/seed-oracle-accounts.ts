import { SCOPE_PROGRAM_ID } from '../../rpc/program-ids.js';
import type { AccountStore } from '../account-store.js';
import { encodeScopeOracleMappings, type ScopeMappingInput } from './scope-oracle-mappings-encoding.js';
import { encodeScopeOraclePrices } from './scope-oracle-prices-encoding.js';
import { priceUpdateForObservation, scopeEntriesForObservation } from './seed-price-entries.js';
import { writePriceUpdateV2 } from './write-price-update-v2.js';
import type { SeedReserveParams } from './xstocks-reserve-params.js';

/** Scope `OracleType`s the seed uses. */
const SCOPE_TYPE = { pythPull: 21, scopeTwap: 12, chainlinkX: 37 } as const;

/**
 * Inputs of {@link seedOracleAccounts}.
 *
 * @example
 * ```ts
 * import type { SeedOracleAccountsParams } from 'xstock-lend/localnet';
 * declare const params: SeedOracleAccountsParams;
 * ```
 */
export interface SeedOracleAccountsParams {
  /** Address of the Scope `OraclePrices` account to write. */
  oraclePrices: string;
  /** Address of the Scope `OracleMappings` account to write. */
  oracleMappings: string;
  /** The assets: parameters, Pyth `PriceUpdateV2` address and the key recorded as the ChainlinkX source. */
  assets: readonly {
    /** Reserve parameters (indices, feed id, starting price). */
    params: SeedReserveParams;
    /** The asset's `PriceUpdateV2` address. */
    pythPriceUpdate: string;
    /** The ChainlinkX source key in the mappings (xStocks only). */
    chainlinkFeed: string;
  }[];
  /** Write authority recorded in every `PriceUpdateV2`. */
  pythWriteAuthority: string;
  /** Slot stamped on every price. */
  slot: bigint;
  /** Unix seconds stamped on every price. */
  unixTimestamp: bigint;
}

/**
 * Writes the oracle side of the seeded market at the assets' starting prices: a Scope `OracleMappings` (xStock spot
 * entries ChainlinkX with a TWAP each, USDC PythPull on its `PriceUpdateV2`), the Scope `OraclePrices` (spot and TWAP
 * entries), and one Pyth `PriceUpdateV2` per asset.
 *
 * @param store - the localnet account store
 * @param params - see {@link SeedOracleAccountsParams}
 * @example
 * ```ts
 * import { seedOracleAccounts } from 'xstock-lend/localnet';
 * seedOracleAccounts(store, { oraclePrices, oracleMappings, assets, pythWriteAuthority, slot: 0n, unixTimestamp });
 * ```
 */
export function seedOracleAccounts(store: AccountStore, params: SeedOracleAccountsParams): void {
  const mappings: ScopeMappingInput[] = [];
  for (const asset of params.assets) {
    const p = asset.params;
    const observation = {
      price: p.initialPrice,
      multiplier: 1,
      slot: params.slot,
      unixTimestamp: params.unixTimestamp,
    };
    const isXStock = p.tokenProgram === 'token-2022';
    mappings.push({
      index: p.scopePriceIndex,
      priceInfoAccount: isXStock ? asset.chainlinkFeed : asset.pythPriceUpdate,
      priceType: isXStock ? SCOPE_TYPE.chainlinkX : SCOPE_TYPE.pythPull,
      twapEnabledBitmask: p.scopeTwapIndex === null ? 0 : 1,
    });
    if (p.scopeTwapIndex !== null) {
      mappings.push({
        index: p.scopeTwapIndex,
        priceInfoAccount: SCOPE_PROGRAM_ID,
        priceType: SCOPE_TYPE.scopeTwap,
        twapSource: p.scopePriceIndex,
      });
    }
    writePriceUpdateV2(
      store,
      asset.pythPriceUpdate,
      priceUpdateForObservation(p, observation, params.pythWriteAuthority),
    );
  }
  const entries = params.assets.flatMap((asset) =>
    scopeEntriesForObservation(asset.params, {
      price: asset.params.initialPrice,
      multiplier: 1,
      slot: params.slot,
      unixTimestamp: params.unixTimestamp,
    }),
  );
  const write = (address: string, data: Uint8Array): void =>
    store.set({
      address,
      owner: SCOPE_PROGRAM_ID,
      lamports: store.svm.minimumBalanceForRentExemption(BigInt(data.length)),
      data,
      executable: false,
      rentEpoch: 0n,
    });
  write(params.oracleMappings, encodeScopeOracleMappings(mappings));
  write(params.oraclePrices, encodeScopeOraclePrices(params.oracleMappings, entries));
}
