import { describe, expect, it } from 'vitest';
import { createFakeAccountInfoRpc } from '../../test/oracle/helpers/fake-account-info-rpc.js';
import { loadAccountDump } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendRejection } from '../../test/support/expect-xstock-lend-error.js';
import { PYTH_RECEIVER_PROGRAM_ID } from '../rpc/index.js';
import { fetchPythPushPrice } from './fetch-pyth-push-price.js';
import { PYTH_LEGACY_ORACLE_PROGRAM_ID } from './pyth-legacy-oracle-program-id.js';

const usdc = loadAccountDump('pyth-push-price-Gnt27x.json');
const PUBLISH_SLOT = 189_687_757n;

describe('fetchPythPushPrice', () => {
  it('reads the real dump under its real owner and uses the RPC slot for the stale-Trading rule', async () => {
    const fresh = createFakeAccountInfoRpc(
      { [usdc.pubkey]: { owner: usdc.owner, data: usdc.data } },
      PUBLISH_SLOT + 25n,
    );
    expect(await fetchPythPushPrice(fresh.rpc, usdc.pubkey)).toEqual({
      source: 'pyth-push',
      basis: 'share',
      price: 100_028_333n,
      exponent: -8,
      confidence: 34_833n,
      publishTime: 1_682_091_869n,
      emaPrice: 100_020_453n,
      status: 'trading',
    });
    expect(fresh.log.calls).toEqual([{ address: usdc.pubkey, encoding: 'base64' }]);
    const stale = createFakeAccountInfoRpc(
      { [usdc.pubkey]: { owner: usdc.owner, data: usdc.data } },
      PUBLISH_SLOT + 26n,
    );
    expect((await fetchPythPushPrice(stale.rpc, usdc.pubkey)).status).toBe('unknown');
  });

  it('the dump owner is the legacy Pyth oracle program', () => {
    expect(usdc.owner).toBe(PYTH_LEGACY_ORACLE_PROGRAM_ID);
  });

  it('refuses another owner with ACCOUNT_OWNER_MISMATCH without decoding', async () => {
    const { rpc } = createFakeAccountInfoRpc({ [usdc.pubkey]: { owner: PYTH_RECEIVER_PROGRAM_ID, data: usdc.data } });
    await expectXStockLendRejection(fetchPythPushPrice(rpc, usdc.pubkey), 'ACCOUNT_OWNER_MISMATCH');
    const garbage = createFakeAccountInfoRpc({
      [usdc.pubkey]: { owner: PYTH_RECEIVER_PROGRAM_ID, data: new Uint8Array(3) },
    });
    await expectXStockLendRejection(fetchPythPushPrice(garbage.rpc, usdc.pubkey), 'ACCOUNT_OWNER_MISMATCH');
  });

  it('reports a missing account with ACCOUNT_NOT_FOUND', async () => {
    const { rpc } = createFakeAccountInfoRpc({});
    await expectXStockLendRejection(fetchPythPushPrice(rpc, usdc.pubkey), 'ACCOUNT_NOT_FOUND');
  });
});
