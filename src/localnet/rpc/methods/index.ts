import type { RpcMethodHandler } from '../rpc-method.js';
import { getAccountInfo } from './get-account-info.js';
import { getBalance } from './get-balance.js';
import { getBlockHeight } from './get-block-height.js';
import { getEpochInfo } from './get-epoch-info.js';
import { getGenesisHash } from './get-genesis-hash.js';
import { getHealth } from './get-health.js';
import { getLatestBlockhash } from './get-latest-blockhash.js';
import { getMinimumBalanceForRentExemption } from './get-minimum-balance-for-rent-exemption.js';
import { getMultipleAccounts } from './get-multiple-accounts.js';
import { getProgramAccounts } from './get-program-accounts.js';
import { getSignatureStatuses } from './get-signature-statuses.js';
import { getSlot } from './get-slot.js';
import { getTokenAccountBalance } from './get-token-account-balance.js';
import { getTokenAccountsByOwner } from './get-token-accounts-by-owner.js';
import { getVersion } from './get-version.js';
import { isBlockhashValid } from './is-blockhash-valid.js';
import { requestAirdrop } from './request-airdrop.js';
import { sendTransaction } from './send-transaction.js';
import { simulateTransaction } from './simulate-transaction.js';

/**
 * Every JSON-RPC method the localnet serves, by name.
 *
 * @example
 * ```ts
 * Object.keys(RPC_METHODS); // ['getAccountInfo', 'getBalance', …]
 * ```
 */
export const RPC_METHODS: Readonly<Record<string, RpcMethodHandler>> = {
  getAccountInfo,
  getBalance,
  getBlockHeight,
  getEpochInfo,
  getGenesisHash,
  getHealth,
  getLatestBlockhash,
  getMinimumBalanceForRentExemption,
  getMultipleAccounts,
  getProgramAccounts,
  getSignatureStatuses,
  getSlot,
  getTokenAccountBalance,
  getTokenAccountsByOwner,
  getVersion,
  isBlockhashValid,
  requestAirdrop,
  sendTransaction,
  simulateTransaction,
};
