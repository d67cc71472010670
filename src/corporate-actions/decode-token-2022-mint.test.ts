import { PublicKey } from '@solana/web3.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeToken2022Mint, type MintFixtureExtension } from '../../test/corporate-actions/encode-token-2022-mint.js';
import { expectXStockLendError } from '../../test/support/expect-xstock-lend-error.js';
import { decodeToken2022Mint } from './decode-token-2022-mint.js';

const AUTHORITY = 'Xs3LFFUJ4Jd4hE5nQK3tHMpNwJc4ZbLFbAGi1DB7uKR';
const DELEGATE = '5wJeMrUYECGq41fxRESKALVcHnNX26TAWy4W98yULsua';
const MINT = 'XsDoVfqeBukxuZHWhdvWHBhgEHjGNst4MLodqsJHzoB';

const scaled: MintFixtureExtension = {
  kind: 'ScaledUiAmount',
  authority: AUTHORITY,
  multiplier: 1.0025,
  newMultiplier: 3.0075,
  newMultiplierEffectiveTimestamp: 1_780_272_000n,
};
const transferFee: MintFixtureExtension = {
  kind: 'TransferFeeConfig',
  transferFeeConfigAuthority: AUTHORITY,
  withdrawWithheldAuthority: null,
  withheldAmount: 12n,
  olderTransferFee: { epoch: 700n, maximumFee: 10n, transferFeeBasisPoints: 100 },
  newerTransferFee: { epoch: 800n, maximumFee: 5_000n, transferFeeBasisPoints: 1 },
};
const xStockLike: MintFixtureExtension[] = [
  { kind: 'MetadataPointer', authority: AUTHORITY, metadataAddress: MINT },
  { kind: 'PermanentDelegate', delegate: DELEGATE },
  { kind: 'Pausable', authority: AUTHORITY, paused: true },
  transferFee,
  scaled,
];

describe('decodeToken2022Mint', () => {
  it('decodes an 82-byte mint without extensions', () => {
    const data = encodeToken2022Mint({ mintAuthority: AUTHORITY, supply: 123n, decimals: 8, freezeAuthority: null });
    expect(data.length).toBe(82);
    expect(decodeToken2022Mint(data)).toEqual({
      mintAuthority: AUTHORITY,
      supply: 123n,
      decimals: 8,
      isInitialized: true,
      freezeAuthority: null,
      extensions: [],
      scaledUiAmount: null,
      transferFeeConfig: null,
      pausable: null,
      permanentDelegate: null,
      metadataPointer: null,
    });
  });

  it('walks an xStock-like TLV list and decodes what a lender needs', () => {
    const data = encodeToken2022Mint({ freezeAuthority: DELEGATE, decimals: 8, extensions: xStockLike });
    const mint = decodeToken2022Mint(data);
    expect(mint.freezeAuthority).toBe(DELEGATE);
    expect(mint.mintAuthority).toBeNull();
    expect(mint.extensions.map((entry) => [entry.type, entry.name, entry.length])).toEqual([
      [18, 'MetadataPointer', 64],
      [12, 'PermanentDelegate', 32],
      [26, 'Pausable', 33],
      [1, 'TransferFeeConfig', 108],
      [25, 'ScaledUiAmount', 56],
    ]);
    expect(mint.extensions[0]?.offset).toBe(170);
    expect(mint.metadataPointer).toEqual({ authority: AUTHORITY, metadataAddress: MINT });
    expect(mint.permanentDelegate).toEqual({ delegate: DELEGATE });
    expect(mint.pausable).toEqual({ authority: AUTHORITY, paused: true });
    expect(mint.transferFeeConfig).toEqual({
      transferFeeConfigAuthority: AUTHORITY,
      withdrawWithheldAuthority: null,
      withheldAmount: 12n,
      olderTransferFee: { epoch: 700n, maximumFee: 10n, transferFeeBasisPoints: 100 },
      newerTransferFee: { epoch: 800n, maximumFee: 5_000n, transferFeeBasisPoints: 1 },
    });
    expect(mint.scaledUiAmount).toEqual({
      authority: AUTHORITY,
      multiplier: 1.0025,
      newMultiplier: 3.0075,
      newMultiplierEffectiveTimestamp: 1_780_272_000n,
    });
  });

  it('lists unknown and undecoded extension types without rejecting them', () => {
    const data = encodeToken2022Mint({
      extensions: [
        { kind: 'Raw', extensionType: 999, value: new Uint8Array([1, 2, 3]) },
        { kind: 'Raw', extensionType: 3, value: new Uint8Array(32) },
        scaled,
      ],
    });
    const mint = decodeToken2022Mint(data);
    expect(mint.extensions.map((entry) => entry.name)).toEqual([
      'Unknown(999)',
      'MintCloseAuthority',
      'ScaledUiAmount',
    ]);
    expect(mint.scaledUiAmount?.newMultiplier).toBe(3.0075);
  });

  it('stops at an Uninitialized entry and ignores what follows, and accepts one trailing byte', () => {
    const garbage = new Uint8Array([0, 0, 0xff, 0xff, 0xff, 0xff, 9]);
    const stopped = decodeToken2022Mint(encodeToken2022Mint({ extensions: [scaled], trailing: garbage }));
    expect(stopped.extensions).toHaveLength(1);
    const oneByte = decodeToken2022Mint(encodeToken2022Mint({ extensions: [scaled], trailing: new Uint8Array([7]) }));
    expect(oneByte.extensions).toHaveLength(1);
    const emptyList = decodeToken2022Mint(encodeToken2022Mint({ extensions: [] }));
    expect(emptyList.extensions).toEqual([]);
  });

  it('keeps the first of duplicated entries, as the program does', () => {
    const second = { ...scaled, multiplier: 7, newMultiplier: 7 } as MintFixtureExtension;
    const mint = decodeToken2022Mint(encodeToken2022Mint({ extensions: [scaled, second] }));
    expect(mint.scaledUiAmount?.multiplier).toBe(1.0025);
    expect(mint.extensions).toHaveLength(2);
  });

  it.each([0, 1, 81, 83, 120, 165])('refuses %i bytes of data', (length) => {
    const data = new Uint8Array(length);
    data.set(encodeToken2022Mint().subarray(0, Math.min(82, length)));
    expectXStockLendError(() => decodeToken2022Mint(data), 'INVALID_ACCOUNT_DATA');
  });

  it('refuses a multisig-sized account (355 bytes)', () => {
    const data = encodeToken2022Mint({ extensions: [{ kind: 'Raw', extensionType: 3, value: new Uint8Array(185) }] });
    expect(data.length).toBe(355);
    expectXStockLendError(() => decodeToken2022Mint(data), 'INVALID_ACCOUNT_DATA');
  });

  it('refuses non-zero padding and an account type other than Mint', () => {
    for (const [offset, value] of [
      [82, 1],
      [164, 9],
      [165, 0],
      [165, 2],
      [165, 3],
    ] as const) {
      const data = encodeToken2022Mint({ extensions: [scaled] });
      data[offset] = value;
      const error = expectXStockLendError(() => decodeToken2022Mint(data), 'INVALID_ACCOUNT_DATA');
      expect(error.context.offset).toBe(offset);
    }
  });

  it('refuses bad COption tags and bools in the base', () => {
    for (const [offset, value] of [
      [0, 2],
      [3, 1],
      [45, 2],
      [46, 7],
    ] as const) {
      const data = encodeToken2022Mint();
      data[offset] = value;
      expectXStockLendError(() => decodeToken2022Mint(data), 'INVALID_ACCOUNT_DATA');
    }
  });

  it('refuses TLV entries that run past the end or have a truncated header', () => {
    const data = encodeToken2022Mint({ extensions: [scaled] });
    expectXStockLendError(() => decodeToken2022Mint(data.subarray(0, data.length - 1)), 'INVALID_ACCOUNT_DATA');
    const header = encodeToken2022Mint({ extensions: [scaled], trailing: new Uint8Array([26, 0, 33]) });
    expectXStockLendError(() => decodeToken2022Mint(header), 'INVALID_ACCOUNT_DATA');
    const long = encodeToken2022Mint({ extensions: [scaled] });
    new DataView(long.buffer).setUint16(168, 57, true);
    expectXStockLendError(() => decodeToken2022Mint(long), 'INVALID_ACCOUNT_DATA');
  });

  it('refuses decoded extensions of the wrong length', () => {
    for (const [type, length] of [
      [25, 55],
      [25, 57],
      [1, 107],
      [26, 32],
      [12, 33],
      [18, 0],
    ] as const) {
      const data = encodeToken2022Mint({
        extensions: [{ kind: 'Raw', extensionType: type, value: new Uint8Array(length) }],
      });
      const error = expectXStockLendError(() => decodeToken2022Mint(data), 'INVALID_ACCOUNT_DATA');
      expect(error.context.extensionType).toBe(type);
    }
  });

  it('refuses multipliers the program never writes', () => {
    for (const bad of [0, -0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** -1074, 2 ** -1023]) {
      for (const field of ['multiplier', 'newMultiplier'] as const) {
        const data = encodeToken2022Mint({ extensions: [{ ...scaled, [field]: bad } as MintFixtureExtension] });
        expectXStockLendError(() => decodeToken2022Mint(data), 'INVALID_ACCOUNT_DATA');
      }
    }
  });

  it('refuses a non-Uint8Array argument', () => {
    expectXStockLendError(() => decodeToken2022Mint('abc' as unknown as Uint8Array), 'INVALID_ARGUMENT');
  });

  it('round-trips random extension sets in random order (property)', () => {
    const address = fc
      .uint8Array({ minLength: 32, maxLength: 32 })
      .filter((bytes) => bytes.some((byte) => byte !== 0))
      .map((bytes) => new PublicKey(bytes).toBase58());
    const optionalAddress = fc.option(address, { nil: null });
    const positive = fc.double({ min: 2 ** -1022, max: 1e300, noNaN: true });
    const fee = fc.record({
      epoch: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      maximumFee: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
      transferFeeBasisPoints: fc.integer({ min: 0, max: 65_535 }),
    });
    const extension = fc.oneof(
      fc.record({
        kind: fc.constant('ScaledUiAmount' as const),
        authority: optionalAddress,
        multiplier: positive,
        newMultiplier: positive,
        newMultiplierEffectiveTimestamp: fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }),
      }),
      fc.record({
        kind: fc.constant('TransferFeeConfig' as const),
        transferFeeConfigAuthority: optionalAddress,
        withdrawWithheldAuthority: optionalAddress,
        withheldAmount: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        olderTransferFee: fee,
        newerTransferFee: fee,
      }),
      fc.record({ kind: fc.constant('Pausable' as const), authority: optionalAddress, paused: fc.boolean() }),
      fc.record({ kind: fc.constant('PermanentDelegate' as const), delegate: optionalAddress }),
      fc.record({
        kind: fc.constant('MetadataPointer' as const),
        authority: optionalAddress,
        metadataAddress: optionalAddress,
      }),
      fc.record({
        kind: fc.constant('Raw' as const),
        extensionType: fc.constantFrom(3, 6, 9, 14, 19, 20, 28, 4242),
        value: fc.uint8Array({ maxLength: 120 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(extension, {
          maxLength: 6,
          selector: (entry) => (entry.kind === 'Raw' ? entry.extensionType : entry.kind),
        }),
        optionalAddress,
        fc.integer({ min: 0, max: 255 }),
        (extensions, mintAuthority, decimals) => {
          const data = encodeToken2022Mint({ mintAuthority, decimals, extensions });
          fc.pre(data.length !== 355);
          const mint = decodeToken2022Mint(data);
          expect(mint.mintAuthority).toBe(mintAuthority);
          expect(mint.decimals).toBe(decimals);
          expect(mint.extensions).toHaveLength(extensions.length);
          for (const entry of extensions) {
            if (entry.kind === 'Raw') continue;
            const { kind, ...value } = entry;
            const decoded = {
              ScaledUiAmount: mint.scaledUiAmount,
              TransferFeeConfig: mint.transferFeeConfig,
              Pausable: mint.pausable,
              PermanentDelegate: mint.permanentDelegate,
              MetadataPointer: mint.metadataPointer,
            }[kind];
            expect(decoded).toEqual(value);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
