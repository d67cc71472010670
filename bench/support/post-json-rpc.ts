import { request } from 'node:http';

/** What {@link postJsonRpc} measured. */
export interface PostResult {
  /** Round-trip time, request sent to last byte received. */
  ms: number;
  /** Response bytes. */
  bytes: number;
  /** The response text when kept, else ''. */
  text: string;
  /** Highest process RSS sampled (every 5 ms) while the response flowed. */
  peakRss: number;
}

/**
 * POSTs a JSON-RPC body over loopback HTTP and either keeps the answer or only counts its bytes.
 *
 * @param url - the server URL
 * @param body - the JSON-RPC request text
 * @param keep - keep the text (to parse it) or discard the bytes as they arrive
 */
export function postJsonRpc(url: string, body: string, keep: boolean): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }, 5);
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (keep) chunks.push(chunk);
      });
      res.on('end', () => {
        clearInterval(sampler);
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
        resolve({
          ms: performance.now() - started,
          bytes,
          text: keep ? Buffer.concat(chunks).toString('utf8') : '',
          peakRss,
        });
      });
      res.on('error', (error) => {
        clearInterval(sampler);
        reject(error);
      });
    });
    req.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    req.end(body);
  });
}
