export { assertPriceUpdateV2FullyVerified } from './assert-price-update-v2-fully-verified.js';
export type { ChainlinkXGenericData } from './chainlink-x-generic-data.js';
export { decodeChainlinkXGenericData } from './decode-chainlink-x-generic-data.js';
export { decodePriceUpdateV2, PRICE_UPDATE_V2_DISCRIMINATOR } from './decode-price-update-v2.js';
export { decodePythPushPrice, PYTH_PUSH_MAGIC, PYTH_PUSH_MAX_SLOT_DIFFERENCE } from './decode-pyth-push-price.js';
export { decodeScopeOracleMappings } from './decode-scope-oracle-mappings.js';
export { type DecodeScopeOraclePricesOptions, decodeScopeOraclePrices } from './decode-scope-oracle-prices.js';
export { type DecodeScopePriceOptions, decodeScopePrice } from './decode-scope-price.js';
export { type FetchPriceUpdateV2Options, fetchPriceUpdateV2 } from './fetch-price-update-v2.js';
export { fetchPythPushPrice } from './fetch-pyth-push-price.js';
export { fetchScopeOracleMappings } from './fetch-scope-oracle-mappings.js';
export { fetchScopeOraclePrices } from './fetch-scope-oracle-prices.js';
export type { OracleReading, OracleSource, PriceBasis } from './oracle-reading.js';
export type { PriceUpdateV2, PythVerificationLevel } from './price-update-v2.js';
export { priceUpdateV2ToReading } from './price-update-v2-to-reading.js';
export { PYTH_LEGACY_ORACLE_PROGRAM_ID } from './pyth-legacy-oracle-program-id.js';
export { type PythPriceDataLike, pythPriceDataToReading } from './pyth-price-data-to-reading.js';
export { pythPriceStatusToReadingStatus } from './pyth-price-status.js';
export type { ScopeDatedPrice, ScopeOraclePrices } from './scope-dated-price.js';
export {
  SCOPE_MAX_ENTRIES,
  SCOPE_ORACLE_MAPPINGS_DISCRIMINATOR,
  SCOPE_ORACLE_MAPPINGS_SIZE,
  SCOPE_ORACLE_PRICES_DISCRIMINATOR,
  SCOPE_ORACLE_PRICES_SIZE,
  SCOPE_ORACLE_TYPE_CHAINLINK_X,
} from './scope-layout.js';
export type { ScopeOracleMappings } from './scope-oracle-mappings.js';
export { scopePriceToReading } from './scope-price-to-reading.js';
