import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../../rpc/program-ids.js';
import { invalidParams } from '../json-rpc-error.js';
import { checkCommitmentAndMinContextSlot, readAddress, readConfig, readParams } from '../params.js';
import { decodeTokenAccountBase } from '../parse-token-account-data.js';
import { createMintLookup, type RpcMethodHandler, responseContext } from '../rpc-method.js';
import { uiTokenAmount } from '../ui-token-amount.js';

/**
 * `getTokenAccountBalance(tokenAccount, { commitment? })` →
 * `{ context, value: { amount, decimals, uiAmount, uiAmountString } }`; for a ScaledUiAmount mint the UI fields use
 * the multiplier in force at the chain clock, as Solana's RPC does.
 *
 * @example
 * ```ts
 * const { value } = await rpc.getTokenAccountBalance(ata).send();
 * console.log(value.uiAmountString);
 * ```
 */
export const getTokenAccountBalance: RpcMethodHandler = (params, { chain }) => {
  const [address, rawConfig] = readParams(params, 1, 2);
  const pubkey = readAddress(address, 'token account address');
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  const account = chain.store.get(pubkey);
  if (account === null) throw invalidParams('could not find account');
  if (account.owner !== TOKEN_PROGRAM_ID && account.owner !== TOKEN_2022_PROGRAM_ID)
    throw invalidParams('not a Token account');
  const tokenAccount = decodeTokenAccountBase(account.data);
  if (tokenAccount === null) throw invalidParams('not a v2.0 Token account');
  const mint = createMintLookup(chain)(tokenAccount.mint);
  if (mint === null) throw invalidParams('could not find mint');
  return {
    context: responseContext(chain),
    value: uiTokenAmount(tokenAccount.amount, mint, chain.svm.getClock().unixTimestamp),
  };
};
