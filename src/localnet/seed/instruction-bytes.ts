import { getAddressEncoder } from '@solana/kit';

const addressEncoder = getAddressEncoder();

/**
 * A little-endian instruction data builder with a fixed size. Internal helper of the seed's instruction encoders.
 *
 * @internal
 */
export class InstructionBytes {
  /** The bytes written so far (the whole buffer). */
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private offset = 0;

  /** @param size - total data length */
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  /** Writes a u8. @param value - 0..255 */
  u8(value: number): this {
    this.view.setUint8(this.offset, value);
    this.offset += 1;
    return this;
  }

  /** Writes a u32. @param value - 0..2^32−1 */
  u32(value: number): this {
    this.view.setUint32(this.offset, value, true);
    this.offset += 4;
    return this;
  }

  /** Writes a u64. @param value - 0..2^64−1 */
  u64(value: bigint): this {
    this.view.setBigUint64(this.offset, value, true);
    this.offset += 8;
    return this;
  }

  /** Writes an i64. @param value - −2^63..2^63−1 */
  i64(value: bigint): this {
    this.view.setBigInt64(this.offset, value, true);
    this.offset += 8;
    return this;
  }

  /** Writes an f64. @param value - any number */
  f64(value: number): this {
    this.view.setFloat64(this.offset, value, true);
    this.offset += 8;
    return this;
  }

  /** Writes 32 address bytes, zeros for `null`. @param value - base58 address or null */
  address(value: string | null): this {
    if (value !== null)
      this.bytes.set(addressEncoder.encode(value as Parameters<typeof addressEncoder.encode>[0]), this.offset);
    this.offset += 32;
    return this;
  }

  /** Writes raw bytes. @param value - the bytes */
  raw(value: Uint8Array): this {
    this.bytes.set(value, this.offset);
    this.offset += value.length;
    return this;
  }
}
