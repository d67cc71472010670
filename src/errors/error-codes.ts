/**
 * Every stable error code an {@link XStockLendError} can carry.
 *
 * Codes are part of the public API: match on them, never on messages.
 *
 * @example
 * ```ts
 * import { ErrorCode, XStockLendError } from 'xstock-lend';
 *
 * try {
 *   getTradingDay('2026-13-01');
 * } catch (error) {
 *   if (error instanceof XStockLendError && error.code === ErrorCode.INVALID_ARGUMENT) {
 *     console.log('bad day string');
 *   }
 * }
 * ```
 */
export const ErrorCode = {
  /** A parameter has the wrong type, shape or range. */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** A Pyth market-hours schedule string does not follow the grammar. */
  INVALID_SCHEDULE: 'INVALID_SCHEDULE',
  /** A date lies outside the years the calendar supports (2000–2040). */
  CALENDAR_OUT_OF_RANGE: 'CALENDAR_OUT_OF_RANGE',
  /** Account bytes are truncated or malformed for the layout being decoded. */
  INVALID_ACCOUNT_DATA: 'INVALID_ACCOUNT_DATA',
  /** An account is owned by a program other than the one expected: never decode it. */
  ACCOUNT_OWNER_MISMATCH: 'ACCOUNT_OWNER_MISMATCH',
  /** An account's 8-byte Anchor discriminator (or magic number) is not the expected one. */
  ACCOUNT_DISCRIMINATOR_MISMATCH: 'ACCOUNT_DISCRIMINATOR_MISMATCH',
  /** The RPC returned no account at the address. */
  ACCOUNT_NOT_FOUND: 'ACCOUNT_NOT_FOUND',
  /** An RPC call failed (transport or JSON-RPC error). */
  RPC_ERROR: 'RPC_ERROR',
  /** An oracle price is older than the policy allows. */
  ORACLE_STALE: 'ORACLE_STALE',
  /** An oracle price is unusable (non-positive, too uncertain, from the future). */
  ORACLE_INVALID: 'ORACLE_INVALID',
  /** The action needs an open US equity market. */
  MARKET_CLOSED: 'MARKET_CLOSED',
  /** A transaction the library sent (on the localnet, or a keeper's) failed; `context.logs` has the program logs. */
  TRANSACTION_FAILED: 'TRANSACTION_FAILED',
  /** A fixed-point computation left its representable range. */
  ARITHMETIC_OVERFLOW: 'ARITHMETIC_OVERFLOW',
} as const;

/**
 * The union of all error code strings.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'xstock-lend';
 * const code: ErrorCode = 'MARKET_CLOSED';
 * ```
 */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
