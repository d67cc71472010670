/**
 * UTF-8 bytes of `text`, zero-padded (or truncated) to `length`, as a number array for klend-sdk's JSON codecs.
 *
 * @param text - the text
 * @param length - the field length
 * @internal
 */
export function utf8Padded(text: string, length: number): number[] {
  const out = new Array<number>(length).fill(0);
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < Math.min(length, bytes.length); i++) out[i] = bytes[i] ?? 0;
  return out;
}
