import { type Address, getAddressEncoder } from '@solana/kit';

const addressEncoder = getAddressEncoder();

/** A little-endian writer for building account fixtures field by field in tests. */
export class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  /** Bytes written so far. */
  get offset(): number {
    return this.length;
  }

  bytes(value: ArrayLike<number>): this {
    const chunk = Uint8Array.from(value);
    this.chunks.push(chunk);
    this.length += chunk.length;
    return this;
  }

  private view(size: number, write: (view: DataView) => void): this {
    const chunk = new Uint8Array(size);
    write(new DataView(chunk.buffer));
    return this.bytes(chunk);
  }

  u8(value: number): this {
    return this.view(1, (v) => v.setUint8(0, value));
  }

  u16(value: number): this {
    return this.view(2, (v) => v.setUint16(0, value, true));
  }

  u32(value: number): this {
    return this.view(4, (v) => v.setUint32(0, value, true));
  }

  i32(value: number): this {
    return this.view(4, (v) => v.setInt32(0, value, true));
  }

  u64(value: bigint): this {
    return this.view(8, (v) => v.setBigUint64(0, value, true));
  }

  i64(value: bigint): this {
    return this.view(8, (v) => v.setBigInt64(0, value, true));
  }

  /** A base58 public key as its 32 bytes. */
  pubkey(value: string): this {
    return this.bytes(addressEncoder.encode(value as Address));
  }

  /** Zero bytes up to `size` in total. */
  padTo(size: number): this {
    if (size > this.length) this.bytes(new Uint8Array(size - this.length));
    return this;
  }

  toBytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Hex (no 0x) to bytes. */
export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Base64 to a plain Uint8Array (not a Buffer), as the browser would have it. */
export function base64ToBytes(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
