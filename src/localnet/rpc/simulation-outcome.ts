import { getAddressDecoder, getBase58Decoder } from '@solana/kit';
import type { TransactionMetadata } from 'litesvm';
import type { StoredAccount } from '../account-store.js';
import { JsonRpcError, RpcErrorCode } from './json-rpc-error.js';
import type { DescribedTransactionError } from './transaction-error.js';

const addressDecoder = getAddressDecoder();
const base58 = getBase58Decoder();

/**
 * The outcome of running a transaction without committing it.
 *
 * @example
 * ```ts
 * const outcome: SimulationOutcome = chain.simulate(wire, { sigVerify: false, replaceRecentBlockhash: true });
 * ```
 */
export interface SimulationOutcome {
  /** The error, or `null` when the transaction would succeed. */
  err: DescribedTransactionError | null;
  /** Program logs. */
  logs: string[];
  /** Compute units consumed. */
  unitsConsumed: bigint;
  /** The last return data, or `null` when none was set. */
  returnData: { programId: string; data: string } | null;
  /** Inner instructions per top-level instruction (only non-empty lists), in compiled form. */
  innerInstructions: { index: number; instructions: CompiledInnerInstruction[] }[];
  /** Post-simulation state of the accounts the transaction wrote (only when it succeeded). */
  postAccounts: ReadonlyMap<string, StoredAccount>;
}

/**
 * One inner (CPI) instruction as `simulateTransaction` reports it with `innerInstructions: true`.
 *
 * @example
 * ```ts
 * const ix: CompiledInnerInstruction = { programIdIndex: 2, accounts: [0, 1], data: '3Bxs4h24hBtQy9rw', stackHeight: 2 };
 * ```
 */
export type CompiledInnerInstruction = {
  /** Index of the program in the message's account keys. */
  programIdIndex: number;
  /** Indices of the accounts in the message's account keys. */
  accounts: number[];
  /** Instruction data, base58. */
  data: string;
  /** CPI depth (1 = top level). */
  stackHeight: number;
};

/**
 * Reads what a simulation or execution reports: logs, compute units, return data, inner instructions.
 *
 * @param meta - LiteSVM's transaction metadata
 * @example
 * ```ts
 * const { logs, unitsConsumed } = readMeta(result.meta());
 * ```
 */
export function readMeta(meta: TransactionMetadata): Omit<SimulationOutcome, 'err' | 'postAccounts'> {
  const returned = meta.returnData();
  const data = returned.data();
  const innerInstructions: SimulationOutcome['innerInstructions'] = [];
  meta.innerInstructions().forEach((list, index) => {
    if (list.length === 0) return;
    innerInstructions.push({
      index,
      instructions: list.map((inner) => {
        const compiled = inner.instruction();
        return {
          programIdIndex: compiled.programIdIndex(),
          accounts: [...compiled.accounts()],
          data: base58.decode(compiled.data()),
          stackHeight: inner.stackHeight(),
        };
      }),
    });
  });
  return {
    logs: meta.logs(),
    unitsConsumed: meta.computeUnitsConsumed(),
    returnData:
      data.length === 0
        ? null
        : { programId: addressDecoder.decode(returned.programId()), data: Buffer.from(data).toString('base64') },
    innerInstructions,
  };
}

/**
 * A failed outcome with nothing executed (for errors detected before running, such as a duplicate).
 *
 * @param err - the error
 * @example
 * ```ts
 * throw preflightFailure(emptyOutcome(namedTransactionError('AlreadyProcessed')));
 * ```
 */
export function emptyOutcome(err: DescribedTransactionError): SimulationOutcome {
  return { err, logs: [], unitsConsumed: 0n, returnData: null, innerInstructions: [], postAccounts: new Map() };
}

/**
 * The -32003 error for a signature that does not verify.
 *
 * @example
 * ```ts
 * if (wire.missingSignatures) throw signatureFailure();
 * ```
 */
export function signatureFailure(): JsonRpcError {
  return new JsonRpcError(
    RpcErrorCode.TRANSACTION_SIGNATURE_VERIFICATION_FAILURE,
    'Transaction signature verification failure',
  );
}

/**
 * The -32002 error `sendTransaction` answers when preflight fails: the message carries the runtime's error text and
 * `data` the simulation result, as Solana's RPC does.
 *
 * @param outcome - the failed simulation
 * @example
 * ```ts
 * throw preflightFailure(outcome);
 * ```
 */
export function preflightFailure(outcome: SimulationOutcome): JsonRpcError {
  return new JsonRpcError(
    RpcErrorCode.SEND_TRANSACTION_PREFLIGHT_FAILURE,
    `Transaction simulation failed: ${outcome.err?.message ?? 'unknown error'}`,
    {
      err: outcome.err?.json ?? null,
      logs: outcome.logs,
      accounts: null,
      unitsConsumed: outcome.unitsConsumed,
      returnData:
        outcome.returnData === null
          ? null
          : { programId: outcome.returnData.programId, data: [outcome.returnData.data, 'base64'] },
      innerInstructions: null,
      replacementBlockhash: null,
    },
  );
}
