import { getBase58Decoder } from '@solana/kit';
import { XStockLendError } from '../errors/index.js';

const base58 = getBase58Decoder();

/**
 * A bounds-checked little-endian reader over account bytes. Every read past the end throws
 * `INVALID_ACCOUNT_DATA` naming the layout and field, so decoders never return garbage from a short buffer.
 *
 * @example
 * ```ts
 * import { ByteReader } from 'xstock-lend';
 * const r = new ByteReader(new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]), 'Example');
 * r.u64('amount'); // 1n
 * ```
 */
export class ByteReader {
  /** The bytes being read. */
  readonly bytes: Uint8Array;
  /** A label for error messages, e.g. `PriceUpdateV2`. */
  readonly layout: string;
  /** The next byte to read. */
  offset: number;
  private readonly view: DataView;

  /**
   * Starts a reader over `bytes`.
   *
   * @param bytes - the account data
   * @param layout - the name of the layout, used in error messages
   * @param offset - where to start reading
   */
  constructor(bytes: Uint8Array, layout: string, offset = 0) {
    this.bytes = bytes;
    this.layout = layout;
    this.offset = offset;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Bytes left after the cursor. */
  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  /**
   * Throws `INVALID_ACCOUNT_DATA` unless `size` more bytes are available, and returns the current offset.
   *
   * @param size - bytes the field needs
   * @param field - the field's name, for the error message
   */
  need(size: number, field: string): number {
    const at = this.offset;
    if (at + size > this.bytes.length) {
      throw new XStockLendError(
        'INVALID_ACCOUNT_DATA',
        `${this.layout}: account data is truncated at field '${field}' (needs ${size} bytes at offset ${at}, data is ${this.bytes.length} bytes). Check that the address is the right account.`,
        { context: { layout: this.layout, field, offset: at, size, length: this.bytes.length } },
      );
    }
    this.offset = at + size;
    return at;
  }

  /** Reads an unsigned byte. @param field - the field's name */
  u8(field: string): number {
    return this.view.getUint8(this.need(1, field));
  }

  /** Reads a little-endian u16. @param field - the field's name */
  u16(field: string): number {
    return this.view.getUint16(this.need(2, field), true);
  }

  /** Reads a little-endian i32. @param field - the field's name */
  i32(field: string): number {
    return this.view.getInt32(this.need(4, field), true);
  }

  /** Reads a little-endian u32. @param field - the field's name */
  u32(field: string): number {
    return this.view.getUint32(this.need(4, field), true);
  }

  /** Reads a little-endian u64. @param field - the field's name */
  u64(field: string): bigint {
    return this.view.getBigUint64(this.need(8, field), true);
  }

  /** Reads a little-endian i64. @param field - the field's name */
  i64(field: string): bigint {
    return this.view.getBigInt64(this.need(8, field), true);
  }

  /** Reads a little-endian IEEE-754 f64. @param field - the field's name */
  f64(field: string): number {
    return this.view.getFloat64(this.need(8, field), true);
  }

  /** Returns the next `size` bytes (a view, not a copy). @param size - byte count @param field - the field's name */
  slice(size: number, field: string): Uint8Array {
    const at = this.need(size, field);
    return this.bytes.subarray(at, at + size);
  }

  /** Reads a 32-byte public key as a base58 string. @param field - the field's name */
  publicKey(field: string): string {
    return base58.decode(this.slice(32, field));
  }
}
