import { createUiAmountToAmountInstruction, TOKEN_2022_PROGRAM_ID } from '@solana/spl-token';
import type { PublicKey } from '@solana/web3.js';
import { FailedTransactionMetadata } from 'litesvm';
import type { OnChainResult } from './amount-to-ui-amount-on-chain.js';
import type { LiteChain } from './lite-chain.js';

/**
 * Runs Token-2022 `UiAmountToAmount` (instruction 24) in a simulation and returns the u64 little-endian return data,
 * or the error when the program refuses the string.
 */
export function uiAmountToAmountOnChain(chain: LiteChain, mint: PublicKey, ui: string): OnChainResult<bigint> {
  const result = chain.simulate([createUiAmountToAmountInstruction(mint, ui, TOKEN_2022_PROGRAM_ID)]);
  if (result instanceof FailedTransactionMetadata) return { ok: false, error: result.err().toString() };
  const data = result.meta().returnData().data();
  if (data.length !== 8) return { ok: false, error: `unexpected return data length ${data.length}` };
  return { ok: true, value: new DataView(data.buffer, data.byteOffset, 8).getBigUint64(0, true) };
}
