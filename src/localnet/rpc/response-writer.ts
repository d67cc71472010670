import type { ServerResponse } from 'node:http';
import { XStockLendError } from '../../errors/index.js';
import type { JsonSink } from './rpc-method.js';

/** Bytes per socket write. */
const DEFAULT_CHUNK_BYTES = 1 << 20;

/**
 * A {@link JsonSink} over an HTTP response: fragments are UTF-8 encoded straight into a 1 MiB buffer (no string
 * joining: that alone would cost seconds on 450 MB), each full buffer is handed to `res.write`, and when the socket
 * is saturated (`write` returns false) the producer waits for `'drain'`, so a 450 MB result never sits in memory.
 * Writing after the client went away throws (`RPC_ERROR`), which stops the producer.
 *
 * @example
 * ```ts
 * const writer = new ResponseWriter(res);
 * await streamed.writeTo(writer);
 * await writer.end();
 * ```
 */
export class ResponseWriter implements JsonSink {
  private chunk: Buffer;
  private offset = 0;
  private closed = false;

  /**
   * @param res - the response (headers already sent or about to be)
   * @param chunkBytes - bytes per socket write
   */
  constructor(
    private readonly res: ServerResponse,
    private readonly chunkBytes: number = DEFAULT_CHUNK_BYTES,
  ) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
    res.once('close', () => {
      this.closed = true;
    });
  }

  /** Appends JSON text; returns a promise to await when the socket is full. @param text - a fragment */
  write(text: string): Promise<void> | undefined {
    if (this.closed || this.res.destroyed) throw clientGone();
    // A UTF-16 code unit takes at most 3 UTF-8 bytes: reserve that much so no character is ever split.
    const worstCase = text.length * 3;
    let pending: Promise<void> | undefined;
    if (this.offset + worstCase > this.chunk.length) {
      pending = this.flush();
      if (worstCase > this.chunk.length) return this.res.write(text) ? pending : (pending ?? this.drained());
    }
    this.offset += this.chunk.write(text, this.offset, 'utf8');
    return pending;
  }

  /** Writes what is buffered and ends the response. */
  async end(): Promise<void> {
    const pending = this.flush();
    if (pending) await pending;
    if (!this.res.destroyed) this.res.end();
  }

  private flush(): Promise<void> | undefined {
    if (this.offset === 0) return undefined;
    const filled = this.chunk.subarray(0, this.offset);
    this.chunk = Buffer.allocUnsafe(this.chunkBytes);
    this.offset = 0;
    return this.res.write(filled) ? undefined : this.drained();
  }

  private drained(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.res.off('close', onClose);
        resolve();
      };
      const onClose = () => {
        this.res.off('drain', onDrain);
        reject(clientGone());
      };
      this.res.once('drain', onDrain);
      this.res.once('close', onClose);
    });
  }
}

function clientGone(): XStockLendError {
  return new XStockLendError('RPC_ERROR', 'The client closed the connection before the response was complete.');
}
