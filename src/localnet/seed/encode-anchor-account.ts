/**
 * What the seed needs of a klend-sdk codegen account codec (`Reserve`, `Obligation`, `LendingMarket`,
 * `priceUpdateV2`…): its 8-byte discriminator and its borsh layout.
 *
 * @example
 * ```ts
 * import { Reserve } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Reserve.js';
 * import type { AnchorAccountCodec } from 'xstock-lend/localnet';
 * const codec: AnchorAccountCodec = Reserve;
 * ```
 */
export interface AnchorAccountCodec {
  /** The 8-byte account discriminator. */
  readonly discriminator: Uint8Array;
  /** The borsh layout of the account body. */
  readonly layout: {
    /** Body length in bytes. */
    readonly span: number;
    /** Writes `value` into `target` at `offset`. */
    encode(value: unknown, target: Buffer, offset?: number): number;
  };
}

/**
 * Encodes an account with a klend-sdk codec: discriminator, then `codec.layout.encode(value)`, zero-padded to `size`
 * (default: discriminator + layout span). The codecs ship no `encode`; this is the inverse of their `decode`, and a
 * decode → encode round trip is byte-exact.
 *
 * @param codec - the account codec
 * @param value - the account object (for enums, the codec's `toEncodable()` form)
 * @param size - total account length
 * @example
 * ```ts
 * import { LendingMarket } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/LendingMarket.js';
 * import { encodeAnchorAccount } from 'xstock-lend/localnet';
 * const bytes = encodeAnchorAccount(LendingMarket, market); // 4664 bytes
 * ```
 */
export function encodeAnchorAccount(codec: AnchorAccountCodec, value: unknown, size?: number): Uint8Array {
  const buffer = Buffer.alloc(size ?? 8 + codec.layout.span);
  buffer.set(codec.discriminator, 0);
  codec.layout.encode(value, buffer, 8);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}
