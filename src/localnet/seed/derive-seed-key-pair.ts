import { createHash } from 'node:crypto';
import { createKeyPairSignerFromPrivateKeyBytes, type KeyPairSigner } from '@solana/kit';

/**
 * The 32 private-key bytes the seed uses for `label`: `sha256("xstock-lend/localnet/<rngSeed>/<label>")`. Deterministic,
 * so a seeded chain has the same addresses on every run; public, so never use such keys outside a local chain.
 *
 * @param rngSeed - the seed's `rngSeed`
 * @param label - what the key is for (e.g. `mint/TSLAx`)
 * @example
 * ```ts
 * import { deriveSeedPrivateKeyBytes } from 'xstock-lend/localnet';
 * console.log(deriveSeedPrivateKeyBytes(1, 'payer').length); // 32
 * ```
 */
export function deriveSeedPrivateKeyBytes(rngSeed: number, label: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(`xstock-lend/localnet/${rngSeed}/${label}`).digest());
}

/**
 * A deterministic key pair signer (`@solana/kit`) for `label`, from {@link deriveSeedPrivateKeyBytes}.
 *
 * @param rngSeed - the seed's `rngSeed`
 * @param label - what the key is for
 * @example
 * ```ts
 * import { deriveSeedKeyPair } from 'xstock-lend/localnet';
 * const payer = await deriveSeedKeyPair(1, 'payer');
 * console.log(payer.address);
 * ```
 */
export function deriveSeedKeyPair(rngSeed: number, label: string): Promise<KeyPairSigner> {
  return createKeyPairSignerFromPrivateKeyBytes(deriveSeedPrivateKeyBytes(rngSeed, label));
}
