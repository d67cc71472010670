import { createAmountToUiAmountInstruction, TOKEN_2022_PROGRAM_ID } from '@solana/spl-token';
import { Keypair, type PublicKey } from '@solana/web3.js';
import fc from 'fast-check';
import { FailedTransactionMetadata } from 'litesvm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rawToUiAmount, uiToRawAmount } from '../../src/corporate-actions/index.js';
import { XStockLendError } from '../../src/errors/index.js';
import { amountToUiAmountOnChain, type OnChainResult } from './amount-to-ui-amount-on-chain.js';
import { buildCreateToken2022MintInstructions } from './create-token-2022-mint.js';
import { LiteChain } from './lite-chain.js';
import { uiAmountToAmountOnChain } from './ui-amount-to-amount-on-chain.js';

const U64_MAX = 2n ** 64n - 1n;

/** Our answer in the chain's shape: a value, or a refusal (which must be an XStockLendError INVALID_ARGUMENT). */
function ours<T>(run: () => T): OnChainResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof XStockLendError) || error.code !== 'INVALID_ARGUMENT') throw error;
    return { ok: false, error: error.code };
  }
}

const same = <T>(a: OnChainResult<T>, b: OnChainResult<T>): boolean =>
  a.ok && b.ok ? a.value === b.value : a.ok === b.ok;

/** A ScaledUiAmount mint per (decimals, multiplier), created through real instructions, cached. */
class MintPool {
  private readonly mints = new Map<string, PublicKey>();
  constructor(private readonly chain: LiteChain) {}

  get(decimals: number, multiplier: number): PublicKey {
    const key = `${decimals}:${multiplier}`;
    let mint = this.mints.get(key);
    if (!mint) {
      const signer = Keypair.generate();
      this.chain.send(
        buildCreateToken2022MintInstructions(this.chain, signer.publicKey, {
          decimals,
          extensions: [{ kind: 'ScaledUiAmount', authority: null, multiplier }],
        }),
        [signer],
      );
      mint = signer.publicKey;
      this.mints.set(key, mint);
    }
    return mint;
  }
}

interface Mismatch {
  decimals: number;
  multiplier: number;
  input: string;
  chain: string;
  ours: string;
}

const show = <T>(result: OnChainResult<T>): string => (result.ok ? String(result.value) : `error ${result.error}`);

describe('rawToUiAmount / uiToRawAmount match Token-2022 v11 byte for byte', () => {
  let chain: LiteChain;
  let pool: MintPool;
  const seed = Number(process.env.CONVERSION_SEED ?? Date.now()) >>> 0; // replay with CONVERSION_SEED=<seed>

  const checkRawToUi = (decimals: number, multiplier: number, amounts: bigint[], mismatches: Mismatch[]): number => {
    const mint = pool.get(decimals, multiplier);
    for (const amount of amounts) {
      const onChain = amountToUiAmountOnChain(chain, mint, amount);
      const mine = ours(() => rawToUiAmount(amount, decimals, multiplier));
      if (!onChain.ok || !same(onChain, mine)) {
        mismatches.push({ decimals, multiplier, input: `${amount}n`, chain: show(onChain), ours: show(mine) });
      }
    }
    return amounts.length;
  };

  const checkUiToRaw = (decimals: number, multiplier: number, uis: string[], mismatches: Mismatch[]): number => {
    const mint = pool.get(decimals, multiplier);
    for (const ui of uis) {
      const onChain = uiAmountToAmountOnChain(chain, mint, ui);
      const mine = ours(() => uiToRawAmount(ui, decimals, multiplier));
      if (!same(onChain, mine)) {
        mismatches.push({ decimals, multiplier, input: JSON.stringify(ui), chain: show(onChain), ours: show(mine) });
      }
    }
    return uis.length;
  };

  beforeAll(() => {
    chain = new LiteChain({ sigverify: false });
    pool = new MintPool(chain);
  });

  it('on an edge-case grid: decimals × multipliers × amounts', () => {
    const multipliers = [
      1,
      0.99,
      1.123456789,
      0.001,
      10,
      3,
      1.0025,
      1 / 3,
      0.1,
      1e-9,
      1e9,
      2 ** -1022,
      1e300,
      Number.MAX_VALUE,
    ];
    const decimals = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 18, 23, 26, 33, 45, 64, 100, 255];
    const amounts = [
      0n,
      1n,
      2n,
      9n,
      99n,
      100n,
      101n,
      999_999n,
      1_000_000n,
      123_456_789n,
      10n ** 15n,
      2n ** 53n - 1n,
      2n ** 53n,
      2n ** 53n + 1n,
      6_000_000_000_000_023n,
      10n ** 19n,
      U64_MAX - 1n,
      U64_MAX,
    ];
    const mismatches: Mismatch[] = [];
    let count = 0;
    for (const d of decimals) for (const m of multipliers) count += checkRawToUi(d, m, amounts, mismatches);
    expect(count).toBe(decimals.length * multipliers.length * amounts.length);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('on UI strings the Rust parser accepts, refuses, overflows or saturates', () => {
    const uis = [
      '0',
      '0.99',
      '1',
      '1.',
      '.5',
      '+.5',
      '+1.5',
      '-0',
      '-0.0',
      '-1',
      '-0.0000000000000000000001',
      '1e3',
      '1E3',
      '1e+3',
      '1e-3',
      '1e-400',
      '1e400',
      '1e19',
      '18446744073709551615',
      '18446744073709551616',
      '18446744073709551617',
      '92233720368547758075',
      '1.7976931348623157e308',
      `0.${'9'.repeat(400)}`,
      `1${'0'.repeat(300)}e-290`,
      '',
      '.',
      'e5',
      '1e',
      '1e+',
      '+',
      '-',
      '+-1',
      '1.2.3',
      ' 1',
      '1 ',
      '1_000',
      '0x10',
      '1,5',
      'inf',
      '-inf',
      'Infinity',
      'infinity',
      'NaN',
      'nan',
      '١',
    ];
    const mismatches: Mismatch[] = [];
    let count = 0;
    for (const d of [0, 2, 6, 8, 9, 30, 255]) {
      for (const m of [1, 0.99, 0.1, 3, 1.0025, 1e-9, 2 ** -1022, Number.MAX_VALUE])
        count += checkUiToRaw(d, m, uis, mismatches);
    }
    expect(count).toBe(7 * 8 * uis.length);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('prints huge values only with more than the default 200k compute units (the library still returns them)', () => {
    const mint = pool.get(9, 1e300);
    const defaultBudget = chain.simulate([createAmountToUiAmountInstruction(mint, 1_000n, TOKEN_2022_PROGRAM_ID)]);
    expect(defaultBudget).toBeInstanceOf(FailedTransactionMetadata);
    const maxBudget = amountToUiAmountOnChain(chain, mint, 1_000n);
    expect(maxBudget).toEqual({ ok: true, value: rawToUiAmount(1_000n, 9, 1e300) });
    expect(maxBudget.ok && maxBudget.value.length).toBe(295);
  });

  it(`on thousands of random triples (seed ${seed})`, () => {
    const multiplier = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(0.99, 1.123456789, 0.001, 10, 3, 1, 1.0025, 1.5, 0.5, 4, 0.25) },
      { weight: 3, arbitrary: fc.double({ min: 1e-6, max: 1e6, noNaN: true }) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 9 }))
          .map(([n, k]) => n / 10 ** k),
      },
      { weight: 1, arbitrary: fc.double({ min: 2 ** -1022, max: Number.MAX_VALUE, noNaN: true }) },
    );
    const decimals = fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: 0, max: 9 }) },
      fc.integer({ min: 10, max: 40 }),
    );
    const amount = fc.oneof(
      fc.bigInt({ min: 0n, max: U64_MAX }),
      fc.bigInt({ min: 0n, max: 10n ** 12n }),
      fc.constantFrom(0n, 1n, U64_MAX, 2n ** 53n + 1n, 10n ** 8n),
    );
    const decimalString = fc
      .tuple(
        fc.constantFrom('', '', '+', '-'),
        fc.stringMatching(/^\d{0,22}$/),
        fc.option(fc.stringMatching(/^\d{0,14}$/), { nil: undefined }),
        fc.option(fc.integer({ min: -30, max: 30 }), { nil: undefined, freq: 4 }),
      )
      .map(
        ([sign, whole, fraction, exponent]) =>
          `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
      );
    const samples = fc.sample(
      fc.record({
        decimals,
        multiplier,
        amounts: fc.array(amount, { minLength: 4, maxLength: 4 }),
        uiAmounts: fc.array(amount, { minLength: 1, maxLength: 1 }),
        uiStrings: fc.array(decimalString, { minLength: 1, maxLength: 1 }),
      }),
      { numRuns: 1_000, seed },
    );
    const mismatches: Mismatch[] = [];
    let rawToUiCount = 0;
    let uiToRawCount = 0;
    for (const sample of samples) {
      const { decimals: d, multiplier: m } = sample;
      rawToUiCount += checkRawToUi(d, m, sample.amounts, mismatches);
      // UI strings a wallet would show (our own output) and arbitrary decimal strings
      const shown = sample.uiAmounts.map((a) => rawToUiAmount(a, d, m)).filter((ui) => ui !== 'inf');
      uiToRawCount += checkUiToRaw(d, m, [...shown, ...sample.uiStrings], mismatches);
    }
    expect(rawToUiCount).toBe(4_000);
    expect(uiToRawCount).toBeGreaterThanOrEqual(1_900);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
