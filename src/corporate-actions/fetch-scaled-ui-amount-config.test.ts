import { describe, expect, it } from 'vitest';
import { encodeToken2022Mint } from '../../test/corporate-actions/encode-token-2022-mint.js';
import { expectXStockLendRejection } from '../../test/support/expect-xstock-lend-error.js';
import type { AccountInfoRpc } from '../rpc/index.js';
import { TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from '../rpc/index.js';
import { fetchScaledUiAmountConfig } from './fetch-scaled-ui-amount-config.js';
import { fetchToken2022Mint } from './fetch-token-2022-mint.js';

const MINT = 'XsDoVfqeBukxuZHWhdvWHBhgEHjGNst4MLodqsJHzoB';

/** A one-account RPC stub answering `getAccountInfo` like a JSON-RPC node (base64 data). */
function stubRpc(owner: string, data: Uint8Array, slot = 77n): AccountInfoRpc {
  return {
    getAccountInfo: () => ({
      send: async () => ({
        context: { slot },
        value: {
          owner,
          data: [Buffer.from(data).toString('base64'), 'base64'],
          lamports: 1n,
          executable: false,
          rentEpoch: 0n,
          space: BigInt(data.length),
        },
      }),
    }),
  } as unknown as AccountInfoRpc;
}

const scaledMint = encodeToken2022Mint({
  decimals: 8,
  extensions: [
    { kind: 'ScaledUiAmount', authority: null, multiplier: 1, newMultiplier: 3, newMultiplierEffectiveTimestamp: 9n },
  ],
});

describe('fetchScaledUiAmountConfig / fetchToken2022Mint', () => {
  it('decodes a Token-2022 mint', async () => {
    const rpc = stubRpc(TOKEN_2022_PROGRAM_ID, scaledMint);
    expect(await fetchScaledUiAmountConfig(rpc, MINT)).toEqual({
      authority: null,
      multiplier: 1,
      newMultiplier: 3,
      newMultiplierEffectiveTimestamp: 9n,
    });
    const fetched = await fetchToken2022Mint(rpc, MINT);
    expect(fetched.slot).toBe(77n);
    expect(fetched.address).toBe(MINT);
    expect(fetched.mint.decimals).toBe(8);
  });

  it('returns null for a Token-2022 mint without the extension', async () => {
    expect(await fetchScaledUiAmountConfig(stubRpc(TOKEN_2022_PROGRAM_ID, encodeToken2022Mint()), MINT)).toBeNull();
  });

  it('refuses an account Token-2022 does not own, even with valid mint bytes', async () => {
    await expectXStockLendRejection(
      fetchScaledUiAmountConfig(stubRpc(TOKEN_PROGRAM_ID, scaledMint), MINT),
      'ACCOUNT_OWNER_MISMATCH',
    );
    await expectXStockLendRejection(fetchToken2022Mint(stubRpc(MINT, scaledMint), MINT), 'ACCOUNT_OWNER_MISMATCH');
  });

  it('surfaces malformed data as INVALID_ACCOUNT_DATA', async () => {
    await expectXStockLendRejection(
      fetchScaledUiAmountConfig(stubRpc(TOKEN_2022_PROGRAM_ID, new Uint8Array(120)), MINT),
      'INVALID_ACCOUNT_DATA',
    );
  });
});
