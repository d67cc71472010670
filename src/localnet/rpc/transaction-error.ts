import type { FailedTransactionMetadata } from 'litesvm';
import type { JsonValue } from './json-value.js';

/**
 * A transaction error as Solana's JSON-RPC writes it (serde of `TransactionError`): a variant name such as
 * `"BlockhashNotFound"`, or an object such as `{ "InstructionError": [0, { "Custom": 1 }] }`.
 *
 * @example
 * ```ts
 * const err: TransactionErrorJson = { InstructionError: [0, { Custom: 1 }] };
 * ```
 */
export type TransactionErrorJson = string | { readonly [variant: string]: JsonValue };

/**
 * A transaction error in both the forms a client sees: JSON (`err`) and the runtime's display text (in messages).
 *
 * @example
 * ```ts
 * const error: DescribedTransactionError = { json: 'BlockhashNotFound', message: 'Blockhash not found' };
 * ```
 */
export interface DescribedTransactionError {
  /** The `err` value of statuses, simulations and preflight failures. */
  json: TransactionErrorJson;
  /** The runtime's `Display` text, e.g. `Error processing Instruction 0: custom program error: 0x1`. */
  message: string;
}

/** `TransactionErrorFieldless` in LiteSVM's numbering, with the runtime's display text. */
const TRANSACTION_ERRORS: readonly (readonly [string, string])[] = [
  ['AccountInUse', 'Account in use'],
  ['AccountLoadedTwice', 'Account loaded twice'],
  ['AccountNotFound', 'Attempt to debit an account but found no record of a prior credit.'],
  ['ProgramAccountNotFound', 'Attempt to load a program that does not exist'],
  ['InsufficientFundsForFee', 'Insufficient funds for fee'],
  ['InvalidAccountForFee', 'This account may not be used to pay transaction fees'],
  ['AlreadyProcessed', 'This transaction has already been processed'],
  ['BlockhashNotFound', 'Blockhash not found'],
  ['CallChainTooDeep', 'Loader call chain is too deep'],
  ['MissingSignatureForFee', 'Transaction requires a fee but has no signature present'],
  ['InvalidAccountIndex', 'Transaction contains an invalid account reference'],
  ['SignatureFailure', 'Transaction did not pass signature verification'],
  ['InvalidProgramForExecution', 'This program may not be used for executing instructions'],
  ['SanitizeFailure', 'Transaction failed to sanitize accounts offsets correctly'],
  ['ClusterMaintenance', 'Transactions are currently disabled due to cluster maintenance'],
  ['AccountBorrowOutstanding', 'Transaction processing left an account with an outstanding borrowed reference'],
  ['WouldExceedMaxBlockCostLimit', 'Transaction would exceed max Block Cost Limit'],
  ['UnsupportedVersion', 'Transaction version is unsupported'],
  ['InvalidWritableAccount', 'Transaction loads a writable account that cannot be written'],
  ['WouldExceedMaxAccountCostLimit', 'Transaction would exceed max account limit within the block'],
  ['WouldExceedAccountDataBlockLimit', 'Transaction would exceed account data limit within the block'],
  ['TooManyAccountLocks', 'Transaction locked too many accounts'],
  ['AddressLookupTableNotFound', "Transaction loads an address table account that doesn't exist"],
  ['InvalidAddressLookupTableOwner', 'Transaction loads an address table account with an invalid owner'],
  ['InvalidAddressLookupTableData', 'Transaction loads an address table account with invalid data'],
  ['InvalidAddressLookupTableIndex', 'Transaction address table lookup uses an invalid index'],
  ['InvalidRentPayingAccount', 'Transaction leaves an account with a lower balance than rent-exempt minimum'],
  ['WouldExceedMaxVoteCostLimit', 'Transaction would exceed max Vote Cost Limit'],
  ['WouldExceedAccountDataTotalLimit', 'Transaction would exceed total account data limit'],
  ['MaxLoadedAccountsDataSizeExceeded', 'Transaction exceeded max loaded accounts data size cap'],
  ['InvalidLoadedAccountsDataSizeLimit', 'LoadedAccountsDataSizeLimit set for transaction must be greater than 0.'],
  ['ResanitizationNeeded', 'ResanitizationNeeded'],
  ['UnbalancedTransaction', 'Sum of account balances before and after transaction do not match'],
  ['ProgramCacheHitMaxLimit', 'Program cache hit max limit'],
  ['CommitCancelled', 'CommitCancelled'],
];

/** `InstructionErrorFieldless` in LiteSVM's numbering, with the runtime's display text. */
const INSTRUCTION_ERRORS: readonly (readonly [string, string])[] = [
  ['GenericError', 'generic instruction error'],
  ['InvalidArgument', 'invalid program argument'],
  ['InvalidInstructionData', 'invalid instruction data'],
  ['InvalidAccountData', 'invalid account data for instruction'],
  ['AccountDataTooSmall', 'account data too small for instruction'],
  ['InsufficientFunds', 'insufficient funds for instruction'],
  ['IncorrectProgramId', 'incorrect program id for instruction'],
  ['MissingRequiredSignature', 'missing required signature for instruction'],
  ['AccountAlreadyInitialized', 'instruction requires an uninitialized account'],
  ['UninitializedAccount', 'instruction requires an initialized account'],
  ['UnbalancedInstruction', 'sum of account balances before and after instruction do not match'],
  ['ModifiedProgramId', 'instruction illegally modified the program id of an account'],
  ['ExternalAccountLamportSpend', 'instruction spent from the balance of an account it does not own'],
  ['ExternalAccountDataModified', 'instruction modified data of an account it does not own'],
  ['ReadonlyLamportChange', 'instruction changed the balance of a read-only account'],
  ['ReadonlyDataModified', 'instruction modified data of a read-only account'],
  ['DuplicateAccountIndex', 'instruction contains duplicate accounts'],
  ['ExecutableModified', 'instruction changed executable bit of an account'],
  ['RentEpochModified', 'instruction modified rent epoch of an account'],
  ['NotEnoughAccountKeys', 'insufficient account keys for instruction'],
  ['AccountDataSizeChanged', "program other than the account's owner changed the size of the account data"],
  ['AccountNotExecutable', 'instruction expected an executable account'],
  ['AccountBorrowFailed', 'instruction tries to borrow reference for an account which is already borrowed'],
  ['AccountBorrowOutstanding', 'instruction left account with an outstanding borrowed reference'],
  ['DuplicateAccountOutOfSync', 'instruction modifications of multiply-passed account differ'],
  ['InvalidError', 'program returned invalid error code'],
  ['ExecutableDataModified', 'instruction changed executable accounts data'],
  ['ExecutableLamportChange', 'instruction changed the balance of an executable account'],
  ['ExecutableAccountNotRentExempt', 'executable accounts must be rent exempt'],
  ['UnsupportedProgramId', 'Unsupported program id'],
  ['CallDepth', 'Cross-program invocation call depth too deep'],
  ['MissingAccount', 'An account required by the instruction is missing'],
  ['ReentrancyNotAllowed', 'Cross-program invocation reentrancy not allowed for this instruction'],
  ['MaxSeedLengthExceeded', 'Length of the seed is too long for address generation'],
  ['InvalidSeeds', 'Provided seeds do not result in a valid address'],
  ['InvalidRealloc', 'Failed to reallocate account data'],
  ['ComputationalBudgetExceeded', 'Computational budget exceeded'],
  ['PrivilegeEscalation', 'Cross-program invocation with unauthorized signer or writable account'],
  ['ProgramEnvironmentSetupFailure', 'Failed to create program execution environment'],
  ['ProgramFailedToComplete', 'Program failed to complete'],
  ['ProgramFailedToCompile', 'Program failed to compile'],
  ['Immutable', 'Account is immutable'],
  ['IncorrectAuthority', 'Incorrect authority provided'],
  ['AccountNotRentExempt', 'An account does not have enough lamports to be rent-exempt'],
  ['InvalidAccountOwner', 'Invalid account owner'],
  ['ArithmeticOverflow', 'Program arithmetic overflowed'],
  ['UnsupportedSysvar', 'Unsupported sysvar'],
  ['IllegalOwner', 'Provided owner is not allowed'],
  ['MaxAccountsDataAllocationsExceeded', 'Accounts data allocations exceeded the maximum allowed per transaction'],
  ['MaxAccountsExceeded', 'Max accounts exceeded'],
  ['MaxInstructionTraceLengthExceeded', 'Max instruction trace length exceeded'],
  ['BuiltinProgramsMustConsumeComputeUnits', 'Builtin programs must consume compute units'],
  ['BorshIoError', 'Failed to serialize or deserialize account data'],
];

/** The error LiteSVM reports (its classes are not all exported: read them by shape). */
type LiteSvmTransactionError = ReturnType<FailedTransactionMetadata['err']>;

interface IndexedError {
  index?: number;
  accountIndex?: number;
  err?: () => unknown;
  constructor: { name: string };
}

/**
 * Converts a LiteSVM transaction error to Solana's JSON form and display text.
 *
 * @param error - `FailedTransactionMetadata.err()`
 * @example
 * ```ts
 * const failed = svm.sendTransaction(tx);
 * if (failed instanceof FailedTransactionMetadata) console.log(describeTransactionError(failed.err()).message);
 * ```
 */
export function describeTransactionError(error: LiteSvmTransactionError): DescribedTransactionError {
  if (typeof error === 'number') return fieldless(TRANSACTION_ERRORS, error, 'TransactionError');
  const shaped = error as unknown as IndexedError;
  const kind = shaped.constructor.name;
  if (kind.includes('InstructionError') && typeof shaped.err === 'function') {
    const index = shaped.index ?? 0;
    const inner = describeInstructionError(shaped.err());
    return {
      json: { InstructionError: [index, inner.json] },
      message: `Error processing Instruction ${index}: ${inner.message}`,
    };
  }
  if (kind.includes('DuplicateInstruction')) {
    const index = shaped.index ?? 0;
    return {
      json: { DuplicateInstruction: index },
      message: `Transaction contains a duplicate instruction (${index}) that is not allowed`,
    };
  }
  if (kind.includes('InsufficientFundsForRent')) {
    const accountIndex = shaped.accountIndex ?? 0;
    return {
      json: { InsufficientFundsForRent: { account_index: accountIndex } },
      message: `Transaction results in an account (${accountIndex}) with insufficient funds for rent`,
    };
  }
  if (kind.includes('ProgramExecutionTemporarilyRestricted')) {
    const accountIndex = shaped.accountIndex ?? 0;
    return {
      json: { ProgramExecutionTemporarilyRestricted: { account_index: accountIndex } },
      message: `Execution of the program referenced by account at index ${accountIndex} is temporarily restricted.`,
    };
  }
  const text = String(error);
  return { json: text, message: text };
}

function describeInstructionError(error: unknown): { json: JsonValue; message: string } {
  if (typeof error === 'number') return fieldless(INSTRUCTION_ERRORS, error, 'InstructionError');
  const shaped = error as { code?: unknown; msg?: unknown };
  if (typeof shaped.code === 'number') {
    return { json: { Custom: shaped.code }, message: `custom program error: 0x${shaped.code.toString(16)}` };
  }
  if (typeof shaped.msg === 'string') {
    return {
      json: { BorshIoError: shaped.msg },
      message: `Failed to serialize or deserialize account data: ${shaped.msg}`,
    };
  }
  const text = String(error);
  return { json: text, message: text };
}

function fieldless(
  table: readonly (readonly [string, string])[],
  code: number,
  family: string,
): { json: string; message: string } {
  const entry = table[code];
  if (entry === undefined) return { json: `${family}(${code})`, message: `${family}(${code})` };
  return { json: entry[0], message: entry[1] };
}

/**
 * Builds the JSON form of a fieldless transaction error by name (for errors the server itself detects, such as an
 * unknown blockhash).
 *
 * @param name - a `TransactionError` variant without fields
 * @example
 * ```ts
 * namedTransactionError('AlreadyProcessed'); // { json: 'AlreadyProcessed', message: 'This transaction has already been processed' }
 * ```
 */
export function namedTransactionError(name: string): DescribedTransactionError {
  const entry = TRANSACTION_ERRORS.find(([candidate]) => candidate === name);
  return { json: name, message: entry?.[1] ?? name };
}
