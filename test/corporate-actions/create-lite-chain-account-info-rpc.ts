import type { AccountInfoRpc } from '../../src/rpc/index.js';
import type { LiteChain } from './lite-chain.js';

/**
 * A `getAccountInfo`-only RPC backed by a {@link LiteChain}: enough for the `fetch*` functions, answering as a JSON-RPC
 * node would (base64 data, `context.slot` = the chain's slot).
 */
export function createLiteChainAccountInfoRpc(chain: LiteChain): AccountInfoRpc {
  return {
    getAccountInfo: (address: string) => ({
      send: async () => {
        const account = chain.svm.getAccount(address as never);
        const slot = chain.svm.getClock().slot;
        if (!account.exists) return { context: { slot }, value: null };
        return {
          context: { slot },
          value: {
            owner: String(account.programAddress),
            lamports: BigInt(account.lamports),
            executable: account.executable,
            rentEpoch: 0n,
            space: BigInt(account.data.length),
            data: [Buffer.from(account.data).toString('base64'), 'base64'],
          },
        };
      },
    }),
  } as unknown as AccountInfoRpc;
}
