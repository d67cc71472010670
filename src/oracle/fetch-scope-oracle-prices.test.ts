import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../test/oracle/helpers/byte-writer.js';
import { createFakeAccountInfoRpc } from '../../test/oracle/helpers/fake-account-info-rpc.js';
import { loadAccountDump, loadFixture } from '../../test/oracle/helpers/load-account-dump.js';
import { expectXStockLendRejection } from '../../test/support/expect-xstock-lend-error.js';
import { KLEND_PROGRAM_ID, SCOPE_PROGRAM_ID } from '../rpc/index.js';
import { fetchScopeOracleMappings } from './fetch-scope-oracle-mappings.js';
import { fetchScopeOraclePrices } from './fetch-scope-oracle-prices.js';
import { scopePriceToReading } from './scope-price-to-reading.js';

const PRICES = '3t4JZcueEzTbVP6kLxXrL3VpWx45jDer4eqysweBchNH';
const prices = base64ToBytes(loadFixture<{ data: string }>('scope-oracle-prices.scope-sdk-codec.json').data);
const mappingsDump = loadAccountDump('scope-oracle-mappings.json');

describe('fetchScopeOraclePrices', () => {
  it('decodes an OraclePrices account owned by Scope', async () => {
    const { rpc, log } = createFakeAccountInfoRpc({ [PRICES]: { owner: SCOPE_PROGRAM_ID, data: prices } });
    const decoded = await fetchScopeOraclePrices(rpc, PRICES);
    expect(decoded.oracleMappings).toBe(mappingsDump.pubkey);
    const tslax = decoded.prices[338];
    expect(tslax && scopePriceToReading(tslax)).toMatchObject({
      source: 'scope',
      price: 43_512_345_678n,
      exponent: -8,
    });
    expect(log.calls).toEqual([{ address: PRICES, encoding: 'base64' }]);
  });

  it('passes the mappings option through to the decoder', async () => {
    const { rpc } = createFakeAccountInfoRpc({ [PRICES]: { owner: SCOPE_PROGRAM_ID, data: prices } });
    const priceTypes = new Array<number>(512).fill(0);
    priceTypes[344] = 37;
    const decoded = await fetchScopeOraclePrices(rpc, PRICES, { mappings: { priceTypes } });
    expect(decoded.prices[344]?.chainlinkX?.suspended).toBe(true);
  });

  it('refuses another owner with ACCOUNT_OWNER_MISMATCH without decoding', async () => {
    const { rpc } = createFakeAccountInfoRpc({ [PRICES]: { owner: KLEND_PROGRAM_ID, data: prices } });
    await expectXStockLendRejection(fetchScopeOraclePrices(rpc, PRICES), 'ACCOUNT_OWNER_MISMATCH');
    const garbage = createFakeAccountInfoRpc({ [PRICES]: { owner: KLEND_PROGRAM_ID, data: new Uint8Array(5) } });
    await expectXStockLendRejection(fetchScopeOraclePrices(garbage.rpc, PRICES), 'ACCOUNT_OWNER_MISMATCH');
  });

  it('reports a missing account with ACCOUNT_NOT_FOUND', async () => {
    const { rpc } = createFakeAccountInfoRpc({});
    await expectXStockLendRejection(fetchScopeOraclePrices(rpc, PRICES), 'ACCOUNT_NOT_FOUND');
  });

  it('a Scope-owned account of another type fails in the decoder', async () => {
    const { rpc } = createFakeAccountInfoRpc({ [PRICES]: { owner: SCOPE_PROGRAM_ID, data: mappingsDump.data } });
    await expectXStockLendRejection(fetchScopeOraclePrices(rpc, PRICES), 'ACCOUNT_DISCRIMINATOR_MISMATCH');
  });
});

describe('fetchScopeOracleMappings', () => {
  it('decodes the real dump under its real owner', async () => {
    const { rpc } = createFakeAccountInfoRpc({
      [mappingsDump.pubkey]: { owner: mappingsDump.owner, data: mappingsDump.data },
    });
    const mappings = await fetchScopeOracleMappings(rpc, mappingsDump.pubkey);
    expect(mappings.priceTypes[3]).toBe(23);
    expect(mappings.priceInfoAccounts).toHaveLength(512);
  });

  it('refuses another owner and a missing account', async () => {
    const wrong = createFakeAccountInfoRpc({
      [mappingsDump.pubkey]: { owner: KLEND_PROGRAM_ID, data: mappingsDump.data },
    });
    await expectXStockLendRejection(fetchScopeOracleMappings(wrong.rpc, mappingsDump.pubkey), 'ACCOUNT_OWNER_MISMATCH');
    const none = createFakeAccountInfoRpc({});
    await expectXStockLendRejection(fetchScopeOracleMappings(none.rpc, mappingsDump.pubkey), 'ACCOUNT_NOT_FOUND');
  });
});
