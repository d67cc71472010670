import { request } from 'node:http';
import { Keypair } from '@solana/web3.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KLEND, type LocalnetFixture, PYTH_RECEIVER, startLocalnetFixture } from './support/localnet-fixture.js';
import { call, postJson, sendRaw } from './support/post-raw.js';

const METHODS = [
  'getAccountInfo',
  'getBalance',
  'getBlockHeight',
  'getEpochInfo',
  'getGenesisHash',
  'getHealth',
  'getLatestBlockhash',
  'getMinimumBalanceForRentExemption',
  'getMultipleAccounts',
  'getProgramAccounts',
  'getSignatureStatuses',
  'getSlot',
  'getTokenAccountBalance',
  'getTokenAccountsByOwner',
  'getVersion',
  'isBlockhashValid',
  'requestAirdrop',
  'sendTransaction',
  'simulateTransaction',
];
/** Every code a well-formed answer may carry; -32603 (internal error) would be a server bug. */
const EXPECTED_CODES = new Set([-32700, -32600, -32601, -32602, -32002, -32003, -32016]);
const STREAMED_ACCOUNTS = 400;

function expectWellFormed(body: unknown): void {
  const responses = Array.isArray(body) ? body : [body];
  for (const response of responses) {
    expect(response).toMatchObject({ jsonrpc: '2.0' });
    const { result, error } = response as { result?: unknown; error?: { code: number; message: string } };
    expect((result === undefined) !== (error === undefined)).toBe(true);
    if (error !== undefined) {
      expect(EXPECTED_CODES.has(error.code), `${error.code} ${error.message}`).toBe(true);
      expect(typeof error.message).toBe('string');
    }
  }
}

describe('the server under hostile input', () => {
  let f: LocalnetFixture;
  let url: string;

  beforeAll(async () => {
    f = await startLocalnetFixture();
    url = f.server.url;
    for (let index = 0; index < STREAMED_ACCOUNTS; index++) {
      f.store.set({
        address: Keypair.generate().publicKey.toBase58(),
        owner: PYTH_RECEIVER,
        lamports: 1n,
        data: new Uint8Array(3344).fill(index & 0xff),
        executable: false,
        rentEpoch: 0n,
      });
    }
  });
  afterAll(async () => f.close());

  const healthy = async () => expect((await call(url, 'getHealth')).result).toBe('ok');

  it('malformed JSON is -32700 with id null; invalid request objects are -32600', async () => {
    expect((await postJson(url, '{"jsonrpc":"2.0",')).json).toEqual({
      jsonrpc: '2.0',
      error: { code: -32700, message: 'Parse error' },
      id: null,
    });
    const invalid = [
      42,
      'x',
      null,
      {},
      { jsonrpc: '1.0', id: 1, method: 'getSlot' },
      { jsonrpc: '2.0', id: 1, method: 7 },
    ];
    for (const body of invalid) {
      const { json } = await postJson(url, JSON.stringify(body));
      expect((json as { error: { code: number } }).error.code).toBe(-32600);
    }
    const badId = (await postJson(url, { jsonrpc: '2.0', id: { a: 1 }, method: 'getSlot' })).json;
    expect(badId).toMatchObject({ error: { code: -32600 }, id: null });
    const badParams = (await postJson(url, { jsonrpc: '2.0', id: 3, method: 'getSlot', params: 'x' })).json;
    expect(badParams).toMatchObject({ error: { code: -32600 }, id: 3 });
  });

  it('unknown methods, including prototype names, are -32601', async () => {
    for (const method of ['getFoo', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '']) {
      expect((await call(url, method, [], 'x')).error).toEqual({ code: -32601, message: 'Method not found' });
    }
  });

  it('wrong parameter types and values are -32602 with a message naming the problem', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['getAccountInfo', [], /expected 1 to 2 positional parameters/],
      ['getAccountInfo', [123], /account address must be a base58 string/],
      ['getAccountInfo', ['not-base58!'], /not a valid base58 public key/],
      ['getAccountInfo', [KLEND, 'base64'], /expected a config object/],
      ['getAccountInfo', [KLEND, { encoding: 'hex' }], /unknown encoding/],
      ['getAccountInfo', [KLEND, { dataSlice: { offset: -1, length: 1 } }], /dataSlice.offset/],
      ['getBalance', [{}], /must be a base58 string/],
      ['getBalance', [KLEND, { commitment: 'eventually' }], /unknown commitment/],
      ['getMultipleAccounts', ['x'], /expected an array of addresses/],
      ['getProgramAccounts', [KLEND, { filters: 'x' }], /filters must be an array/],
      ['getProgramAccounts', [KLEND, { filters: [{ memcmp: { offset: -1, bytes: '' } }] }], /memcmp.offset/],
      ['getProgramAccounts', [KLEND, { filters: [{ memcmp: { offset: 0, bytes: '0OIl' } }] }], /not valid base58/],
      [
        'getProgramAccounts',
        [KLEND, { filters: [{ memcmp: { offset: 0, bytes: 'AA', encoding: 'base64' } }] }],
        /not valid base64/,
      ],
      [
        'getProgramAccounts',
        [KLEND, { filters: [{ dataSize: 1 }, { dataSize: 1 }, { dataSize: 1 }, { dataSize: 1 }, { dataSize: 1 }] }],
        /Too many filters provided; max 4/,
      ],
      ['getProgramAccounts', [KLEND, { filters: [{ dataSize: 1, memcmp: {} }] }], /exactly one of/],
      ['getMinimumBalanceForRentExemption', ['165'], /must be an integer/],
      ['requestAirdrop', [KLEND, -1], /lamports must be between/],
      ['sendTransaction', ['!!!'], /invalid base58 encoding/],
      ['sendTransaction', ['AAAA', { encoding: 'base64' }], /failed to deserialize/],
      ['sendTransaction', ['A'.repeat(2000), { encoding: 'base64' }], /too large/],
      ['simulateTransaction', ['AAAA', { encoding: 'hex' }], /unsupported transaction encoding/],
      ['getSignatureStatuses', [['abc']], /not a 64-byte signature/],
      ['isBlockhashValid', [12], /blockhash must be a base58 32-byte hash/],
      ['getVersion', [1], /invalid length 1/],
    ];
    for (const [method, params, message] of cases) {
      const reply = await call(url, method, params);
      expect(reply.error?.code, `${method} ${JSON.stringify(params)}`).toBe(-32602);
      expect(reply.error?.message).toMatch(message);
    }
  });

  it('huge ranges are refused by limit: 10,000 keys to getMultipleAccounts, 257 signatures', async () => {
    const keys = Array.from({ length: 10_000 }, () => KLEND);
    const reply = await call(url, 'getMultipleAccounts', [keys]);
    expect(reply.error).toEqual({ code: -32602, message: 'Invalid params: Too many inputs provided; max 100' });
    const signatures = Array.from({ length: 257 }, () => '1'.repeat(64));
    expect((await call(url, 'getSignatureStatuses', [signatures])).error?.message).toMatch(/max 256/);
    await healthy();
  });

  it('base58 of more than 128 bytes is -32600, as on Solana', async () => {
    const reply = await call(url, 'getProgramAccounts', [KLEND, { encoding: 'base58' }]);
    expect(reply.error).toEqual({
      code: -32600,
      message: 'Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.',
    });
    const small = await call(url, 'getProgramAccounts', [
      KLEND,
      { encoding: 'base58', dataSlice: { offset: 0, length: 8 }, filters: [{ dataSize: 3344 }] },
    ]);
    expect(small.result).toHaveLength(f.obligations.length);
  });

  it('an oversize body is refused with 413 and a JSON-RPC error, declared or chunked; the server keeps answering', async () => {
    const huge = `{"jsonrpc":"2.0","id":1,"method":"getSlot","params":["${'x'.repeat(2 << 20)}"]}`;
    const declared = await sendRaw(url, huge);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toMatchObject({ error: { code: -32600 }, id: null });
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 40; i++) req.write('x'.repeat(64 * 1024));
      req.end();
    });
    expect(chunked).toBe(413);
    await healthy();
  });

  it('HTTP methods: GET is 405, OPTIONS is a CORS preflight', async () => {
    const get = await sendRaw(url, null, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST, OPTIONS');
    expect(JSON.parse(get.text)).toMatchObject({ error: { code: -32600 } });
    const options = await sendRaw(url, null, {
      method: 'OPTIONS',
      headers: { 'access-control-request-headers': 'content-type, solana-client' },
    });
    expect(options.status).toBe(204);
    expect(options.headers['access-control-allow-origin']).toBe('*');
    expect(options.headers['access-control-allow-headers']).toBe('content-type, solana-client');
  });

  it('batches: answers in order, errors in place, empty batch refused, notifications unanswered', async () => {
    const { json } = await postJson(url, [
      { jsonrpc: '2.0', id: 'a', method: 'getHealth' },
      { jsonrpc: '2.0', id: 'b', method: 'nope' },
      { jsonrpc: '2.0', method: 'getSlot' },
      7,
      { jsonrpc: '2.0', id: 'c', method: 'getBalance', params: [KLEND] },
    ]);
    const answers = json as { id: string | null; result?: unknown; error?: { code: number } }[];
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', null, 'c']);
    expect(answers[0]?.result).toBe('ok');
    expect(answers[1]?.error?.code).toBe(-32601);
    expect(answers[2]?.error?.code).toBe(-32600);
    expect(answers[3]?.result).toMatchObject({ value: 0 });
    expect((await postJson(url, [])).json).toMatchObject({ error: { code: -32600 } });
    const notifications = await sendRaw(url, JSON.stringify([{ jsonrpc: '2.0', method: 'getSlot' }]));
    expect(notifications.status).toBe(204);
    expect(notifications.text).toBe('');
  });

  it('hundreds of concurrent requests all get the right answer', async () => {
    const obligation = f.obligations[5];
    if (!obligation) return expect.fail('fixture');
    const replies = await Promise.all(
      Array.from({ length: 400 }, (_, index) => {
        switch (index % 4) {
          case 0:
            return call(url, 'getAccountInfo', [obligation.address, { encoding: 'base64' }], index);
          case 1:
            return call(
              url,
              'getProgramAccounts',
              [KLEND, { encoding: 'base64', filters: [{ dataSize: 3344 }], dataSlice: { offset: 0, length: 0 } }],
              index,
            );
          case 2:
            return call(url, 'requestAirdrop', [Keypair.generate().publicKey.toBase58(), 1_000_000], index);
          default:
            return call(url, 'getBalance', [f.wallet.publicKey.toBase58()], index);
        }
      }),
    );
    replies.forEach((reply, index) => {
      expect(reply.id).toBe(index);
      expect(reply.error).toBeUndefined();
      if (index % 4 === 0) expect(reply.result.value.data[0]).toBe(Buffer.from(obligation.data).toString('base64'));
      if (index % 4 === 1) expect(reply.result).toHaveLength(f.obligations.length);
      if (index % 4 === 2) expect(typeof reply.result).toBe('string');
    });
    const statuses = await call(url, 'getSignatureStatuses', [
      replies
        .filter((_, index) => index % 4 === 2)
        .slice(0, 100)
        .map((reply) => reply.result),
    ]);
    expect(statuses.result.value.every((status: { err: unknown } | null) => status?.err === null)).toBe(true);
  });

  it('a client that disconnects mid-stream does not disturb the server; the next full read is intact', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'getProgramAccounts',
      params: [PYTH_RECEIVER, { encoding: 'base64' }],
    });
    const firstChunk = await new Promise<number>((resolve, reject) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        expect(res.headers['transfer-encoding']).toBe('chunked');
        res.once('data', (chunk: Buffer) => {
          req.destroy();
          resolve(chunk.length);
        });
      });
      req.on('error', () => undefined);
      req.on('close', () => resolve(-1));
      req.end(body);
      req.on('error', reject);
    });
    expect(firstChunk).toBeGreaterThan(0);
    const full = await call(url, 'getProgramAccounts', [PYTH_RECEIVER, { encoding: 'base64' }]);
    expect(full.result).toHaveLength(STREAMED_ACCOUNTS);
    await healthy();
  });

  it('random bodies (bytes, text, JSON) never break the server (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
          fc.string({ maxLength: 256 }),
          fc.json({ maxDepth: 4 }),
        ),
        async (body) => {
          const response = await sendRaw(url, body);
          expect([200, 204]).toContain(response.status);
          if (response.status === 200) expectWellFormed(JSON.parse(response.text));
        },
      ),
      { numRuns: 300 },
    );
    await healthy();
  });

  it('random parameters for every method never cause an internal error (fast-check)', async () => {
    const address = fc.constantFrom(
      KLEND,
      f.wallet.publicKey.toBase58(),
      f.scaledAta.toBase58(),
      f.scaledMint.toBase58(),
    );
    const config = fc.record(
      {
        encoding: fc.constantFrom('base64', 'base58', 'binary', 'jsonParsed', 'base64+zstd', 'x'),
        dataSlice: fc.oneof(fc.record({ offset: fc.nat(4000), length: fc.nat(4000) }), fc.jsonValue()),
        filters: fc.oneof(
          fc.array(
            fc.oneof(
              fc.record({ dataSize: fc.nat(4000) }),
              fc.record({
                memcmp: fc.record({
                  offset: fc.integer(),
                  bytes: fc.string(),
                  encoding: fc.constantFrom('base58', 'base64'),
                }),
              }),
            ),
            { maxLength: 5 },
          ),
          fc.jsonValue(),
        ),
        commitment: fc.constantFrom('processed', 'confirmed', 'finalized', 'bogus'),
        minContextSlot: fc.oneof(fc.nat(), fc.jsonValue()),
        withContext: fc.jsonValue(),
        skipPreflight: fc.boolean(),
        sigVerify: fc.boolean(),
        replaceRecentBlockhash: fc.boolean(),
        mint: address,
        programId: fc.oneof(address, fc.constant('TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb')),
      },
      { requiredKeys: [] },
    );
    const param = fc.oneof(
      fc.jsonValue(),
      address,
      config,
      fc.array(address, { maxLength: 3 }),
      fc.nat(),
      fc.base64String(),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), fc.array(param, { maxLength: 4 }), async (method, params) => {
        const { status, json } = await postJson(url, { jsonrpc: '2.0', id: 1, method, params });
        expect(status).toBe(200);
        expectWellFormed(json);
      }),
      { numRuns: 400 },
    );
    await healthy();
  });
});
