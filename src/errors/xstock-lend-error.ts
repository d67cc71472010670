import type { ErrorCode } from './error-codes.js';

/**
 * Structured, JSON-safe details attached to an error: the offending input, the expected value, and so on.
 *
 * @example
 * ```ts
 * import type { ErrorContext } from 'xstock-lend';
 * const context: ErrorContext = { argument: 'day', value: '2026-02-30' };
 * ```
 */
export type ErrorContext = Readonly<Record<string, unknown>>;

/**
 * The one error class xstock-lend throws.
 *
 * `code` is stable (see {@link ErrorCode}); `message` tells a person what went wrong and what to do;
 * `context` carries the facts a program needs; `cause` keeps the underlying error, if any.
 *
 * @example
 * ```ts
 * import { XStockLendError } from 'xstock-lend';
 *
 * throw new XStockLendError('INVALID_ARGUMENT', 'day must be YYYY-MM-DD', { context: { day: '4/7/2026' } });
 * ```
 */
export class XStockLendError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Structured details about the failure. */
  readonly context: ErrorContext;

  /**
   * Creates an error with a stable code.
   *
   * @param code - the stable error code
   * @param message - a sentence for a person: what failed and what to do about it
   * @param options - `context` for structured details, `cause` for the underlying error
   */
  constructor(code: ErrorCode, message: string, options: { context?: ErrorContext; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'XStockLendError';
    this.code = code;
    this.context = options.context ?? {};
  }
}

/**
 * Type guard: is `error` an {@link XStockLendError}, optionally with the given code?
 *
 * Works across bundle copies (ESM and CJS builds loaded together) by checking the name and code, not only `instanceof`.
 *
 * @example
 * ```ts
 * import { isXStockLendError } from 'xstock-lend';
 *
 * try {
 *   nextMarketOpen(new Date('invalid'));
 * } catch (error) {
 *   if (isXStockLendError(error, 'INVALID_ARGUMENT')) console.log(error.context);
 * }
 * ```
 */
export function isXStockLendError(error: unknown, code?: ErrorCode): error is XStockLendError {
  if (error instanceof XStockLendError) return code === undefined || error.code === code;
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown };
  return (
    candidate.name === 'XStockLendError' &&
    typeof candidate.code === 'string' &&
    (code === undefined || candidate.code === code)
  );
}
