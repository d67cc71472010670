import { type ErrorContext, XStockLendError } from '../errors/index.js';

/** The layout label used in every mint decoding error. */
export const MINT_LAYOUT = 'Token-2022 mint';

/**
 * Builds the `INVALID_ACCOUNT_DATA` error the mint decoders throw.
 *
 * @param problem - what is wrong, in a few words
 * @param context - structured details (offsets, values)
 */
export function invalidMintData(problem: string, context: ErrorContext): XStockLendError {
  return new XStockLendError(
    'INVALID_ACCOUNT_DATA',
    `${MINT_LAYOUT}: ${problem}. Check that the address is a Token-2022 mint.`,
    { context: { layout: MINT_LAYOUT, ...context } },
  );
}
