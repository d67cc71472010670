import { XStockLendError } from '../errors/index.js';

/**
 * Throws `INVALID_ACCOUNT_DATA` when a fixed-size Scope account is shorter than its layout. Internal helper.
 *
 * @param data - the account data
 * @param size - the layout's size
 * @param layout - the account type, for the message
 * @internal
 */
export function checkScopeAccountLength(data: Uint8Array, size: number, layout: string): void {
  if (data.length < size) {
    throw new XStockLendError(
      'INVALID_ACCOUNT_DATA',
      `${layout}: account data is ${data.length} bytes, expected ${size}. Check the address (and that Scope's layout has not changed).`,
      { context: { layout, length: data.length, expected: size } },
    );
  }
}
