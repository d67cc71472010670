import { XStockLendError } from '../errors/index.js';

/**
 * Throws `INVALID_ARGUMENT` unless `data` is a `Uint8Array` (a Node `Buffer` is one). Internal helper.
 *
 * @param data - what the caller passed as account data
 * @param layout - the layout being decoded, for the message
 * @internal
 */
export function assertAccountBytes(data: unknown, layout: string): asserts data is Uint8Array {
  if (!(data instanceof Uint8Array)) {
    throw new XStockLendError('INVALID_ARGUMENT', `${layout}: expected the account data as a Uint8Array.`, {
      context: { layout, type: typeof data },
    });
  }
}
