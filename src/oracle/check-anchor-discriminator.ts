import { XStockLendError } from '../errors/index.js';
import { bytesToHex } from './bytes-to-hex.js';

/**
 * Checks the 8-byte Anchor account discriminator at the start of `data`: `INVALID_ACCOUNT_DATA` when fewer than
 * 8 bytes are present, `ACCOUNT_DISCRIMINATOR_MISMATCH` when they differ. The expected value is a hex string, so no
 * caller can mutate it. Internal helper.
 *
 * @param data - the account data
 * @param expectedHex - the 8 discriminator bytes as 16 lower-case hex characters
 * @param layout - the account type, for the message
 * @internal
 */
export function checkAnchorDiscriminator(data: Uint8Array, expectedHex: string, layout: string): void {
  if (data.length < 8) {
    throw new XStockLendError(
      'INVALID_ACCOUNT_DATA',
      `${layout}: account data is ${data.length} bytes, too short to hold the 8-byte discriminator. Check the address.`,
      { context: { layout, length: data.length } },
    );
  }
  const actual = bytesToHex(data.subarray(0, 8));
  if (actual !== expectedHex) {
    throw new XStockLendError(
      'ACCOUNT_DISCRIMINATOR_MISMATCH',
      `The account is not a ${layout}: its discriminator is ${actual}, expected ${expectedHex}. Check the address.`,
      { context: { layout, actual, expected: expectedHex } },
    );
  }
}
