import {
  createAssociatedTokenAccountIdempotentInstruction,
  createInitializeMint2Instruction,
  createMintToInstruction,
  getAssociatedTokenAddressSync,
  MINT_SIZE,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, type PublicKey, SystemProgram } from '@solana/web3.js';
import { AccountStore, type StoredAccount } from '../../../../src/localnet/account-store.js';
import { createRpcServer, type RpcServer, type RpcServerOptions } from '../../../../src/localnet/rpc/index.js';
import { createToken2022Mint } from '../../../corporate-actions/create-token-2022-mint.js';
import { LiteChain } from '../../../corporate-actions/lite-chain.js';

export const KLEND = 'KLend2g3cP87fffoy8q1mQqGKjrxjC8boSyAYavgmjD';
export const SCOPE = 'HFn8GnPADiny6XqUoWE8uRPPxb29ikn4yTuPa9MF2fWJ';
export const PYTH_RECEIVER = 'rec5EKMGg6MxZYaMdyBfgwp4d5rB9T1VQH5pJv5LtFJ';
export const OBLIGATION_SIZE = 3344;
export const RESERVE_SIZE = 8624;
/** The chain clock when the fixture starts (2026-05-28). */
export const T0 = 1_780_000_000n;
export const SCALED_DECIMALS = 8;
export const SCALED_MULTIPLIER = 1.5;
export const SCALED_BALANCE = 123_456_789n;
export const CLASSIC_DECIMALS = 6;
export const CLASSIC_BALANCE = 2_500_000n;

/** A localnet as the tests use it: seeded runtime and passive store behind a running server. */
export interface LocalnetFixture {
  chain: LiteChain;
  store: AccountStore;
  server: RpcServer;
  /** A funded wallet (10 SOL) holding both token balances. */
  wallet: Keypair;
  /** Token-2022 mint: 8 decimals, ScaledUiAmount 1.5 (authority = chain.payer), Pausable, MetadataPointer. */
  scaledMint: PublicKey;
  /** The wallet's associated token account of `scaledMint`, holding {@link SCALED_BALANCE}. */
  scaledAta: PublicKey;
  /** Classic SPL Token mint, 6 decimals. */
  classicMint: PublicKey;
  /** The wallet's associated token account of `classicMint`, holding {@link CLASSIC_BALANCE}. */
  classicAta: PublicKey;
  /** Two lending market addresses; obligations alternate between them (market at offset 32). */
  markets: [string, string];
  /** Passive klend obligation-sized accounts. */
  obligations: StoredAccount[];
  close(): Promise<void>;
}

/**
 * Opaque passive account payload: klend accounts are served as bytes, so the RPC tests use a recognizable pattern
 * (tag at 0..8, market at 32..64, index at 64) rather than real obligations.
 */
function passiveData(size: number, tag: number, market: PublicKey | null, index: number): Uint8Array {
  const data = new Uint8Array(size);
  data.fill(tag, 0, 8);
  if (market !== null) data.set(market.toBytes(), 32);
  data[64] = index;
  for (let at = 65; at < size; at++) data[at] = (at * 31 + index) & 0xff;
  return data;
}

/** Builds the seeded chain and starts a server on a free loopback port. */
export async function startLocalnetFixture(serverOptions: Partial<RpcServerOptions> = {}): Promise<LocalnetFixture> {
  const chain = new LiteChain();
  chain.setUnixTimestamp(T0);
  const store = new AccountStore(chain.svm, [KLEND, SCOPE, PYTH_RECEIVER]);
  const marketKeys = [Keypair.generate().publicKey, Keypair.generate().publicKey] as const;
  const obligations: StoredAccount[] = [];
  for (let index = 0; index < 12; index++) {
    const account: StoredAccount = {
      address: Keypair.generate().publicKey.toBase58(),
      owner: KLEND,
      lamports: chain.svm.minimumBalanceForRentExemption(BigInt(OBLIGATION_SIZE)),
      data: passiveData(OBLIGATION_SIZE, 0xa1, marketKeys[index % 2] ?? null, index),
      executable: false,
      rentEpoch: 0n,
    };
    store.set(account);
    obligations.push(account);
  }
  store.set({
    address: Keypair.generate().publicKey.toBase58(),
    owner: KLEND,
    lamports: 1n,
    data: passiveData(RESERVE_SIZE, 0xb2, marketKeys[0], 0),
    executable: false,
    rentEpoch: 0n,
  });
  store.set({
    address: Keypair.generate().publicKey.toBase58(),
    owner: SCOPE,
    lamports: 1n,
    data: passiveData(200, 0xc3, null, 0),
    executable: false,
    rentEpoch: 0n,
  });

  const payer = chain.payer;
  const wallet = Keypair.generate();
  chain.svm.airdrop(wallet.publicKey.toBase58() as never, 10_000_000_000n as never);
  const scaledMint = createToken2022Mint(chain, {
    decimals: SCALED_DECIMALS,
    extensions: [
      { kind: 'ScaledUiAmount', authority: payer.publicKey, multiplier: SCALED_MULTIPLIER },
      { kind: 'Pausable', authority: payer.publicKey },
      { kind: 'MetadataPointer', authority: payer.publicKey, metadataAddress: null },
    ],
  });
  const scaledAta = getAssociatedTokenAddressSync(scaledMint, wallet.publicKey, false, TOKEN_2022_PROGRAM_ID);
  chain.send([
    createAssociatedTokenAccountIdempotentInstruction(
      payer.publicKey,
      scaledAta,
      wallet.publicKey,
      scaledMint,
      TOKEN_2022_PROGRAM_ID,
    ),
    createMintToInstruction(scaledMint, scaledAta, payer.publicKey, SCALED_BALANCE, [], TOKEN_2022_PROGRAM_ID),
  ]);

  const classic = Keypair.generate();
  chain.send(
    [
      SystemProgram.createAccount({
        fromPubkey: payer.publicKey,
        newAccountPubkey: classic.publicKey,
        lamports: Number(chain.svm.minimumBalanceForRentExemption(BigInt(MINT_SIZE))),
        space: MINT_SIZE,
        programId: TOKEN_PROGRAM_ID,
      }),
      createInitializeMint2Instruction(classic.publicKey, CLASSIC_DECIMALS, payer.publicKey, null, TOKEN_PROGRAM_ID),
    ],
    [classic],
  );
  const classicAta = getAssociatedTokenAddressSync(classic.publicKey, wallet.publicKey, false, TOKEN_PROGRAM_ID);
  chain.send([
    createAssociatedTokenAccountIdempotentInstruction(
      payer.publicKey,
      classicAta,
      wallet.publicKey,
      classic.publicKey,
      TOKEN_PROGRAM_ID,
    ),
    createMintToInstruction(classic.publicKey, classicAta, payer.publicKey, CLASSIC_BALANCE, [], TOKEN_PROGRAM_ID),
  ]);

  const server = await createRpcServer({ store, ...serverOptions });
  return {
    chain,
    store,
    server,
    wallet,
    scaledMint,
    scaledAta,
    classicMint: classic.publicKey,
    classicAta,
    markets: [marketKeys[0].toBase58(), marketKeys[1].toBase58()],
    obligations,
    close: () => server.close(),
  };
}
