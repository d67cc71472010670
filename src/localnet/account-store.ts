import type { LiteSVM } from 'litesvm';

/**
 * One account as the localnet serves it.
 *
 * @example
 * ```ts
 * import type { StoredAccount } from 'xstock-lend/localnet';
 * const a: StoredAccount = { address: '…', owner: 'KLend2g3cP87fffoy8q1mQqGKjrxjC8boSyAYavgmjD', lamports: 1n, data: new Uint8Array(8), executable: false, rentEpoch: 0n };
 * ```
 */
export interface StoredAccount {
  /** Base58 address. */
  address: string;
  /** Base58 owner program id. */
  owner: string;
  /** Balance in lamports. */
  lamports: bigint;
  /** Account data (not copied by the store: do not mutate it after handing it over). */
  data: Uint8Array;
  /** Whether the account holds a program. */
  executable: boolean;
  /** Rent epoch, as the RPC reports it. */
  rentEpoch: bigint;
}

type SvmAddress = Parameters<LiteSVM['getAccount']>[0];
type SvmAccount = Parameters<LiteSVM['setAccount']>[0];

/**
 * The localnet's view of accounts: a real LiteSVM runtime, plus a JavaScript-side store for accounts owned by
 * programs that are not deployed in it (klend, Scope, the Pyth receiver: their binaries cannot be brought in).
 *
 * Nothing in the runtime can write those "passive" accounts (only their owner program could, and it is absent), so
 * keeping them beside the runtime changes no behaviour; it keeps 100,000 obligations out of LiteSVM's per-account
 * copy (~85 µs per 3 KB account through its bindings) so that `getProgramAccounts` over them stays fast.
 * Everything else (mints, token accounts, wallets, sysvars) lives in the runtime and changes only through real
 * transactions or `setAccount`.
 */
export class AccountStore {
  /** The runtime. */
  readonly svm: LiteSVM;
  private readonly passiveOwners: Set<string>;
  private readonly passive = new Map<string, StoredAccount>();
  private readonly byOwner = new Map<string, Map<string, StoredAccount>>();

  /**
   * Wraps a runtime.
   *
   * @param svm - the LiteSVM runtime
   * @param passiveOwners - program ids whose accounts are kept beside the runtime
   */
  constructor(svm: LiteSVM, passiveOwners: Iterable<string>) {
    this.svm = svm;
    this.passiveOwners = new Set(passiveOwners);
  }

  /** Whether accounts of `owner` are kept beside the runtime. @param owner - program id */
  isPassiveOwner(owner: string): boolean {
    return this.passiveOwners.has(owner);
  }

  /**
   * Writes an account: into the passive store when its owner is passive, else into the runtime.
   *
   * @param account - the account (its `data` is kept by reference)
   */
  set(account: StoredAccount): void {
    if (this.passiveOwners.has(account.owner)) {
      const previous = this.passive.get(account.address);
      if (previous !== undefined && previous.owner !== account.owner)
        this.byOwner.get(previous.owner)?.delete(account.address);
      this.passive.set(account.address, account);
      let owned = this.byOwner.get(account.owner);
      if (owned === undefined) {
        owned = new Map();
        this.byOwner.set(account.owner, owned);
      }
      owned.set(account.address, account);
      return;
    }
    const svmAccount = {
      address: account.address,
      data: account.data,
      executable: account.executable,
      lamports: account.lamports,
      programAddress: account.owner,
      space: BigInt(account.data.length),
    } as unknown as SvmAccount;
    this.svm.setAccount(svmAccount);
  }

  /** Reads an account, or null when none exists. @param address - base58 address */
  get(address: string): StoredAccount | null {
    const passive = this.passive.get(address);
    if (passive !== undefined) return passive;
    const account = this.svm.getAccount(address as SvmAddress);
    if (!account.exists) return null;
    return {
      address,
      owner: String(account.programAddress),
      lamports: BigInt(account.lamports),
      data: account.data as Uint8Array,
      executable: account.executable,
      rentEpoch: 0n,
    };
  }

  /**
   * All accounts owned by `owner`: passive ones in insertion order (a live view, no copy), or the runtime's.
   *
   * @param owner - program id
   */
  programAccounts(owner: string): Iterable<StoredAccount> {
    if (this.passiveOwners.has(owner)) return this.byOwner.get(owner)?.values() ?? [];
    return this.svm.getProgramAccounts(owner as SvmAddress).map((a) => ({
      address: String(a.address),
      owner,
      lamports: BigInt(a.lamports),
      data: a.data as Uint8Array,
      executable: a.executable,
      rentEpoch: 0n,
    }));
  }

  /** How many passive accounts `owner` has. @param owner - program id */
  passiveCount(owner: string): number {
    return this.byOwner.get(owner)?.size ?? 0;
  }
}
