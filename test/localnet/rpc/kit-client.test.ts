import {
  address,
  createSolanaRpc,
  createSolanaRpcSubscriptions,
  getBase58Encoder,
  isSolanaError,
  lamports,
  SOLANA_ERROR__JSON_RPC__SERVER_ERROR_SEND_TRANSACTION_PREFLIGHT_FAILURE,
  sendAndConfirmTransactionFactory,
  signature as toSignature,
} from '@solana/kit';
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
  TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, SystemProgram } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawToUiAmount } from '../../../src/corporate-actions/index.js';
import { amountToUiAmountOnChain } from '../../corporate-actions/amount-to-ui-amount-on-chain.js';
import { buildKitTransaction } from './support/kit-transaction.js';
import {
  CLASSIC_BALANCE,
  KLEND,
  type LocalnetFixture,
  OBLIGATION_SIZE,
  SCALED_BALANCE,
  SCALED_DECIMALS,
  SCALED_MULTIPLIER,
  startLocalnetFixture,
} from './support/localnet-fixture.js';

describe('localnet RPC through @solana/kit createSolanaRpc', () => {
  let f: LocalnetFixture;
  const connect = (url: string) => createSolanaRpc(url);
  let rpc: ReturnType<typeof connect>;
  const base58 = getBase58Encoder();

  beforeAll(async () => {
    f = await startLocalnetFixture();
    rpc = connect(f.server.url);
  });
  afterAll(async () => f.close());

  const latest = async () => (await rpc.getLatestBlockhash().send()).value;

  it('getAccountInfo: passive account bytes in base64, context slot, slice, missing account, base58 of a small one', async () => {
    const obligation = f.obligations[3];
    if (!obligation) return expect.fail('fixture');
    const full = await rpc.getAccountInfo(address(obligation.address), { encoding: 'base64' }).send();
    expect(full.context.slot).toBe(f.chain.svm.getClock().slot);
    expect(full.value?.owner).toBe(KLEND);
    expect(full.value?.space).toBe(BigInt(OBLIGATION_SIZE));
    expect(full.value?.lamports).toBe(obligation.lamports);
    expect(Buffer.from(full.value?.data[0] ?? '', 'base64')).toEqual(Buffer.from(obligation.data));
    const sliced = await rpc
      .getAccountInfo(address(obligation.address), { encoding: 'base64', dataSlice: { offset: 32, length: 32 } })
      .send();
    expect(Buffer.from(sliced.value?.data[0] ?? '', 'base64')).toEqual(Buffer.from(obligation.data.subarray(32, 64)));
    const missing = await rpc.getAccountInfo(address(Keypair.generate().publicKey.toBase58())).send();
    expect(missing.value).toBeNull();
    const wallet = await rpc.getAccountInfo(address(f.wallet.publicKey.toBase58()), { encoding: 'base58' }).send();
    expect(wallet.value?.data).toEqual(['', 'base58']);
    expect(wallet.value?.owner).toBe('11111111111111111111111111111111');
  });

  it('getAccountInfo jsonParsed: Token-2022 account and mint with the ScaledUiAmount multiplier applied', async () => {
    const account = await rpc.getAccountInfo(address(f.scaledAta.toBase58()), { encoding: 'jsonParsed' }).send();
    const data = account.value?.data as unknown as {
      program: string;
      parsed: { type: string; info: { tokenAmount: { amount: string; uiAmountString: string; uiAmount: number } } };
    };
    expect(data.program).toBe('spl-token-2022');
    expect(data.parsed.type).toBe('account');
    const expected = rawToUiAmount(SCALED_BALANCE, SCALED_DECIMALS, SCALED_MULTIPLIER);
    expect(data.parsed.info.tokenAmount).toMatchObject({ amount: SCALED_BALANCE.toString(), uiAmountString: expected });
    expect(data.parsed.info.tokenAmount.uiAmount).toBe(Number(expected));
    const chainUi = amountToUiAmountOnChain(f.chain, f.scaledMint, SCALED_BALANCE);
    expect(chainUi).toEqual({ ok: true, value: expected });
  });

  it('getMultipleAccounts: order kept, null for missing, base64 default, 101 addresses refused', async () => {
    const [a, b] = f.obligations;
    if (!a || !b) return expect.fail('fixture');
    const missing = Keypair.generate().publicKey.toBase58();
    const { value } = await rpc.getMultipleAccounts([address(b.address), address(missing), address(a.address)]).send();
    expect(value.map((v) => (v === null ? null : Buffer.from(v.data[0], 'base64')[64]))).toEqual([
      b.data[64],
      null,
      a.data[64],
    ]);
    const tooMany = Array.from({ length: 101 }, () => address(missing));
    await expect(rpc.getMultipleAccounts(tooMany).send()).rejects.toThrow(/Too many inputs provided; max 100/);
  });

  it('getProgramAccounts: dataSize + base58 memcmp + dataSlice over passive klend accounts, withContext', async () => {
    const [marketA] = f.markets;
    const result = await rpc
      .getProgramAccounts(address(KLEND), {
        encoding: 'base64',
        filters: [
          { dataSize: BigInt(OBLIGATION_SIZE) },
          { memcmp: { offset: 32n, bytes: marketA as never, encoding: 'base58' } },
        ],
        dataSlice: { offset: 64, length: 1 },
        withContext: true,
      })
      .send();
    const expected = f.obligations.filter((_, index) => index % 2 === 0);
    expect(result.context.slot).toBeGreaterThan(0n);
    expect(result.value.map((entry) => entry.pubkey).sort()).toEqual(expected.map((o) => o.address).sort());
    for (const entry of result.value) {
      const source = expected.find((o) => o.address === entry.pubkey);
      expect(Buffer.from(entry.account.data[0], 'base64')).toEqual(Buffer.from([source?.data[64] ?? -1]));
      expect(entry.account.space).toBe(BigInt(OBLIGATION_SIZE));
    }
  });

  it('getProgramAccounts: a base64 memcmp filter selects the same accounts as base58', async () => {
    const [, marketB] = f.markets;
    const bytes = Buffer.from(base58.encode(marketB)).toString('base64');
    const viaBase64 = await rpc
      .getProgramAccounts(address(KLEND), {
        encoding: 'base64',
        filters: [{ memcmp: { offset: 32n, bytes: bytes as never, encoding: 'base64' } }],
        dataSlice: { offset: 0, length: 0 },
      })
      .send();
    expect(viaBase64.map((e) => e.pubkey).sort()).toEqual(
      f.obligations
        .filter((_, index) => index % 2 === 1)
        .map((o) => o.address)
        .sort(),
    );
  });

  it('getBalance, getSlot, getBlockHeight, getEpochInfo, getVersion, getHealth, getGenesisHash agree with the runtime', async () => {
    const { value: balance } = await rpc.getBalance(address(f.wallet.publicKey.toBase58())).send();
    expect(balance).toBe(f.chain.svm.getBalance(f.wallet.publicKey.toBase58() as never));
    const slot = await rpc.getSlot().send();
    expect(slot).toBe(f.chain.svm.getClock().slot);
    expect(await rpc.getBlockHeight().send()).toBe(slot);
    const epochInfo = await rpc.getEpochInfo().send();
    expect(epochInfo.absoluteSlot).toBe(slot);
    expect(epochInfo.epoch).toBe(f.chain.svm.getClock().epoch);
    expect(epochInfo.slotIndex).toBeLessThan(epochInfo.slotsInEpoch);
    expect(await rpc.getVersion().send()).toEqual({ 'solana-core': '4.3.0', 'feature-set': 0 });
    expect(await rpc.getHealth().send()).toBe('ok');
    expect(await rpc.getGenesisHash().send()).toBe(f.server.chain.genesisHash);
  });

  it('getLatestBlockhash / isBlockhashValid / getMinimumBalanceForRentExemption', async () => {
    const value = await latest();
    expect(value.blockhash).toBe(f.chain.svm.latestBlockhash());
    expect(value.lastValidBlockHeight).toBe((await rpc.getBlockHeight().send()) + 150n);
    expect((await rpc.isBlockhashValid(value.blockhash).send()).value).toBe(true);
    const unknown = Keypair.generate().publicKey.toBase58();
    expect((await rpc.isBlockhashValid(unknown as never).send()).value).toBe(false);
    expect(await rpc.getMinimumBalanceForRentExemption(165n).send()).toBe(
      f.chain.svm.minimumBalanceForRentExemption(165n),
    );
  });

  it('getTokenAccountBalance and getTokenAccountsByOwner (jsonParsed, mint and programId filters)', async () => {
    const { value } = await rpc.getTokenAccountBalance(address(f.scaledAta.toBase58())).send();
    expect(value).toEqual({
      amount: SCALED_BALANCE.toString(),
      decimals: SCALED_DECIMALS,
      uiAmount: Number(rawToUiAmount(SCALED_BALANCE, SCALED_DECIMALS, SCALED_MULTIPLIER)),
      uiAmountString: rawToUiAmount(SCALED_BALANCE, SCALED_DECIMALS, SCALED_MULTIPLIER),
    });
    const owner = address(f.wallet.publicKey.toBase58());
    const byProgram = await rpc
      .getTokenAccountsByOwner(
        owner,
        { programId: address(TOKEN_2022_PROGRAM_ID.toBase58()) },
        { encoding: 'jsonParsed' },
      )
      .send();
    expect(byProgram.value.map((entry) => entry.pubkey)).toEqual([f.scaledAta.toBase58()]);
    const byMint = await rpc
      .getTokenAccountsByOwner(owner, { mint: address(f.classicMint.toBase58()) }, { encoding: 'base64' })
      .send();
    expect(byMint.value).toHaveLength(1);
    const raw = Buffer.from(byMint.value[0]?.account.data[0] ?? '', 'base64');
    expect(raw.readBigUInt64LE(64)).toBe(CLASSIC_BALANCE);
  });

  it('requestAirdrop then getSignatureStatuses: finalized, one slot later', async () => {
    const recipient = address(Keypair.generate().publicKey.toBase58());
    const before = await rpc.getSlot().send();
    const sig = await rpc.requestAirdrop(recipient, lamports(5_000_000n)).send();
    expect(await rpc.getSlot().send()).toBe(before + 1n);
    expect((await rpc.getBalance(recipient).send()).value).toBe(5_000_000n);
    const { value } = await rpc.getSignatureStatuses([sig]).send();
    expect(value[0]).toMatchObject({ slot: before, err: null, confirmationStatus: 'finalized', confirmations: null });
  });

  it('simulateTransaction and sendTransaction of a kit-built SystemProgram transfer', async () => {
    const to = Keypair.generate().publicKey;
    const { blockhash, lastValidBlockHeight } = await latest();
    const transfer = SystemProgram.transfer({ fromPubkey: f.wallet.publicKey, toPubkey: to, lamports: 3_000_000 });
    const tx = await buildKitTransaction({
      feePayer: f.wallet,
      instructions: [transfer],
      blockhash,
      lastValidBlockHeight,
    });
    const simulated = await rpc
      .simulateTransaction(tx.wire, {
        encoding: 'base64',
        sigVerify: true,
        accounts: { addresses: [address(to.toBase58())], encoding: 'base64' },
      })
      .send();
    expect(simulated.value.err).toBeNull();
    expect(simulated.value.logs).toContain('Program 11111111111111111111111111111111 success');
    expect(simulated.value.accounts[0]?.lamports).toBe(3_000_000n);
    expect((await rpc.getBalance(address(to.toBase58())).send()).value).toBe(0n);
    const sig = await rpc.sendTransaction(tx.wire, { encoding: 'base64' }).send();
    expect(sig).toBe(tx.signature);
    expect((await rpc.getBalance(address(to.toBase58())).send()).value).toBe(3_000_000n);
  });

  it('a preflight failure surfaces as kit SolanaError -32002 with the logs', async () => {
    const { blockhash, lastValidBlockHeight } = await latest();
    const tx = await buildKitTransaction({
      feePayer: f.wallet,
      instructions: [
        SystemProgram.transfer({
          fromPubkey: f.wallet.publicKey,
          toPubkey: Keypair.generate().publicKey,
          lamports: 1e15,
        }),
      ],
      blockhash,
      lastValidBlockHeight,
    });
    const error = await rpc
      .sendTransaction(tx.wire, { encoding: 'base64' })
      .send()
      .catch((e: unknown) => e);
    expect(isSolanaError(error, SOLANA_ERROR__JSON_RPC__SERVER_ERROR_SEND_TRANSACTION_PREFLIGHT_FAILURE)).toBe(true);
    const context = (error as { context: { logs?: string[] } }).context;
    expect(context.logs?.some((line) => line.includes('insufficient lamports'))).toBe(true);
  });

  it('sendAndConfirmTransactionFactory over the PubSub websocket: a Token-2022 transferChecked', async () => {
    const rpcSubscriptions = createSolanaRpcSubscriptions(f.server.wsUrl);
    const sendAndConfirm = sendAndConfirmTransactionFactory({ rpc, rpcSubscriptions });
    const recipient = Keypair.generate().publicKey;
    const recipientAta = getAssociatedTokenAddressSync(f.scaledMint, recipient, false, TOKEN_2022_PROGRAM_ID);
    const { blockhash, lastValidBlockHeight } = await latest();
    const tx = await buildKitTransaction({
      feePayer: f.wallet,
      instructions: [
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
          1_000n,
          SCALED_DECIMALS,
          [],
          TOKEN_2022_PROGRAM_ID,
        ),
      ],
      blockhash,
      lastValidBlockHeight,
    });
    await sendAndConfirm(tx.transaction as never, { commitment: 'confirmed' });
    const { value } = await rpc.getTokenAccountBalance(address(recipientAta.toBase58())).send();
    expect(value.amount).toBe('1000');
    const statuses = await rpc.getSignatureStatuses([toSignature(tx.signature)]).send();
    expect(statuses.value[0]?.err).toBeNull();
  });

  it('getAccountInfo serves base64+zstd as a valid zstd frame of raw blocks (what klend-sdk asks for)', async () => {
    const obligation = f.obligations[5];
    if (!obligation) return expect.fail('fixture');
    const { value } = await rpc
      .getAccountInfo(address(obligation.address), { encoding: 'base64+zstd', dataSlice: { offset: 0, length: 200 } })
      .send();
    expect(value?.data[1]).toBe('base64+zstd');
    const frame = Buffer.from(value?.data[0] ?? '', 'base64');
    expect(frame.readUInt32LE(0)).toBe(0xfd2fb528); // zstd magic
    expect(frame.readUInt32LE(5)).toBe(200); // content size
    const header = frame.readUIntLE(9, 3);
    expect(header & 1).toBe(1); // last block
    expect((header >> 1) & 3).toBe(0); // raw block
    expect(header >> 3).toBe(200);
    expect(frame.subarray(12)).toEqual(Buffer.from(obligation.data.subarray(0, 200)));
  });
});
