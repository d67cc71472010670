import { createUpdateMultiplierDataInstruction } from '@solana/spl-token';
import { Keypair } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawToUiAmount } from '../../../src/corporate-actions/index.js';
import { amountToUiAmountOnChain } from '../../corporate-actions/amount-to-ui-amount-on-chain.js';
import {
  CLASSIC_BALANCE,
  CLASSIC_DECIMALS,
  KLEND,
  type LocalnetFixture,
  SCALED_BALANCE,
  SCALED_DECIMALS,
  startLocalnetFixture,
  T0,
} from './support/localnet-fixture.js';
import { call } from './support/post-raw.js';

describe('jsonParsed token accounts and mints', () => {
  let f: LocalnetFixture;
  let url: string;

  beforeAll(async () => {
    f = await startLocalnetFixture();
    url = f.server.url;
  });
  afterAll(async () => f.close());

  const parsedTokenAmount = async (address: string) =>
    (await call(url, 'getAccountInfo', [address, { encoding: 'jsonParsed' }])).result.value.data.parsed.info
      .tokenAmount;
  const setClock = (unixTimestamp: bigint) => f.chain.setUnixTimestamp(unixTimestamp);

  it('a classic SPL Token account: program spl-token, exact uiAmountString, f64 uiAmount', async () => {
    const reply = await call(url, 'getAccountInfo', [f.classicAta.toBase58(), { encoding: 'jsonParsed' }]);
    expect(reply.result.value.data).toEqual({
      program: 'spl-token',
      parsed: {
        type: 'account',
        info: {
          mint: f.classicMint.toBase58(),
          owner: f.wallet.publicKey.toBase58(),
          tokenAmount: {
            uiAmount: 2.5,
            decimals: CLASSIC_DECIMALS,
            amount: CLASSIC_BALANCE.toString(),
            uiAmountString: '2.5',
          },
          state: 'initialized',
          isNative: false,
        },
      },
      space: 165,
    });
  });

  it('a scheduled multiplier change shows once the chain clock reaches it, as the chain itself computes', async () => {
    const authority = f.chain.payer;
    const effective = T0 + 100n;
    f.chain.send([createUpdateMultiplierDataInstruction(f.scaledMint, authority.publicKey, 3, effective)]);
    const before = await parsedTokenAmount(f.scaledAta.toBase58());
    const chainBefore = amountToUiAmountOnChain(f.chain, f.scaledMint, SCALED_BALANCE);
    expect(chainBefore).toEqual({ ok: true, value: before.uiAmountString });
    expect(before.uiAmountString).toBe(rawToUiAmount(SCALED_BALANCE, SCALED_DECIMALS, 1.5));

    setClock(effective);
    const after = await parsedTokenAmount(f.scaledAta.toBase58());
    expect(after.uiAmountString).toBe(rawToUiAmount(SCALED_BALANCE, SCALED_DECIMALS, 3));
    expect(amountToUiAmountOnChain(f.chain, f.scaledMint, SCALED_BALANCE)).toEqual({
      ok: true,
      value: after.uiAmountString,
    });
    expect(after.uiAmount).toBe(Number(after.uiAmountString));
    const balance = (await call(url, 'getTokenAccountBalance', [f.scaledAta.toBase58()])).result.value;
    expect(balance.uiAmountString).toBe(after.uiAmountString);

    const mint = (await call(url, 'getAccountInfo', [f.scaledMint.toBase58(), { encoding: 'jsonParsed' }])).result
      .value;
    const config = mint.data.parsed.info.extensions.find(
      (entry: { extension: string }) => entry.extension === 'scaledUiAmountConfig',
    );
    expect(config.state).toEqual({
      authority: authority.publicKey.toBase58(),
      multiplier: '1.5',
      newMultiplierEffectiveTimestamp: Number(effective),
      newMultiplier: '3',
    });
    setClock(T0);
  });

  it('non-token accounts fall back to base64 under jsonParsed; jsonParsed with dataSlice is -32600', async () => {
    const obligation = f.obligations[0];
    if (!obligation) return expect.fail('fixture');
    const passive = await call(url, 'getAccountInfo', [obligation.address, { encoding: 'jsonParsed' }]);
    expect(passive.result.value.data).toEqual([Buffer.from(obligation.data).toString('base64'), 'base64']);
    const wallet = await call(url, 'getAccountInfo', [f.wallet.publicKey.toBase58(), { encoding: 'jsonParsed' }]);
    expect(wallet.result.value.data).toEqual(['', 'base64']);
    const sliced = await call(url, 'getAccountInfo', [
      f.scaledAta.toBase58(),
      { encoding: 'jsonParsed', dataSlice: { offset: 0, length: 4 } },
    ]);
    expect(sliced.error).toEqual({
      code: -32600,
      message: 'Sliced account data can only be encoded using binary (base 58) or base64 encoding.',
    });
  });

  it('getTokenAccountBalance refuses what is not a token account, with Solana messages', async () => {
    const cases: [string, string][] = [
      [Keypair.generate().publicKey.toBase58(), 'could not find account'],
      [f.wallet.publicKey.toBase58(), 'not a Token account'],
      [f.scaledMint.toBase58(), 'not a v2.0 Token account'],
    ];
    for (const [address, message] of cases) {
      const reply = await call(url, 'getTokenAccountBalance', [address]);
      expect(reply.error?.code).toBe(-32602);
      expect(reply.error?.message).toContain(message);
    }
  });

  it('getTokenAccountsByOwner: filter errors as on Solana', async () => {
    const owner = f.wallet.publicKey.toBase58();
    const unknownProgram = await call(url, 'getTokenAccountsByOwner', [owner, { programId: KLEND }]);
    expect(unknownProgram.error?.message).toContain('unrecognized Token program id');
    const missingMint = await call(url, 'getTokenAccountsByOwner', [
      owner,
      { mint: Keypair.generate().publicKey.toBase58() },
    ]);
    expect(missingMint.error?.message).toContain('could not find mint');
    const both = await call(url, 'getTokenAccountsByOwner', [owner, { mint: owner, programId: owner }]);
    expect(both.error?.code).toBe(-32602);
    const binary = await call(url, 'getTokenAccountsByOwner', [owner, { mint: f.classicMint.toBase58() }]);
    expect(binary.error?.code).toBe(-32600);
  });
});
