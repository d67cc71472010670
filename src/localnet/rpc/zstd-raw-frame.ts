/** Largest block a zstd frame may hold (128 KiB). */
const MAX_BLOCK = 128 * 1024;

/**
 * Wraps bytes in a valid Zstandard frame made of raw (stored, uncompressed) blocks: what `base64+zstd` answers carry.
 * Clients decompress it like any zstd frame; the localnet saves CPU rather than bandwidth (loopback).
 *
 * Frame: magic `28 B5 2F FD` | descriptor `0xA0` (single segment, 4-byte content size) | content size u32 LE |
 * blocks, each a 3-byte header `(size << 3) | (type raw = 0) << 1 | last` followed by the bytes.
 *
 * @param data - the bytes to wrap
 * @example
 * ```ts
 * const frame = zstdRawFrame(new Uint8Array([1, 2, 3])); // 15 bytes: header 9 + block header 3 + data 3
 * ```
 */
export function zstdRawFrame(data: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(data.length / MAX_BLOCK));
  const out = new Uint8Array(9 + blocks * 3 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0xfd2fb528, true);
  out[4] = 0xa0;
  view.setUint32(5, data.length, true);
  let at = 9;
  for (let b = 0; b < blocks; b++) {
    const chunk = data.subarray(b * MAX_BLOCK, (b + 1) * MAX_BLOCK);
    const header = (chunk.length << 3) | (b === blocks - 1 ? 1 : 0);
    out[at] = header & 0xff;
    out[at + 1] = (header >>> 8) & 0xff;
    out[at + 2] = (header >>> 16) & 0xff;
    out.set(chunk, at + 3);
    at += 3 + chunk.length;
  }
  return out;
}
