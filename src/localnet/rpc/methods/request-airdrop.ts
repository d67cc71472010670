import { checkCommitmentAndMinContextSlot, readAddress, readConfig, readInteger, readParams } from '../params.js';
import type { RpcMethodHandler } from '../rpc-method.js';

/**
 * `requestAirdrop(address, lamports, { commitment? })` → signature: a real System transfer from LiteSVM's faucet
 * account, executed at once (it is final when this returns; the slot then advances).
 *
 * @example
 * ```ts
 * const signature = await rpc.requestAirdrop(address, lamports(1_000_000_000n)).send();
 * ```
 */
export const requestAirdrop: RpcMethodHandler = (params, { chain }) => {
  const [address, amount, rawConfig] = readParams(params, 2, 3);
  const pubkey = readAddress(address, 'recipient address');
  const lamports = readInteger(amount, 'lamports', 1, Number.MAX_SAFE_INTEGER);
  checkCommitmentAndMinContextSlot(readConfig(rawConfig), chain.slot);
  return chain.airdrop(pubkey, BigInt(lamports));
};
