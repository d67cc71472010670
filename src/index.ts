/**
 * xstock-lend core: US equity calendar, guarded oracle prices, corporate actions and risk math for xStocks on Kamino.
 * Browser-safe; never imports `@kamino-finance/klend-sdk`.
 *
 * @packageDocumentation
 */
export * from './bytes/index.js';
export * from './calendar/index.js';
export * from './corporate-actions/index.js';
export * from './errors/index.js';
export * from './guard/index.js';
export * from './math/index.js';
export * from './oracle/index.js';
export * from './risk/index.js';
export * from './rpc/index.js';
