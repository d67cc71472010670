import {
  createInitializeAccount3Instruction,
  createMintToInstruction,
  createTransferCheckedWithFeeInstruction,
  ExtensionType,
  getAccountLen,
  TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, type PublicKey, SystemProgram } from '@solana/web3.js';
import fc from 'fast-check';
import { FailedTransactionMetadata } from 'litesvm';
import { describe, expect, it } from 'vitest';
import { computeTransferFee, decodeToken2022Mint, getEpochTransferFee } from '../../src/corporate-actions/index.js';
import { createToken2022Mint } from './create-token-2022-mint.js';
import { LiteChain } from './lite-chain.js';

function createTokenAccount(chain: LiteChain, mint: PublicKey, owner: PublicKey): PublicKey {
  const account = Keypair.generate();
  const space = getAccountLen([ExtensionType.TransferFeeAmount]);
  chain.send(
    [
      SystemProgram.createAccount({
        fromPubkey: chain.payer.publicKey,
        newAccountPubkey: account.publicKey,
        lamports: Number(chain.svm.minimumBalanceForRentExemption(BigInt(space))),
        space,
        programId: TOKEN_2022_PROGRAM_ID,
      }),
      createInitializeAccount3Instruction(account.publicKey, mint, owner, TOKEN_2022_PROGRAM_ID),
    ],
    [account],
  );
  return account.publicKey;
}

describe('computeTransferFee matches TransferCheckedWithFee on Token-2022', () => {
  it('the program accepts exactly the fee we compute, alongside a ScaledUiAmount extension', () => {
    const chain = new LiteChain();
    const owner = Keypair.generate();
    const samples = fc.sample(
      fc.record({
        basisPoints: fc.integer({ min: 0, max: 10_000 }),
        maximumFee: fc.oneof(fc.bigInt({ min: 0n, max: 10_000n }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })),
        amount: fc.oneof(fc.bigInt({ min: 0n, max: 1_000_000n }), fc.bigInt({ min: 0n, max: 10n ** 15n })),
      }),
      { numRuns: 40, seed: 20_260_601 },
    );
    for (const { basisPoints, maximumFee, amount } of samples) {
      const mint = createToken2022Mint(chain, {
        decimals: 8,
        extensions: [
          { kind: 'TransferFeeConfig', configAuthority: null, withdrawAuthority: null, basisPoints, maximumFee },
          { kind: 'ScaledUiAmount', authority: null, multiplier: 1.0025 },
        ],
      });
      const config = decodeToken2022Mint(chain.getAccount(mint)?.data ?? new Uint8Array()).transferFeeConfig;
      if (!config) return expect.fail('no TransferFeeConfig decoded');
      const fee = computeTransferFee(getEpochTransferFee(config, chain.svm.getClock().epoch), amount);
      const source = createTokenAccount(chain, mint, owner.publicKey);
      const destination = createTokenAccount(chain, mint, owner.publicKey);
      chain.send([createMintToInstruction(mint, source, chain.payer.publicKey, amount, [], TOKEN_2022_PROGRAM_ID)]);
      const transfer = (withFee: bigint) =>
        chain.trySend(
          [
            createTransferCheckedWithFeeInstruction(
              source,
              mint,
              destination,
              owner.publicKey,
              amount,
              8,
              withFee,
              [],
              TOKEN_2022_PROGRAM_ID,
            ),
          ],
          [owner],
        );
      expect(transfer(fee + 1n)).toBeInstanceOf(FailedTransactionMetadata);
      if (fee > 0n) expect(transfer(fee - 1n)).toBeInstanceOf(FailedTransactionMetadata);
      expect(transfer(fee)).not.toBeInstanceOf(FailedTransactionMetadata);
    }
  });
});
