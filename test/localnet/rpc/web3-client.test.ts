import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
  TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';
import {
  Connection,
  Keypair,
  type ParsedAccountData,
  PublicKey,
  SendTransactionError,
  SystemProgram,
  sendAndConfirmTransaction,
  Transaction,
  TransactionInstruction,
} from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawToUiAmount } from '../../../src/corporate-actions/index.js';
import {
  KLEND,
  type LocalnetFixture,
  OBLIGATION_SIZE,
  SCALED_BALANCE,
  SCALED_DECIMALS,
  SCALED_MULTIPLIER,
  startLocalnetFixture,
} from './support/localnet-fixture.js';

describe('localnet RPC through @solana/web3.js v1 Connection', () => {
  let f: LocalnetFixture;
  let connection: Connection;

  beforeAll(async () => {
    f = await startLocalnetFixture();
    connection = new Connection(f.server.url, 'confirmed');
  });
  afterAll(async () => f.close());

  it('derives the websocket URL the server listens on (HTTP port + 1)', () => {
    expect(f.server.wsUrl).toBe(`ws://127.0.0.1:${f.server.port + 1}`);
  });

  it('getAccountInfo and getMultipleAccountsInfo return the stored bytes and owners', async () => {
    const [a, b] = f.obligations;
    if (!a || !b) return expect.fail('fixture');
    const info = await connection.getAccountInfo(new PublicKey(a.address));
    expect(info?.owner.toBase58()).toBe(KLEND);
    expect(info?.data.equals(Buffer.from(a.data))).toBe(true);
    const many = await connection.getMultipleAccountsInfo([
      new PublicKey(b.address),
      Keypair.generate().publicKey,
      f.scaledMint,
    ]);
    expect(many[0]?.data.equals(Buffer.from(b.data))).toBe(true);
    expect(many[1]).toBeNull();
    expect(many[2]?.owner.equals(TOKEN_2022_PROGRAM_ID)).toBe(true);
  });

  it('getProgramAccounts with dataSize + memcmp filters, dataSlice and withContext', async () => {
    const [, marketB] = f.markets;
    const plain = await connection.getProgramAccounts(new PublicKey(KLEND), {
      filters: [{ dataSize: OBLIGATION_SIZE }, { memcmp: { offset: 32, bytes: marketB } }],
      dataSlice: { offset: 0, length: 8 },
    });
    const expected = f.obligations.filter((_, index) => index % 2 === 1).map((o) => o.address);
    expect(plain.map((entry) => entry.pubkey.toBase58()).sort()).toEqual(expected.sort());
    expect(plain.every((entry) => entry.account.data.equals(Buffer.alloc(8, 0xa1)))).toBe(true);
    const withContext = await connection.getProgramAccounts(new PublicKey(KLEND), {
      filters: [{ dataSize: OBLIGATION_SIZE }],
      dataSlice: { offset: 0, length: 0 },
      withContext: true,
    });
    expect(withContext.context.slot).toBe(Number(f.chain.svm.getClock().slot));
    expect(withContext.value).toHaveLength(f.obligations.length);
  });

  it('getParsedTokenAccountsByOwner and getParsedAccountInfo show ScaledUiAmount amounts and extensions', async () => {
    const { value } = await connection.getParsedTokenAccountsByOwner(f.wallet.publicKey, {
      programId: TOKEN_2022_PROGRAM_ID,
    });
    expect(value).toHaveLength(1);
    const parsed = value[0]?.account.data as ParsedAccountData;
    const expected = rawToUiAmount(SCALED_BALANCE, SCALED_DECIMALS, SCALED_MULTIPLIER);
    expect(parsed.parsed.info.tokenAmount).toEqual({
      amount: SCALED_BALANCE.toString(),
      decimals: SCALED_DECIMALS,
      uiAmount: Number(expected),
      uiAmountString: expected,
    });
    expect(parsed.parsed.info.mint).toBe(f.scaledMint.toBase58());
    const mint = await connection.getParsedAccountInfo(f.scaledMint);
    const mintData = mint.value?.data as ParsedAccountData;
    expect(mintData.program).toBe('spl-token-2022');
    expect(mintData.parsed.type).toBe('mint');
    expect(mintData.parsed.info.extensions).toContainEqual({
      extension: 'scaledUiAmountConfig',
      state: {
        authority: f.chain.payer.publicKey.toBase58(),
        multiplier: '1.5',
        newMultiplierEffectiveTimestamp: 0,
        newMultiplier: '1.5',
      },
    });
    const balance = await connection.getTokenAccountBalance(f.scaledAta);
    expect(balance.value.uiAmountString).toBe(expected);
  });

  it('getBalance, getSlot, getBlockHeight, getEpochInfo, getLatestBlockhash, isBlockhashValid, getVersion, getGenesisHash', async () => {
    expect(await connection.getBalance(f.wallet.publicKey)).toBe(
      Number(f.chain.svm.getBalance(f.wallet.publicKey.toBase58() as never)),
    );
    const slot = await connection.getSlot();
    expect(slot).toBe(Number(f.chain.svm.getClock().slot));
    expect(await connection.getBlockHeight()).toBe(slot);
    expect((await connection.getEpochInfo()).absoluteSlot).toBe(slot);
    const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash();
    expect(lastValidBlockHeight).toBe(slot + 150);
    expect((await connection.isBlockhashValid(blockhash)).value).toBe(true);
    expect((await connection.getVersion())['solana-core']).toBe('4.3.0');
    expect(await connection.getGenesisHash()).toBe(f.server.chain.genesisHash);
    expect(await connection.getMinimumBalanceForRentExemption(82)).toBe(
      Number(f.chain.svm.minimumBalanceForRentExemption(82n)),
    );
  });

  it('requestAirdrop + confirmTransaction (websocket signatureSubscribe) resolves at once', async () => {
    const recipient = Keypair.generate().publicKey;
    const signature = await connection.requestAirdrop(recipient, 2_000_000_000);
    const latest = await connection.getLatestBlockhash();
    const started = performance.now();
    const result = await connection.confirmTransaction({ signature, ...latest });
    expect(result.value.err).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await connection.getBalance(recipient)).toBe(2_000_000_000);
  });

  it('sendAndConfirmTransaction: a SystemProgram.transfer, twice with identical instructions', async () => {
    const to = Keypair.generate().publicKey;
    const transfer = () =>
      new Transaction().add(
        SystemProgram.transfer({ fromPubkey: f.wallet.publicKey, toPubkey: to, lamports: 1_000_000 }),
      );
    const first = await sendAndConfirmTransaction(connection, transfer(), [f.wallet]);
    const second = await sendAndConfirmTransaction(connection, transfer(), [f.wallet]);
    expect(first).not.toBe(second);
    expect(await connection.getBalance(to)).toBe(2_000_000);
    const statuses = await connection.getSignatureStatuses([first, second]);
    expect(statuses.value.map((s) => s?.confirmationStatus)).toEqual(['finalized', 'finalized']);
  });

  it('sendAndConfirmTransaction: a Token-2022 transferChecked moves raw units; the UI amount follows the multiplier', async () => {
    const recipient = Keypair.generate().publicKey;
    const recipientAta = getAssociatedTokenAddressSync(f.scaledMint, recipient, false, TOKEN_2022_PROGRAM_ID);
    const tx = new Transaction().add(
      createAssociatedTokenAccountIdempotentInstruction(
        f.wallet.publicKey,
        recipientAta,
        recipient,
        f.scaledMint,
        TOKEN_2022_PROGRAM_ID,
      ),
      createTransferCheckedInstruction(
        f.scaledAta,
        f.scaledMint,
        recipientAta,
        f.wallet.publicKey,
        100_000_000n,
        SCALED_DECIMALS,
        [],
        TOKEN_2022_PROGRAM_ID,
      ),
    );
    await sendAndConfirmTransaction(connection, tx, [f.wallet]);
    const balance = await connection.getTokenAccountBalance(recipientAta);
    expect(balance.value.amount).toBe('100000000');
    expect(balance.value.uiAmountString).toBe('1.5');
  });

  it('simulateTransaction returns logs and units; a missing program fails preflight at once with the runtime error', async () => {
    const transfer = new Transaction().add(
      SystemProgram.transfer({ fromPubkey: f.wallet.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 5e6 }),
    );
    const simulated = await connection.simulateTransaction(transfer, [f.wallet]);
    expect(simulated.value.err).toBeNull();
    expect(simulated.value.unitsConsumed).toBeGreaterThan(0);

    const callKlend = new Transaction().add(
      new TransactionInstruction({ programId: new PublicKey(KLEND), keys: [], data: Buffer.from([0]) }),
    );
    const started = performance.now();
    const error = await sendAndConfirmTransaction(connection, callKlend, [f.wallet]).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(SendTransactionError);
    expect((error as Error).message).toMatch(/Transaction simulation failed: .*(program|Program)/);
  });

  it('skipPreflight: the signature comes back and confirmTransaction reports the runtime error', async () => {
    const callKlend = new Transaction().add(
      new TransactionInstruction({ programId: new PublicKey(KLEND), keys: [], data: Buffer.from([1]) }),
    );
    const latest = await connection.getLatestBlockhash();
    callKlend.recentBlockhash = latest.blockhash;
    callKlend.feePayer = f.wallet.publicKey;
    callKlend.sign(f.wallet);
    const signature = await connection.sendRawTransaction(callKlend.serialize(), { skipPreflight: true });
    const result = await connection.confirmTransaction({ signature, ...latest });
    expect(result.value.err).toBe('InvalidProgramForExecution');
    const status = await connection.getSignatureStatus(signature);
    expect(status.value?.err).toBe('InvalidProgramForExecution');
  });
});
