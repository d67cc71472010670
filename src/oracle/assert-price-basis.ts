import { XStockLendError } from '../errors/index.js';
import type { PriceBasis } from './oracle-reading.js';

/**
 * Throws `INVALID_ARGUMENT` unless `basis` is a {@link PriceBasis}. Internal helper for plain-JS callers.
 *
 * @param basis - the value to check
 * @internal
 */
export function assertPriceBasis(basis: unknown): asserts basis is PriceBasis {
  if (basis !== 'share' && basis !== 'ui-token' && basis !== 'raw-token') {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `basis must be 'share', 'ui-token' or 'raw-token', got ${String(basis)}.`,
      {
        context: { basis: String(basis) },
      },
    );
  }
}
