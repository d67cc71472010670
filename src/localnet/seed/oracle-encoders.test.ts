import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodePriceUpdateV2,
  decodeScopeOraclePrices,
  decodeScopePrice,
  type PriceUpdateV2,
} from '../../oracle/index.js';
import { encodePriceUpdateV2, PRICE_UPDATE_V2_ACCOUNT_SIZE } from './price-update-v2-encoding.js';
import { encodeChainlinkXGenericData, encodeScopeOraclePrices } from './scope-oracle-prices-encoding.js';

const MAPPINGS = 'HFn8GnPADiny6XqUoWE8uRPPxb29ikn4yTuPa9MF2fWJ';
const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
const i64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });

describe('seed oracle encoders round-trip through the src/oracle decoders', () => {
  it('Scope OraclePrices entries, with ChainlinkX generic data', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 511 }), { minLength: 1, maxLength: 20 }),
        u64,
        fc.integer({ min: 0, max: 18 }),
        u64,
        u64,
        fc.boolean(),
        (indices, value, exp, slot, ts, suspended) => {
          const genericData = encodeChainlinkXGenericData({
            observationsTimestamp: ts,
            suspended,
            activationDateTime: slot,
          });
          const data = encodeScopeOraclePrices(
            MAPPINGS,
            indices.map((index) => ({ index, value, exp, lastUpdatedSlot: slot, unixTimestamp: ts, genericData })),
          );
          expect(decodeScopeOraclePrices(data).oracleMappings).toBe(MAPPINGS);
          for (const index of indices) {
            expect(decodeScopePrice(data, index, { chainlinkX: true })).toMatchObject({
              value,
              exp: BigInt(exp),
              lastUpdatedSlot: slot,
              unixTimestamp: ts,
              chainlinkX: { observationsTimestamp: ts, suspended, activationDateTime: slot },
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('Pyth PriceUpdateV2 (full and partial verification), via klend-sdk’s receiver codec', () => {
    fc.assert(
      fc.property(
        fc.record({
          writeAuthority: fc.constant(MAPPINGS),
          verificationLevel: fc.oneof(
            fc.constant({ kind: 'full' as const }),
            fc.integer({ min: 0, max: 255 }).map((numSignatures) => ({ kind: 'partial' as const, numSignatures })),
          ),
          feedId: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
          price: i64,
          conf: u64,
          exponent: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
          publishTime: i64,
          prevPublishTime: i64,
          emaPrice: i64,
          emaConf: u64,
          postedSlot: u64,
        }),
        (update: PriceUpdateV2) => {
          const data = encodePriceUpdateV2(update);
          expect(data.length).toBe(PRICE_UPDATE_V2_ACCOUNT_SIZE);
          expect(decodePriceUpdateV2(data)).toEqual(update);
        },
      ),
      { numRuns: 200 },
    );
  });
});
