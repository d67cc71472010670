export { buildCreateAccountInstruction, type CreateAccountParams } from './build-create-account-instruction.js';
export { buildLendingMarketData, type LendingMarketDataParams } from './build-lending-market-data.js';
export { buildReserveData, type ReserveDataParams, SEED_USDC_BORROW_CURVE } from './build-reserve-data.js';
export { createReserveTokenAccounts, type ReserveTokenAccountsParams } from './create-reserve-token-accounts.js';
export {
  createClassicMint,
  createXStockMint,
  XSTOCK_MINT_BASE_SIZE,
  type XStockMintParams,
} from './create-seeded-mints.js';
export { createSeededRng, type SeededRng } from './create-seeded-rng.js';
export { deriveSeedKeyPair, deriveSeedPrivateKeyBytes } from './derive-seed-key-pair.js';
export { type AnchorAccountCodec, encodeAnchorAccount } from './encode-anchor-account.js';
export {
  type BorrowerPosition,
  type CollateralAssetView,
  generateBorrowerPositions,
  type LtvBand,
} from './generate-borrower-positions.js';
export { NULL_PUBKEY_FOR_ORACLES, U16_NONE } from './klend-constants.js';
export {
  OBLIGATION_ACCOUNT_SIZE,
  type ObligationDepositInput,
  type ObligationInput,
  type ObligationTemplateParams,
  ObligationWriter,
} from './obligation-writer.js';
export { encodePriceUpdateV2, PRICE_UPDATE_V2_ACCOUNT_SIZE } from './price-update-v2-encoding.js';
export { deriveReserveTokenAccounts, findKlendPda, type ReserveTokenAccounts } from './reserve-token-accounts.js';
export { decimalToSf, SF_ONE_VALUE } from './scaled-fraction.js';
export { encodeScopeOracleMappings, type ScopeMappingInput } from './scope-oracle-mappings-encoding.js';
export {
  encodeChainlinkXGenericData,
  encodeScopeOraclePrices,
  encodeScopePriceEntry,
  type ScopePriceEntryInput,
} from './scope-oracle-prices-encoding.js';
export type { SeedInstruction } from './seed-instruction.js';
export { type SeedObligationsParams, type SeedObligationsResult, seedObligations } from './seed-obligations.js';
export { type SeedOracleAccountsParams, seedOracleAccounts } from './seed-oracle-accounts.js';
export {
  priceUpdateForObservation,
  type SeedPriceObservation,
  scopeEntriesForObservation,
} from './seed-price-entries.js';
export { seedXStocksMarket } from './seed-xstocks-market.js';
export type {
  SeededBorrower,
  SeededMarket,
  SeededObligations,
  SeededReserve,
  SeedXStocksMarketOptions,
} from './seeded-market.js';
export { seedTransactionSignature, sendSeedTransaction } from './send-seed-transaction.js';
export {
  buildInitializeMetadataPointerInstruction,
  buildInitializePausableInstruction,
  buildInitializePermanentDelegateInstruction,
  buildInitializeScaledUiAmountInstruction,
  buildInitializeTokenMetadataInstruction,
  buildUpdateMultiplierInstruction,
  tokenMetadataValueLength,
} from './token-2022-extension-instructions.js';
export {
  buildInitializeAccount3Instruction,
  buildInitializeMint2Instruction,
  buildMintToInstruction,
  buildSetMintAuthorityInstruction,
} from './token-instructions.js';
export { writePriceUpdateV2 } from './write-price-update-v2.js';
export { writeScopePrices } from './write-scope-prices.js';
export { writeSeededPrice } from './write-seeded-price.js';
export {
  type FixedPrice,
  type PriceHeuristicParams,
  SEED_LIQUIDATION_PARAMS,
  type SeededSymbol,
  type SeedReserveParams,
  XSTOCKS_RESERVE_PARAMS,
} from './xstocks-reserve-params.js';
