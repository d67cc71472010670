import {
  createInitializeMint2Instruction,
  createPauseInstruction,
  createUpdateMultiplierDataInstruction,
  MINT_SIZE,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, type PublicKey, SystemProgram } from '@solana/web3.js';
import { FailedTransactionMetadata } from 'litesvm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  decodeScaledUiAmountConfig,
  decodeToken2022Mint,
  fetchScaledUiAmountConfig,
  fetchToken2022Mint,
  getCorporateAction,
  getMultiplier,
  rawToUiAmount,
  type ScaledUiAmountConfig,
} from '../../src/corporate-actions/index.js';
import { expectXStockLendRejection } from '../support/expect-xstock-lend-error.js';
import { amountToUiAmountOnChain } from './amount-to-ui-amount-on-chain.js';
import { createLiteChainAccountInfoRpc } from './create-lite-chain-account-info-rpc.js';
import { createToken2022Mint } from './create-token-2022-mint.js';
import { LiteChain } from './lite-chain.js';

const T0 = 1_780_000_000n;
const ONE_TOKEN = 100_000_000n; // 8 decimals, like xStocks

describe('ScaledUiAmount on the real Token-2022 program (litesvm)', () => {
  let chain: LiteChain;
  let authority: Keypair;
  let metadata: Keypair;
  let delegate: Keypair;
  let mint: PublicKey;

  const readConfig = (): ScaledUiAmountConfig => {
    const account = chain.getAccount(mint);
    const config = account && decodeScaledUiAmountConfig(account.data);
    if (!config) return expect.fail('mint has no ScaledUiAmount extension');
    return config;
  };
  const updateMultiplier = (multiplier: number, effectiveTimestamp: bigint) =>
    chain.trySend(
      [createUpdateMultiplierDataInstruction(mint, authority.publicKey, multiplier, effectiveTimestamp)],
      [authority],
    );
  const chainUi = (amount: bigint): string => {
    const result = amountToUiAmountOnChain(chain, mint, amount);
    if (!result.ok) return expect.fail(result.error);
    return result.value;
  };

  beforeEach(() => {
    chain = new LiteChain();
    chain.setUnixTimestamp(T0);
    authority = Keypair.generate();
    metadata = Keypair.generate();
    delegate = Keypair.generate();
    mint = createToken2022Mint(chain, {
      decimals: 8,
      freezeAuthority: authority.publicKey,
      extensions: [
        { kind: 'MetadataPointer', authority: authority.publicKey, metadataAddress: metadata.publicKey },
        { kind: 'PermanentDelegate', delegate: delegate.publicKey },
        { kind: 'Pausable', authority: authority.publicKey },
        {
          kind: 'TransferFeeConfig',
          configAuthority: authority.publicKey,
          withdrawAuthority: null,
          basisPoints: 25,
          maximumFee: 1_000_000n,
        },
        { kind: 'ScaledUiAmount', authority: authority.publicKey, multiplier: 1 },
      ],
    });
  });

  it('decodes an xStock-like mint built with real instructions, walking past the other extensions', () => {
    const account = chain.getAccount(mint);
    expect(account?.owner).toBe(TOKEN_2022_PROGRAM_ID.toBase58());
    const decoded = decodeToken2022Mint(account?.data ?? new Uint8Array());
    expect(decoded).toMatchObject({
      mintAuthority: chain.payer.publicKey.toBase58(),
      supply: 0n,
      decimals: 8,
      isInitialized: true,
      freezeAuthority: authority.publicKey.toBase58(),
      metadataPointer: { authority: authority.publicKey.toBase58(), metadataAddress: metadata.publicKey.toBase58() },
      permanentDelegate: { delegate: delegate.publicKey.toBase58() },
      pausable: { authority: authority.publicKey.toBase58(), paused: false },
      transferFeeConfig: {
        transferFeeConfigAuthority: authority.publicKey.toBase58(),
        withdrawWithheldAuthority: null,
        withheldAmount: 0n,
        newerTransferFee: { epoch: 0n, maximumFee: 1_000_000n, transferFeeBasisPoints: 25 },
      },
      // Initialize writes effective timestamp 0 and new_multiplier = multiplier
      scaledUiAmount: {
        authority: authority.publicKey.toBase58(),
        multiplier: 1,
        newMultiplier: 1,
        newMultiplierEffectiveTimestamp: 0n,
      },
    });
    expect(decoded.extensions.map((entry) => entry.name)).toEqual([
      'MetadataPointer',
      'PermanentDelegate',
      'Pausable',
      'TransferFeeConfig',
      'ScaledUiAmount',
    ]);
    expect(getCorporateAction(readConfig(), chain.unixTimestamp)).toEqual({ kind: 'none' });

    chain.send([createPauseInstruction(mint, authority.publicKey)], [authority]);
    expect(decodeToken2022Mint(chain.getAccount(mint)?.data ?? new Uint8Array()).pausable?.paused).toBe(true);
  });

  it('tracks a scheduled 3:1 split through the chain clock like the program does', () => {
    const effectiveAt = T0 + 3_600n;
    chain.send([createUpdateMultiplierDataInstruction(mint, authority.publicKey, 3, effectiveAt)], [authority]);
    let config = readConfig();
    expect(config).toMatchObject({ multiplier: 1, newMultiplier: 3, newMultiplierEffectiveTimestamp: effectiveAt });
    expect(getCorporateAction(config, chain.unixTimestamp)).toEqual({
      kind: 'pending',
      ratio: 3,
      effectiveAt,
      secondsUntil: 3_600n,
    });

    for (const [now, expectedUi] of [
      [effectiveAt - 1n, '1'],
      [effectiveAt, '3'],
      [effectiveAt + 86_400n, '3'],
    ] as const) {
      chain.setUnixTimestamp(now);
      config = readConfig();
      const multiplier = getMultiplier(config, chain.unixTimestamp);
      expect(chainUi(ONE_TOKEN)).toBe(expectedUi);
      expect(rawToUiAmount(ONE_TOKEN, 8, multiplier)).toBe(expectedUi);
    }
    // After the switch the stored `multiplier` is stale until the next update: the action is 'recent'.
    config = readConfig();
    expect(config.multiplier).toBe(1);
    expect(getCorporateAction(config, chain.unixTimestamp)).toEqual({
      kind: 'recent',
      ratio: 3,
      effectiveAt,
      secondsSince: 86_400n,
    });
    expect(getCorporateAction(config, chain.unixTimestamp, { recentWindowSeconds: 3_600n })).toEqual({ kind: 'none' });
  });

  it('folds the passed multiplier into the stored one on the next update', () => {
    chain.send([createUpdateMultiplierDataInstruction(mint, authority.publicKey, 3, T0 + 10n)], [authority]);
    chain.setUnixTimestamp(T0 + 20n);
    chain.send([createUpdateMultiplierDataInstruction(mint, authority.publicKey, 3.012, T0 + 1_000n)], [authority]);
    const config = readConfig();
    expect(config).toMatchObject({ multiplier: 3, newMultiplier: 3.012, newMultiplierEffectiveTimestamp: T0 + 1_000n });
    expect(getCorporateAction(config, chain.unixTimestamp)).toMatchObject({ kind: 'pending', ratio: 3.012 / 3 });
    expect(chainUi(ONE_TOKEN)).toBe(rawToUiAmount(ONE_TOKEN, 8, getMultiplier(config, chain.unixTimestamp)));
  });

  it('applies an update with a past or negative timestamp at once: no corporate action', () => {
    chain.send([createUpdateMultiplierDataInstruction(mint, authority.publicKey, 2, T0 - 5n)], [authority]);
    let config = readConfig();
    expect(config).toMatchObject({ multiplier: 2, newMultiplier: 2, newMultiplierEffectiveTimestamp: T0 - 5n });
    expect(getCorporateAction(config, chain.unixTimestamp)).toEqual({ kind: 'none' });
    // i64 −5 written as its u64 two's complement: the program floors it to 0
    chain.send([createUpdateMultiplierDataInstruction(mint, authority.publicKey, 4, 2n ** 64n - 5n)], [authority]);
    config = readConfig();
    expect(config).toMatchObject({ multiplier: 4, newMultiplier: 4, newMultiplierEffectiveTimestamp: 0n });
    expect(getCorporateAction(config, chain.unixTimestamp)).toEqual({ kind: 'none' });
    expect(chainUi(ONE_TOKEN)).toBe('4');
  });

  it('refuses the multipliers the library refuses (0, negative, subnormal, ∞, NaN)', () => {
    for (const bad of [0, -1, 5e-324, Number.POSITIVE_INFINITY, Number.NaN]) {
      const result = updateMultiplier(bad, T0 + 100n);
      expect(result).toBeInstanceOf(FailedTransactionMetadata);
      expect(() => rawToUiAmount(1n, 8, bad)).toThrow();
    }
    expect(updateMultiplier(2 ** -1022, T0 + 100n)).not.toBeInstanceOf(FailedTransactionMetadata);
    expect(readConfig().newMultiplier).toBe(2 ** -1022);
  });

  it('fetches through an RPC: the config, the slot, null without the extension, owner checks', async () => {
    const rpc = createLiteChainAccountInfoRpc(chain);
    chain.svm.warpToSlot(1234n);
    expect(await fetchScaledUiAmountConfig(rpc, mint.toBase58())).toEqual(readConfig());
    const fetched = await fetchToken2022Mint(rpc, mint.toBase58());
    expect(fetched.slot).toBe(1234n);
    expect(fetched.mint.decimals).toBe(8);

    const plain = createToken2022Mint(chain, { decimals: 6 });
    expect(chain.getAccount(plain)?.data.length).toBe(82);
    expect(await fetchScaledUiAmountConfig(rpc, plain.toBase58())).toBeNull();

    const classic = Keypair.generate();
    chain.send(
      [
        SystemProgram.createAccount({
          fromPubkey: chain.payer.publicKey,
          newAccountPubkey: classic.publicKey,
          lamports: Number(chain.svm.minimumBalanceForRentExemption(BigInt(MINT_SIZE))),
          space: MINT_SIZE,
          programId: TOKEN_PROGRAM_ID,
        }),
        createInitializeMint2Instruction(classic.publicKey, 6, chain.payer.publicKey, null, TOKEN_PROGRAM_ID),
      ],
      [classic],
    );
    await expectXStockLendRejection(
      fetchScaledUiAmountConfig(rpc, classic.publicKey.toBase58()),
      'ACCOUNT_OWNER_MISMATCH',
    );
    await expectXStockLendRejection(
      fetchScaledUiAmountConfig(rpc, chain.payer.publicKey.toBase58()),
      'ACCOUNT_OWNER_MISMATCH',
    );
    await expectXStockLendRejection(
      fetchScaledUiAmountConfig(rpc, Keypair.generate().publicKey.toBase58()),
      'ACCOUNT_NOT_FOUND',
    );
  });
});
