import { Keypair } from '@solana/web3.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type LocalnetFixture, startLocalnetFixture } from './support/localnet-fixture.js';
import { call } from './support/post-raw.js';

/** A minimal JSON-RPC websocket client that records every message. */
class PubSubClient {
  readonly messages: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: unknown) => {
      this.messages.push(JSON.parse(String(data)));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
  static open(url: string): Promise<PubSubClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once('open', () => resolve(new PubSubClient(socket)));
      socket.once('error', reject);
    });
  }
  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }
  async next(predicate: (message: Record<string, unknown>) => boolean, timeoutMs = 2_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message in ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
  close(): void {
    this.socket.close();
  }
}

describe('PubSub websocket: signature and slot subscriptions', () => {
  let f: LocalnetFixture;
  let client: PubSubClient;

  beforeEach(async () => {
    f = await startLocalnetFixture();
    client = await PubSubClient.open(f.server.wsUrl);
  });
  afterEach(async () => {
    client.close();
    await f.close();
  });

  const airdrop = async () =>
    (await call(f.server.url, 'requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000_000])).result as string;

  it('signatureSubscribe on an already processed signature notifies at once, then the subscription is gone', async () => {
    const signature = await airdrop();
    const slot = BigInt((await call(f.server.url, 'getSlot')).result) - 1n;
    client.send({
      jsonrpc: '2.0',
      id: 1,
      method: 'signatureSubscribe',
      params: [signature, { commitment: 'confirmed' }],
    });
    const subscribed = await client.next((m) => m.id === 1);
    const id = subscribed.result as number;
    expect(typeof id).toBe('number');
    const notification = await client.next((m) => m.method === 'signatureNotification');
    expect(notification.params).toEqual({
      result: { context: { apiVersion: '4.3.0', slot: Number(slot) }, value: { err: null } },
      subscription: id,
    });
    client.send({ jsonrpc: '2.0', id: 2, method: 'signatureUnsubscribe', params: [id] });
    expect((await client.next((m) => m.id === 2)).error).toEqual({ code: -32602, message: 'Invalid subscription id.' });
  });

  it('signatureSubscribe before the transaction: one notification when it executes', async () => {
    const wallet = f.wallet;
    const { blockhash } = (await call(f.server.url, 'getLatestBlockhash')).result.value;
    const { wireTransaction, transferTo } = await import('./support/wire.js');
    const tx = wireTransaction({ feePayer: wallet, blockhash, instructions: [transferTo(wallet, 1e6)] });
    client.send({ jsonrpc: '2.0', id: 'sub', method: 'signatureSubscribe', params: [tx.signature] });
    const id = (await client.next((m) => m.id === 'sub')).result;
    await call(f.server.url, 'sendTransaction', [tx.base64, { encoding: 'base64' }]);
    const notification = await client.next((m) => m.method === 'signatureNotification');
    expect(notification.params).toMatchObject({ subscription: id, result: { value: { err: null } } });
  });

  it('slotSubscribe: a notification per executed transaction, until slotUnsubscribe', async () => {
    client.send({ jsonrpc: '2.0', id: 1, method: 'slotSubscribe' });
    const id = (await client.next((m) => m.id === 1)).result;
    const before = (await call(f.server.url, 'getSlot')).result as number;
    await airdrop();
    await airdrop();
    const slots = async () =>
      client.messages
        .filter((m) => m.method === 'slotNotification')
        .map((m) => (m.params as { result: { slot: number } }).result.slot);
    await client.next(
      (m) => m.method === 'slotNotification' && (m.params as { result: { slot: number } }).result.slot === before + 2,
    );
    expect(await slots()).toEqual([before + 1, before + 2]);
    expect(client.messages.find((m) => m.method === 'slotNotification')?.params).toEqual({
      result: { parent: before, root: before + 1, slot: before + 1 },
      subscription: id,
    });
    client.send({ jsonrpc: '2.0', id: 2, method: 'slotUnsubscribe', params: [id] });
    expect((await client.next((m) => m.id === 2)).result).toBe(true);
    await airdrop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await slots()).toHaveLength(2);
  });

  it('garbage and unknown methods get JSON-RPC errors; the connection stays usable', async () => {
    client.send('{not json');
    expect((await client.next((m) => (m.error as { code?: number })?.code === -32700)).id).toBeNull();
    client.send({ jsonrpc: '2.0', id: 5, method: 'accountSubscribe', params: [] });
    expect((await client.next((m) => m.id === 5)).error).toEqual({ code: -32601, message: 'Method not found' });
    client.send({ jsonrpc: '2.0', id: 6, method: 'signatureSubscribe', params: ['nope'] });
    expect((await client.next((m) => m.id === 6)).error).toMatchObject({ code: -32602 });
    client.send({ jsonrpc: '2.0', method: 'ping' });
    client.send({ jsonrpc: '2.0', id: 7, method: 'slotSubscribe' });
    expect(typeof (await client.next((m) => m.id === 7)).result).toBe('number');
  });

  it('the HTTP port accepts the websocket upgrade too; pubsubPort "none" serves PubSub there only', async () => {
    const sameOrigin = await PubSubClient.open(f.server.url.replace('http', 'ws'));
    sameOrigin.send({ jsonrpc: '2.0', id: 1, method: 'slotSubscribe' });
    expect(typeof (await sameOrigin.next((m) => m.id === 1)).result).toBe('number');
    sameOrigin.close();
    const single = await startLocalnetFixture({ pubsubPort: 'none' });
    expect(single.server.wsUrl).toBe(`ws://127.0.0.1:${single.server.port}`);
    const onHttpPort = await PubSubClient.open(single.server.wsUrl);
    onHttpPort.send({ jsonrpc: '2.0', id: 1, method: 'slotSubscribe' });
    expect(typeof (await onHttpPort.next((m) => m.id === 1)).result).toBe('number');
    onHttpPort.close();
    await single.close();
  });
});
