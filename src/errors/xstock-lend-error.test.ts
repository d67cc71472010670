import { describe, expect, it } from 'vitest';
import { ErrorCode } from './error-codes.js';
import { isXStockLendError, XStockLendError } from './xstock-lend-error.js';

describe('XStockLendError', () => {
  it('carries code, context and cause', () => {
    const cause = new Error('socket hang up');
    const error = new XStockLendError('RPC_ERROR', 'getAccountInfo failed', { context: { address: 'x' }, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('XStockLendError');
    expect(error.code).toBe('RPC_ERROR');
    expect(error.context).toEqual({ address: 'x' });
    expect(error.cause).toBe(cause);
    expect(new XStockLendError('INVALID_ARGUMENT', 'x').context).toEqual({});
  });
  it('every code constant is its own name', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
  });
  it('isXStockLendError checks the class, the code, and duck-types copies from another bundle', () => {
    const error = new XStockLendError('MARKET_CLOSED', 'closed');
    expect(isXStockLendError(error)).toBe(true);
    expect(isXStockLendError(error, 'MARKET_CLOSED')).toBe(true);
    expect(isXStockLendError(error, 'ORACLE_STALE')).toBe(false);
    expect(isXStockLendError({ name: 'XStockLendError', code: 'ORACLE_STALE', message: '' }, 'ORACLE_STALE')).toBe(
      true,
    );
    expect(isXStockLendError(new Error('x'))).toBe(false);
    expect(isXStockLendError(null)).toBe(false);
  });
});
