import type { AccountInfoRpc } from '../../../src/rpc/index.js';

/** One account the fake RPC serves. */
export interface FakeAccount {
  owner: string;
  data: Uint8Array;
}

/** What the fake RPC recorded. */
export interface FakeRpcLog {
  calls: { address: string; encoding: unknown }[];
}

/**
 * A tiny stand-in for `@solana/kit`'s `rpc.getAccountInfo(address, { encoding: 'base64' }).send()`:
 * `{ context: { slot }, value: { data: [base64, 'base64'], owner, lamports, executable, rentEpoch, space } | null }`.
 */
export function createFakeAccountInfoRpc(
  accounts: Record<string, FakeAccount>,
  slot = 380_000_010n,
): { rpc: AccountInfoRpc; log: FakeRpcLog } {
  const log: FakeRpcLog = { calls: [] };
  const rpc = {
    getAccountInfo(address: string, config: { encoding?: unknown }) {
      return {
        send: async () => {
          log.calls.push({ address, encoding: config?.encoding });
          const account = accounts[address];
          return {
            context: { slot },
            value:
              account === undefined
                ? null
                : {
                    data: [Buffer.from(account.data).toString('base64'), 'base64'],
                    owner: account.owner,
                    lamports: 1_000_000n,
                    executable: false,
                    rentEpoch: 18_446_744_073_709_551_615n,
                    space: BigInt(account.data.length),
                  },
          };
        },
      };
    },
  };
  return { rpc: rpc as unknown as AccountInfoRpc, log };
}
