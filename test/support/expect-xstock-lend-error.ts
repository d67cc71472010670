import { expect } from 'vitest';
import { type ErrorCode, XStockLendError } from '../../src/errors/index.js';

/** Runs `run` and asserts it throws an {@link XStockLendError} with `code`; returns the error for further checks. */
export function expectXStockLendError(run: () => unknown, code: ErrorCode): XStockLendError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  return assertCode(thrown, code);
}

/** Awaits `promise` and asserts it rejects with an {@link XStockLendError} with `code`; returns the error. */
export async function expectXStockLendRejection(promise: Promise<unknown>, code: ErrorCode): Promise<XStockLendError> {
  let thrown: unknown;
  try {
    await promise;
  } catch (error) {
    thrown = error;
  }
  return assertCode(thrown, code);
}

function assertCode(thrown: unknown, code: ErrorCode): XStockLendError {
  expect(thrown, `expected an XStockLendError ${code}, got ${String(thrown)}`).toBeInstanceOf(XStockLendError);
  expect((thrown as XStockLendError).code).toBe(code);
  return thrown as XStockLendError;
}
