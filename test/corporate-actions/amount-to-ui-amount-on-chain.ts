import { createAmountToUiAmountInstruction, TOKEN_2022_PROGRAM_ID } from '@solana/spl-token';
import { ComputeBudgetProgram, type PublicKey } from '@solana/web3.js';
import { FailedTransactionMetadata } from 'litesvm';
import type { LiteChain } from './lite-chain.js';

/** The chain's answer to a conversion: the return data, or the transaction error. */
export type OnChainResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** The maximum compute budget, so that large values (10^300 with many decimals) can still be printed. */
export const MAX_COMPUTE_UNITS = ComputeBudgetProgram.setComputeUnitLimit({ units: 1_400_000 });

/**
 * Runs Token-2022 `AmountToUiAmount` (instruction 23) in a simulation and returns the UTF-8 return data: the UI string
 * the program computes for `amount` with the mint's current multiplier and the cluster clock.
 */
export function amountToUiAmountOnChain(chain: LiteChain, mint: PublicKey, amount: bigint): OnChainResult<string> {
  const result = chain.simulate([
    MAX_COMPUTE_UNITS,
    createAmountToUiAmountInstruction(mint, amount, TOKEN_2022_PROGRAM_ID),
  ]);
  if (result instanceof FailedTransactionMetadata) return { ok: false, error: result.err().toString() };
  return { ok: true, value: new TextDecoder().decode(result.meta().returnData().data()) };
}
