import { request } from 'node:http';
import { Keypair } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredAccount } from '../../../src/localnet/account-store.js';
import {
  KLEND,
  type LocalnetFixture,
  OBLIGATION_SIZE,
  SCOPE,
  startLocalnetFixture,
} from './support/localnet-fixture.js';
import { call } from './support/post-raw.js';

const MANY = 1_500;

describe('getProgramAccounts: filters, slices and the streamed path', () => {
  let f: LocalnetFixture;
  let url: string;
  const many: StoredAccount[] = [];

  beforeAll(async () => {
    f = await startLocalnetFixture();
    url = f.server.url;
    for (let index = 0; index < MANY; index++) {
      const data = new Uint8Array(OBLIGATION_SIZE);
      new DataView(data.buffer).setUint32(100, index, true);
      data[0] = index % 3;
      const account: StoredAccount = {
        address: Keypair.generate().publicKey.toBase58(),
        owner: SCOPE,
        lamports: BigInt(index),
        data,
        executable: false,
        rentEpoch: 0n,
      };
      f.store.set(account);
      many.push(account);
    }
  });
  afterAll(async () => f.close());

  it('a result over 1 MiB is streamed (chunked) and is byte-exact valid JSON with every account', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 9,
      method: 'getProgramAccounts',
      params: [SCOPE, { encoding: 'base64' }],
    });
    const { headers, text } = await new Promise<{ headers: Record<string, unknown>; text: string }>(
      (resolve, reject) => {
        const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end(body);
      },
    );
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(headers['content-length']).toBeUndefined();
    const reply = JSON.parse(text);
    expect(reply.id).toBe(9);
    const byAddress = new Map(many.map((a) => [a.address, a]));
    expect(reply.result).toHaveLength(MANY + 1);
    for (const { pubkey, account } of reply.result) {
      const source = byAddress.get(pubkey);
      if (source === undefined) continue;
      expect(account.lamports).toBe(Number(source.lamports));
      expect(account.data[0]).toBe(Buffer.from(source.data).toString('base64'));
    }
  });

  it('memcmp at a u32 field, dataSize, dataSlice: the same selection a filter over the source gives', async () => {
    const needle = Buffer.alloc(4);
    needle.writeUInt32LE(777);
    const reply = await call(url, 'getProgramAccounts', [
      SCOPE,
      {
        encoding: 'base64',
        filters: [
          { dataSize: OBLIGATION_SIZE },
          { memcmp: { offset: 100, bytes: needle.toString('base64'), encoding: 'base64' } },
        ],
        dataSlice: { offset: 100, length: 4 },
      },
    ]);
    expect(reply.result).toEqual([
      {
        pubkey: many[777]?.address,
        account: {
          lamports: 777,
          data: [needle.toString('base64'), 'base64'],
          owner: SCOPE,
          executable: false,
          rentEpoch: 0,
          space: OBLIGATION_SIZE,
        },
      },
    ]);
    const byFirstByte = await call(url, 'getProgramAccounts', [
      SCOPE,
      { encoding: 'base64', filters: [{ memcmp: { offset: 0, bytes: '2' } }], dataSlice: { offset: 0, length: 0 } },
    ]);
    expect(byFirstByte.result).toHaveLength(many.filter((a) => a.data[0] === 1).length);
  });

  it('a memcmp past the end of the data or a dataSize mismatch selects nothing; a slice past the end is empty', async () => {
    const past = await call(url, 'getProgramAccounts', [
      KLEND,
      {
        encoding: 'base64',
        filters: [{ memcmp: { offset: OBLIGATION_SIZE, bytes: '2' } }, { dataSize: OBLIGATION_SIZE }],
      },
    ]);
    expect(past.result).toEqual([]);
    const sliced = await call(url, 'getProgramAccounts', [
      KLEND,
      { encoding: 'base64', filters: [{ dataSize: OBLIGATION_SIZE }], dataSlice: { offset: 99_999, length: 10 } },
    ]);
    expect(sliced.result).toHaveLength(f.obligations.length);
    expect(sliced.result.every((entry: { account: { data: string[] } }) => entry.account.data[0] === '')).toBe(true);
  });

  it('runtime-owned programs are read from LiteSVM: Token-2022 accounts with tokenAccountState', async () => {
    const reply = await call(url, 'getProgramAccounts', [
      'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb',
      { encoding: 'base64', filters: [{ tokenAccountState: {} }], withContext: true },
    ]);
    expect(reply.result.context.slot).toBeGreaterThan(0);
    expect(reply.result.value.map((entry: { pubkey: string }) => entry.pubkey)).toEqual([f.scaledAta.toBase58()]);
  });

  it('an empty program answers [] and with context { context, value: [] }', async () => {
    const empty = Keypair.generate().publicKey.toBase58();
    expect((await call(url, 'getProgramAccounts', [empty, { encoding: 'base64' }])).result).toEqual([]);
    expect(
      (await call(url, 'getProgramAccounts', [empty, { encoding: 'base64', withContext: true }])).result.value,
    ).toEqual([]);
  });
});
