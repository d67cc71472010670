import { describe, expect, it } from 'vitest';
import {
  encodePriceUpdateV2,
  SAMPLE_FULL_UPDATE,
  SAMPLE_PARTIAL_UPDATE,
} from '../../test/oracle/helpers/encode-price-update-v2.js';
import { createFakeAccountInfoRpc } from '../../test/oracle/helpers/fake-account-info-rpc.js';
import { expectXStockLendRejection } from '../../test/support/expect-xstock-lend-error.js';
import { PYTH_PUSH_ORACLE_PROGRAM_ID, PYTH_RECEIVER_PROGRAM_ID, SCOPE_PROGRAM_ID } from '../rpc/index.js';
import { fetchPriceUpdateV2 } from './fetch-price-update-v2.js';
import { priceUpdateV2ToReading } from './price-update-v2-to-reading.js';
import { PYTH_LEGACY_ORACLE_PROGRAM_ID } from './pyth-legacy-oracle-program-id.js';

const FULL = '7UVimffxr9ow1uXYxsr4LHAcV58mLzhmwaeKvJ1pjLiE';
const PARTIAL = 'Dpw1EAVrSB1ibxiDQyTAW6Zip3J4Btk2x4SgApQCeFbX';
const full = encodePriceUpdateV2(SAMPLE_FULL_UPDATE);
const partial = encodePriceUpdateV2(SAMPLE_PARTIAL_UPDATE);

describe('fetchPriceUpdateV2', () => {
  it('decodes an update owned by the Pyth receiver or by the push-oracle program', async () => {
    for (const owner of [PYTH_RECEIVER_PROGRAM_ID, PYTH_PUSH_ORACLE_PROGRAM_ID]) {
      const { rpc, log } = createFakeAccountInfoRpc({ [FULL]: { owner, data: full } });
      const update = await fetchPriceUpdateV2(rpc, FULL);
      expect(update).toEqual(SAMPLE_FULL_UPDATE);
      expect(priceUpdateV2ToReading(update).price).toBe(43_512_345_678n);
      expect(log.calls).toEqual([{ address: FULL, encoding: 'base64' }]);
    }
  });

  it('refuses another owner with ACCOUNT_OWNER_MISMATCH without decoding, even valid bytes', async () => {
    for (const owner of [SCOPE_PROGRAM_ID, PYTH_LEGACY_ORACLE_PROGRAM_ID]) {
      const { rpc } = createFakeAccountInfoRpc({ [FULL]: { owner, data: full } });
      const error = await expectXStockLendRejection(fetchPriceUpdateV2(rpc, FULL), 'ACCOUNT_OWNER_MISMATCH');
      expect(error.context.owner).toBe(owner);
    }
    // garbage under a wrong owner: had it been decoded, the code would be a discriminator mismatch
    const { rpc } = createFakeAccountInfoRpc({ [FULL]: { owner: SCOPE_PROGRAM_ID, data: new Uint8Array(134) } });
    await expectXStockLendRejection(fetchPriceUpdateV2(rpc, FULL), 'ACCOUNT_OWNER_MISMATCH');
  });

  it('reports a missing account with ACCOUNT_NOT_FOUND', async () => {
    const { rpc } = createFakeAccountInfoRpc({});
    await expectXStockLendRejection(fetchPriceUpdateV2(rpc, FULL), 'ACCOUNT_NOT_FOUND');
  });

  it('refuses a partially verified update by default (ORACLE_INVALID) and returns it on opt-out', async () => {
    const { rpc } = createFakeAccountInfoRpc({ [PARTIAL]: { owner: PYTH_RECEIVER_PROGRAM_ID, data: partial } });
    await expectXStockLendRejection(fetchPriceUpdateV2(rpc, PARTIAL), 'ORACLE_INVALID');
    await expectXStockLendRejection(
      fetchPriceUpdateV2(rpc, PARTIAL, { requireFullVerification: true }),
      'ORACLE_INVALID',
    );
    expect(await fetchPriceUpdateV2(rpc, PARTIAL, { requireFullVerification: false })).toEqual(SAMPLE_PARTIAL_UPDATE);
  });

  it('passes decoder errors through (a receiver-owned account of another type)', async () => {
    const other = full.slice();
    other[0] = 0;
    const { rpc } = createFakeAccountInfoRpc({ [FULL]: { owner: PYTH_RECEIVER_PROGRAM_ID, data: other } });
    await expectXStockLendRejection(fetchPriceUpdateV2(rpc, FULL), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
  });
});
