/**
 * `xstock-lend/localnet`: a real Solana runtime (LiteSVM) with a seeded Kamino xStocks market behind a loopback
 * JSON-RPC server. Node only; for tests, demos and local development.
 *
 * @packageDocumentation
 */
export { XStockLendError } from '../errors/index.js';
export { AccountStore, type StoredAccount } from './account-store.js';
export {
  type FixedPrice,
  type LtvBand,
  type PriceHeuristicParams,
  type SeededBorrower,
  type SeededMarket,
  type SeededObligations,
  type SeededReserve,
  type SeededSymbol,
  type SeedReserveParams,
  type SeedXStocksMarketOptions,
  seedXStocksMarket,
  XSTOCKS_RESERVE_PARAMS,
} from './seed/index.js';
export { type Localnet, type StartLocalnetOptions, startLocalnet } from './start-localnet.js';
