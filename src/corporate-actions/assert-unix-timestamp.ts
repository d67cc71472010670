import { XStockLendError } from '../errors/index.js';

/** Throws `INVALID_ARGUMENT` unless `unixTimestamp` is a bigint (chain `Clock.unix_timestamp`, an i64). */
export function assertUnixTimestamp(unixTimestamp: bigint): void {
  if (typeof unixTimestamp !== 'bigint') {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `unixTimestamp must be a bigint of Unix seconds (the chain clock), got ${typeof unixTimestamp}.`,
      { context: { unixTimestamp: String(unixTimestamp) } },
    );
  }
}
