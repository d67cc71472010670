import {
  createAmountToUiAmountInstruction,
  createAssociatedTokenAccountIdempotentInstruction,
  getAssociatedTokenAddressSync,
  TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TransactionEvent } from '../../../src/localnet/rpc/index.js';
import { KLEND, type LocalnetFixture, startLocalnetFixture } from './support/localnet-fixture.js';
import { call } from './support/post-raw.js';
import { transferTo, wireTransaction } from './support/wire.js';

describe('transactions over raw JSON-RPC: shapes, errors, slots and blockhashes', () => {
  let f: LocalnetFixture;
  let events: TransactionEvent[];
  let url: string;

  beforeEach(async () => {
    events = [];
    f = await startLocalnetFixture({ onTransaction: (event) => events.push(event) });
    url = f.server.url;
  });
  afterEach(async () => f.close());

  const latestBlockhash = async (): Promise<{ blockhash: string; lastValidBlockHeight: number }> =>
    (await call(url, 'getLatestBlockhash')).result.value;
  const slot = async (): Promise<number> => (await call(url, 'getSlot')).result;
  const send = (base64: string, config: Record<string, unknown> = {}) =>
    call(url, 'sendTransaction', [base64, { encoding: 'base64', ...config }]);

  it('every executed transaction moves one slot and rotates the blockhash; the hook sees it', async () => {
    const before = await slot();
    const first = await latestBlockhash();
    expect(first.lastValidBlockHeight).toBe(before + 150);
    const tx = wireTransaction({
      feePayer: f.wallet,
      blockhash: first.blockhash,
      instructions: [transferTo(f.wallet, 1e6)],
    });
    const reply = await send(tx.base64);
    expect(reply.result).toBe(tx.signature);
    expect(await slot()).toBe(before + 1);
    const second = await latestBlockhash();
    expect(second.blockhash).not.toBe(first.blockhash);
    expect(second.lastValidBlockHeight).toBe(before + 1 + 150);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'transaction', signature: tx.signature, slot: BigInt(before), err: null });
    const status = (await call(url, 'getSignatureStatuses', [[tx.signature]])).result.value[0];
    expect(status).toEqual({
      slot: before,
      confirmations: null,
      status: { Ok: null },
      err: null,
      confirmationStatus: 'finalized',
    });
    expect((await call(url, 'getEpochInfo')).result.transactionCount).toBe(1);
  });

  it('a blockhash stays usable for 150 blocks after newer ones appear, then is refused', async () => {
    const { blockhash } = await latestBlockhash();
    for (let i = 0; i < 3; i++) {
      const tx = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [transferTo(f.wallet, 1e6 + i)] });
      expect((await send(tx.base64)).result).toBe(tx.signature);
    }
    expect((await call(url, 'isBlockhashValid', [blockhash])).result.value).toBe(true);
    const issuedAt = BigInt((await slot()) - 3);
    f.chain.svm.warpToSlot(issuedAt + 151n);
    expect((await call(url, 'isBlockhashValid', [blockhash])).result.value).toBe(false);
    const late = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [transferTo(f.wallet, 2e6)] });
    const refused = await send(late.base64);
    expect(refused.error?.code).toBe(-32002);
    expect(refused.error?.message).toBe('Transaction simulation failed: Blockhash not found');
    expect(refused.error?.data).toMatchObject({ err: 'BlockhashNotFound' });
    const fresh = await latestBlockhash();
    expect(fresh.lastValidBlockHeight).toBe(Number(issuedAt) + 3 + 150);
  });

  it('preflight failure: -32002 with the runtime message, err, logs, unitsConsumed; nothing executes', async () => {
    const before = await slot();
    const balance = (await call(url, 'getBalance', [f.wallet.publicKey.toBase58()])).result.value;
    const { blockhash } = await latestBlockhash();
    const tx = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [transferTo(f.wallet, 1e15)] });
    const reply = await send(tx.base64);
    expect(reply.error?.code).toBe(-32002);
    expect(reply.error?.message).toBe(
      'Transaction simulation failed: Error processing Instruction 0: custom program error: 0x1',
    );
    const data = reply.error?.data as Record<string, unknown>;
    expect(data.err).toEqual({ InstructionError: [0, { Custom: 1 }] });
    expect(data.logs).toContain('Program 11111111111111111111111111111111 failed: custom program error: 0x1');
    expect(data.unitsConsumed).toBeGreaterThan(0);
    expect(data).toMatchObject({ accounts: null, returnData: null });
    expect(await slot()).toBe(before);
    expect((await call(url, 'getBalance', [f.wallet.publicKey.toBase58()])).result.value).toBe(balance);
    expect((await call(url, 'getSignatureStatuses', [[tx.signature]])).result.value).toEqual([null]);
  });

  it('skipPreflight: the signature comes back, the fee is charged and the failure is in getSignatureStatuses', async () => {
    const before = await slot();
    const balance = (await call(url, 'getBalance', [f.wallet.publicKey.toBase58()])).result.value;
    const { blockhash } = await latestBlockhash();
    const tx = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [transferTo(f.wallet, 1e15)] });
    expect((await send(tx.base64, { skipPreflight: true })).result).toBe(tx.signature);
    expect(await slot()).toBe(before + 1);
    expect((await call(url, 'getBalance', [f.wallet.publicKey.toBase58()])).result.value).toBe(balance - 5000);
    const status = (await call(url, 'getSignatureStatuses', [[tx.signature]])).result.value[0];
    expect(status).toMatchObject({
      slot: before,
      err: { InstructionError: [0, { Custom: 1 }] },
      status: { Err: { InstructionError: [0, { Custom: 1 }] } },
    });
    expect(events[0]?.err).toEqual({ InstructionError: [0, { Custom: 1 }] });
  });

  it('resending a processed transaction: -32002 AlreadyProcessed with preflight, same signature without', async () => {
    const { blockhash } = await latestBlockhash();
    const tx = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [transferTo(f.wallet, 1e6)] });
    await send(tx.base64);
    const after = await slot();
    const again = await send(tx.base64);
    expect(again.error?.code).toBe(-32002);
    expect(again.error?.message).toBe('Transaction simulation failed: This transaction has already been processed');
    expect((await send(tx.base64, { skipPreflight: true })).result).toBe(tx.signature);
    expect(await slot()).toBe(after);
  });

  it('a transaction calling klend (not deployed) fails fast with the runtime error, with or without preflight', async () => {
    const { blockhash } = await latestBlockhash();
    const instruction = new TransactionInstruction({
      programId: new PublicKey(KLEND),
      keys: [],
      data: Buffer.from([7]),
    });
    const tx = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [instruction] });
    const started = performance.now();
    const reply = await send(tx.base64);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(reply.error?.code).toBe(-32002);
    expect(reply.error?.data).toMatchObject({ err: 'InvalidProgramForExecution', logs: [] });
    expect(reply.error?.message).toBe(
      'Transaction simulation failed: This program may not be used for executing instructions',
    );
    expect((await send(tx.base64, { skipPreflight: true })).result).toBe(tx.signature);
    const status = (await call(url, 'getSignatureStatuses', [[tx.signature]])).result.value[0];
    expect(status.err).toBe('InvalidProgramForExecution');
  });

  it('signatures: a tampered signature is -32003; an unsigned transaction is -32003 for send, fine to simulate', async () => {
    const { blockhash } = await latestBlockhash();
    const tx = wireTransaction({ feePayer: f.wallet, blockhash, instructions: [transferTo(f.wallet, 1e6)] });
    const bytes = Buffer.from(tx.base64, 'base64');
    bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    const tampered = await send(bytes.toString('base64'));
    expect(tampered.error).toEqual({ code: -32003, message: 'Transaction signature verification failure' });
    const unsigned = wireTransaction({
      feePayer: f.wallet,
      blockhash,
      instructions: [transferTo(f.wallet, 1e6)],
      sign: false,
    });
    expect((await send(unsigned.base64)).error?.code).toBe(-32003);
    const simulated = await call(url, 'simulateTransaction', [unsigned.base64, { encoding: 'base64' }]);
    expect(simulated.result.value.err).toBeNull();
    const verified = await call(url, 'simulateTransaction', [unsigned.base64, { encoding: 'base64', sigVerify: true }]);
    expect(verified.error?.code).toBe(-32003);
  });

  it('simulateTransaction: replaceRecentBlockhash, accounts, innerInstructions, base58 default encoding', async () => {
    const stale = Keypair.generate().publicKey.toBase58();
    const to = Keypair.generate().publicKey;
    const tx = wireTransaction({ feePayer: f.wallet, blockhash: stale, instructions: [transferTo(f.wallet, 7e6, to)] });
    const refused = await call(url, 'simulateTransaction', [tx.base64, { encoding: 'base64' }]);
    expect(refused.result.value.err).toBe('BlockhashNotFound');
    const replaced = await call(url, 'simulateTransaction', [
      tx.base64,
      {
        encoding: 'base64',
        replaceRecentBlockhash: true,
        accounts: { addresses: [to.toBase58(), Keypair.generate().publicKey.toBase58()], encoding: 'base64' },
        innerInstructions: true,
      },
    ]);
    const value = replaced.result.value;
    expect(value.err).toBeNull();
    expect(value.replacementBlockhash).toEqual(await latestBlockhash());
    expect(value.accounts[0]).toMatchObject({ lamports: 7e6, owner: '11111111111111111111111111111111' });
    expect(value.accounts[1]).toBeNull();
    expect(value.innerInstructions).toEqual([]);
    const both = await call(url, 'simulateTransaction', [
      tx.base64,
      { encoding: 'base64', replaceRecentBlockhash: true, sigVerify: true },
    ]);
    expect(both.error?.code).toBe(-32602);
    const base58 = await call(url, 'simulateTransaction', [Buffer.from(tx.base64, 'base64').toString('hex')]);
    expect(base58.error?.code).toBe(-32602);
  });

  it('simulateTransaction: return data of Token-2022 AmountToUiAmount; inner instructions of an ATA creation', async () => {
    const { blockhash } = await latestBlockhash();
    const amount = wireTransaction({
      feePayer: f.wallet,
      blockhash,
      instructions: [createAmountToUiAmountInstruction(f.scaledMint, 123_456_789n, TOKEN_2022_PROGRAM_ID)],
    });
    const returned = (await call(url, 'simulateTransaction', [amount.base64, { encoding: 'base64' }])).result.value;
    expect(returned.returnData).toEqual({
      programId: TOKEN_2022_PROGRAM_ID.toBase58(),
      data: [Buffer.from('1.85185183').toString('base64'), 'base64'],
    });
    const owner = Keypair.generate().publicKey;
    const ata = getAssociatedTokenAddressSync(f.scaledMint, owner, false, TOKEN_2022_PROGRAM_ID);
    const create = wireTransaction({
      feePayer: f.wallet,
      blockhash,
      instructions: [
        createAssociatedTokenAccountIdempotentInstruction(
          f.wallet.publicKey,
          ata,
          owner,
          f.scaledMint,
          TOKEN_2022_PROGRAM_ID,
        ),
      ],
    });
    const simulated = (
      await call(url, 'simulateTransaction', [create.base64, { encoding: 'base64', innerInstructions: true }])
    ).result.value;
    expect(simulated.err).toBeNull();
    expect(simulated.innerInstructions).toHaveLength(1);
    expect(simulated.innerInstructions[0].index).toBe(0);
    const inner = simulated.innerInstructions[0].instructions;
    expect(inner.length).toBeGreaterThan(1);
    expect(inner.every((ix: { stackHeight: number }) => ix.stackHeight === 2)).toBe(true);
    expect(typeof inner[0].data).toBe('string');
  });

  it('requestAirdrop: signature status, one slot, the airdrop event', async () => {
    const before = await slot();
    const recipient = Keypair.generate().publicKey.toBase58();
    const reply = await call(url, 'requestAirdrop', [recipient, 1_000_000]);
    expect(typeof reply.result).toBe('string');
    expect(await slot()).toBe(before + 1);
    expect((await call(url, 'getBalance', [recipient])).result.value).toBe(1_000_000);
    const tooSmall = await call(url, 'requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000]);
    expect(tooSmall.error?.message).toBe(
      'airdrop request failed: Transaction results in an account (1) with insufficient funds for rent',
    );
    expect(await slot()).toBe(before + 1);
    expect(events.map((e) => e.kind)).toEqual(['airdrop']);
  });

  it('advanceSlot: false keeps the slot (and blockhash) fixed', async () => {
    await f.close();
    f = await startLocalnetFixture({ advanceSlot: false });
    url = f.server.url;
    const before = await slot();
    const { blockhash } = await latestBlockhash();
    expect((await call(url, 'requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1e6])).result).toBeTypeOf(
      'string',
    );
    expect(await slot()).toBe(before);
    expect((await latestBlockhash()).blockhash).toBe(blockhash);
  });

  it('minContextSlot ahead of the chain answers -32016 with the context slot', async () => {
    const current = await slot();
    const reply = await call(url, 'getBalance', [f.wallet.publicKey.toBase58(), { minContextSlot: current + 5 }]);
    expect(reply.error).toEqual({
      code: -32016,
      message: 'Minimum context slot has not been reached',
      data: { contextSlot: current },
    });
    expect(
      (await call(url, 'getBalance', [f.wallet.publicKey.toBase58(), { minContextSlot: current }])).result,
    ).toBeDefined();
  });
});
