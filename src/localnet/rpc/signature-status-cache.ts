import type { TransactionErrorJson } from './transaction-error.js';

/**
 * What the localnet remembers of a transaction it executed (or refused with `skipPreflight`).
 *
 * @example
 * ```ts
 * const status: SignatureStatus = { slot: 12n, err: null };
 * ```
 */
export interface SignatureStatus {
  /** The slot the transaction executed in. */
  slot: bigint;
  /** The error, or `null` on success. */
  err: TransactionErrorJson | null;
}

/**
 * A bounded map from signature to {@link SignatureStatus}: the oldest entries are forgotten beyond `capacity`.
 *
 * @example
 * ```ts
 * const cache = new SignatureStatusCache(10_000);
 * cache.set('5h…', { slot: 1n, err: null });
 * cache.get('5h…')?.slot; // 1n
 * ```
 */
export class SignatureStatusCache {
  private readonly statuses = new Map<string, SignatureStatus>();

  /** @param capacity - how many statuses to keep */
  constructor(private readonly capacity: number) {}

  /** The status of `signature`, if remembered. @param signature - base58 signature */
  get(signature: string): SignatureStatus | undefined {
    return this.statuses.get(signature);
  }

  /**
   * Remembers a status.
   *
   * @param signature - base58 signature
   * @param status - its status
   */
  set(signature: string, status: SignatureStatus): void {
    this.statuses.delete(signature);
    this.statuses.set(signature, status);
    if (this.statuses.size > this.capacity) {
      const oldest = this.statuses.keys().next();
      if (oldest.done !== true) this.statuses.delete(oldest.value);
    }
  }
}
