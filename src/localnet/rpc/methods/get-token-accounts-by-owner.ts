import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../../../rpc/program-ids.js';
import { encodeAccount } from '../encode-account.js';
import { invalidParams } from '../json-rpc-error.js';
import { RawJson } from '../json-value.js';
import { checkCommitmentAndMinContextSlot, describe, readAddress, readConfig, readParams } from '../params.js';
import { decodeTokenAccountBase } from '../parse-token-account-data.js';
import { readAccountEncodingOptions } from '../read-account-encoding-options.js';
import { type RpcMethodHandler, responseContext } from '../rpc-method.js';

/**
 * `getTokenAccountsByOwner(owner, { mint } | { programId }, { encoding?, dataSlice?, commitment?, minContextSlot? })`
 * → `{ context, value: [{ pubkey, account }] }`: the initialized token accounts of `owner` (SPL Token or
 * Token-2022), default encoding `binary` as on Solana; `jsonParsed` shows amounts with the mint's decimals and
 * ScaledUiAmount multiplier.
 *
 * @example
 * ```ts
 * const { value } = await rpc.getTokenAccountsByOwner(wallet, { programId: TOKEN_2022 }, { encoding: 'jsonParsed' }).send();
 * ```
 */
export const getTokenAccountsByOwner: RpcMethodHandler = (params, { chain }) => {
  const [ownerParam, filterParam, rawConfig] = readParams(params, 2, 3);
  const owner = readAddress(ownerParam, 'owner');
  const { programId, mint } = readTokenAccountsFilter(filterParam, chain);
  const config = readConfig(rawConfig);
  checkCommitmentAndMinContextSlot(config, chain.slot);
  const options = readAccountEncodingOptions(config, chain, 'binary');
  const value: RawJson[] = [];
  for (const account of chain.store.programAccounts(programId)) {
    const tokenAccount = decodeTokenAccountBase(account.data);
    if (tokenAccount === null || tokenAccount.owner !== owner) continue;
    if (mint !== null && tokenAccount.mint !== mint) continue;
    value.push(
      new RawJson(`{"pubkey":${JSON.stringify(account.address)},"account":${encodeAccount(account, options)}}`),
    );
  }
  return { context: responseContext(chain), value };
};

function readTokenAccountsFilter(
  filter: unknown,
  chain: Parameters<RpcMethodHandler>[1]['chain'],
): { programId: string; mint: string | null } {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw invalidParams(`expected a filter { mint } or { programId }, got ${describe(filter)}`);
  const { mint, programId } = filter as { mint?: unknown; programId?: unknown };
  if ((mint === undefined) === (programId === undefined))
    throw invalidParams('the filter must have exactly one of mint or programId');
  if (programId !== undefined) {
    const id = readAddress(programId, 'programId');
    if (id !== TOKEN_PROGRAM_ID && id !== TOKEN_2022_PROGRAM_ID) throw invalidParams('unrecognized Token program id');
    return { programId: id, mint: null };
  }
  const mintAddress = readAddress(mint, 'mint');
  const mintAccount = chain.store.get(mintAddress);
  if (mintAccount === null) throw invalidParams('could not find mint');
  if (mintAccount.owner !== TOKEN_PROGRAM_ID && mintAccount.owner !== TOKEN_2022_PROGRAM_ID)
    throw invalidParams('not a Token mint');
  return { programId: mintAccount.owner, mint: mintAddress };
}
