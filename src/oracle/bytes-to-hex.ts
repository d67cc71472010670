import { getBase16Decoder } from '@solana/kit';

const hex = getBase16Decoder();

/**
 * Lower-case hex of `bytes`, without a `0x` prefix (how Pyth prints feed ids), through kit's base16 codec. Internal helper.
 *
 * @param bytes - the bytes to print
 * @internal
 */
export function bytesToHex(bytes: Uint8Array): string {
  return hex.decode(bytes);
}
