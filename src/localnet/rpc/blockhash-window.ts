/**
 * How many blocks a blockhash stays usable after the block that produced it (Solana's `MAX_PROCESSING_AGE`).
 *
 * @example
 * ```ts
 * const lastValidBlockHeight = issuedAt + MAX_PROCESSING_AGE;
 * ```
 */
export const MAX_PROCESSING_AGE = 150n;

/**
 * The recent blockhashes the localnet accepts, each with the block height it was issued at: like a real cluster, a
 * blockhash is valid for {@link MAX_PROCESSING_AGE} blocks, so a client may sign several transactions with one
 * `getLatestBlockhash` even though every executed transaction rotates the runtime's blockhash.
 *
 * @example
 * ```ts
 * const window = new BlockhashWindow();
 * window.record('4QjE…', 10n);
 * window.isValid('4QjE…', 160n); // true
 * window.isValid('4QjE…', 161n); // false
 * ```
 */
export class BlockhashWindow {
  private readonly issuedAt = new Map<string, bigint>();

  /**
   * Records `blockhash` as issued at `height` (re-recording moves it to `height`), and forgets expired ones.
   *
   * @param blockhash - base58 blockhash
   * @param height - block height at which it became the latest
   */
  record(blockhash: string, height: bigint): void {
    this.issuedAt.delete(blockhash);
    this.issuedAt.set(blockhash, height);
    for (const [candidate, issued] of this.issuedAt) {
      if (this.issuedAt.size <= 1 || issued + 2n * MAX_PROCESSING_AGE >= height) break;
      this.issuedAt.delete(candidate);
    }
  }

  /** The height at which `blockhash` was issued, if known. @param blockhash - base58 blockhash */
  issuedHeight(blockhash: string): bigint | undefined {
    return this.issuedAt.get(blockhash);
  }

  /**
   * Whether `blockhash` is known and not expired at `height`.
   *
   * @param blockhash - base58 blockhash
   * @param height - the current block height
   */
  isValid(blockhash: string, height: bigint): boolean {
    const issued = this.issuedAt.get(blockhash);
    return issued !== undefined && issued <= height && height <= issued + MAX_PROCESSING_AGE;
  }
}
