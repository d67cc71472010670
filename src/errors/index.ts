export { ErrorCode } from './error-codes.js';
export { type ErrorContext, isXStockLendError, XStockLendError } from './xstock-lend-error.js';
