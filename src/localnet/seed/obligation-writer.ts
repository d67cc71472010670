import { Obligation } from '@kamino-finance/klend-sdk/dist/@codegen/klend/accounts/Obligation.js';
import { ObligationCollateral } from '@kamino-finance/klend-sdk/dist/@codegen/klend/types/ObligationCollateral.js';
import { ObligationLiquidity } from '@kamino-finance/klend-sdk/dist/@codegen/klend/types/ObligationLiquidity.js';
import { XStockLendError } from '../../errors/index.js';
import { encodeAnchorAccount } from './encode-anchor-account.js';
import { SF_ONE_VALUE } from './scaled-fraction.js';

/** The part of a buffer-layout `Structure` the writer uses. */
interface StructLayout {
  readonly span: number;
  readonly fields: readonly { readonly property?: string; readonly span: number }[];
  offsetOf(property: string): number | undefined;
}

const obligationLayout = Obligation.layout as unknown as StructLayout;
const collateralLayout = ObligationCollateral.layout() as unknown as StructLayout;
const liquidityLayout = ObligationLiquidity.layout() as unknown as StructLayout;

function offsetOf(layout: StructLayout, property: string): number {
  const offset = layout.offsetOf(property);
  if (offset === undefined) {
    throw new XStockLendError('INVALID_ACCOUNT_DATA', `klend-sdk's Obligation codec has no field ${property}.`, {
      context: { property },
    });
  }
  return 8 + offset;
}

/** Account offsets (discriminator included) of the fields the writer varies, all read from klend-sdk's codec. */
const AT = {
  owner: offsetOf(obligationLayout, 'owner'),
  deposits: offsetOf(obligationLayout, 'deposits'),
  depositSpan: collateralLayout.span,
  depositReserve: offsetOf(collateralLayout, 'depositReserve') - 8,
  depositedAmount: offsetOf(collateralLayout, 'depositedAmount') - 8,
  depositMarketValueSf: offsetOf(collateralLayout, 'marketValueSf') - 8,
  lowestReserveDepositLiquidationLtv: offsetOf(obligationLayout, 'lowestReserveDepositLiquidationLtv'),
  depositedValueSf: offsetOf(obligationLayout, 'depositedValueSf'),
  borrows: offsetOf(obligationLayout, 'borrows'),
  lastBorrowedAtTimestamp: offsetOf(liquidityLayout, 'lastBorrowedAtTimestamp') - 8,
  borrowedAmountSf: offsetOf(liquidityLayout, 'borrowedAmountSf') - 8,
  borrowMarketValueSf: offsetOf(liquidityLayout, 'marketValueSf') - 8,
  borrowFactorAdjustedMarketValueSf: offsetOf(liquidityLayout, 'borrowFactorAdjustedMarketValueSf') - 8,
  borrowedAmountOutsideElevationGroups: offsetOf(liquidityLayout, 'borrowedAmountOutsideElevationGroups') - 8,
  borrowFactorAdjustedDebtValueSf: offsetOf(obligationLayout, 'borrowFactorAdjustedDebtValueSf'),
  borrowedAssetsMarketValueSf: offsetOf(obligationLayout, 'borrowedAssetsMarketValueSf'),
  allowedBorrowValueSf: offsetOf(obligationLayout, 'allowedBorrowValueSf'),
  unhealthyBorrowValueSf: offsetOf(obligationLayout, 'unhealthyBorrowValueSf'),
  lowestReserveDepositMaxLtvPct: offsetOf(obligationLayout, 'lowestReserveDepositMaxLtvPct'),
};

/**
 * The size of a klend `Obligation` account: 8 + the codec's span = 3,344 bytes.
 *
 * @example
 * ```ts
 * import { OBLIGATION_ACCOUNT_SIZE } from 'xstock-lend/localnet';
 * console.log(OBLIGATION_ACCOUNT_SIZE); // 3344
 * ```
 */
export const OBLIGATION_ACCOUNT_SIZE: number = 8 + obligationLayout.span;

/**
 * One collateral deposit as the writer stores it.
 *
 * @example
 * ```ts
 * import type { ObligationDepositInput } from 'xstock-lend/localnet';
 * declare const deposit: ObligationDepositInput;
 * ```
 */
export interface ObligationDepositInput {
  /** The deposit reserve, 32 address bytes. */
  reserve: Uint8Array;
  /** cTokens deposited (raw). */
  depositedAmount: bigint;
  /** Market value, USD scaled fraction. */
  marketValueSf: bigint;
  /** The reserve's max LTV, percent. */
  loanToValuePct: number;
  /** The reserve's liquidation threshold, percent. */
  liquidationThresholdPct: number;
}

/**
 * One obligation as the writer stores it: an owner, 1–8 deposits and one debt in the template's borrow reserve.
 *
 * @example
 * ```ts
 * import type { ObligationInput } from 'xstock-lend/localnet';
 * declare const input: ObligationInput;
 * ```
 */
export interface ObligationInput {
  /** The owner, 32 address bytes. */
  owner: Uint8Array;
  /** The deposits. */
  deposits: readonly ObligationDepositInput[];
  /** Debt, raw units of the borrow reserve. */
  debtRaw: bigint;
  /** Debt market value, USD scaled fraction. */
  debtMarketValueSf: bigint;
  /** Unix seconds of the borrow. */
  lastBorrowedAtTimestamp: bigint;
}

/**
 * The constant part of every seeded obligation.
 *
 * @example
 * ```ts
 * import type { ObligationTemplateParams } from 'xstock-lend/localnet';
 * const t: ObligationTemplateParams = { lendingMarket, borrowReserve: usdcReserve, borrowFactorPct: 100, slot: 0n };
 * ```
 */
export interface ObligationTemplateParams {
  /** The lending market. */
  lendingMarket: string;
  /** The reserve every obligation borrows from (USDC). */
  borrowReserve: string;
  /** That reserve's borrow factor, percent. */
  borrowFactorPct: number;
  /** Slot of `lastUpdate`. */
  slot: bigint;
}

/**
 * Writes klend `Obligation` accounts fast enough for 100,000 of them. The template (tag 0 = Vanilla, market,
 * `lastUpdate`, one USDC borrow slot with cumulative borrow rate 1.0, `hasDebt`, the borrow factor) is encoded once with
 * klend-sdk's `Obligation` codec; each obligation copies it and writes the varying fields at offsets read from the
 * same codec's layouts (`Obligation`, `ObligationCollateral`, `ObligationLiquidity`), so the bytes are what
 * `Obligation.layout.encode` would produce (tests decode every seeded obligation and re-encode it byte-exact).
 *
 * @example
 * ```ts
 * import { ObligationWriter, OBLIGATION_ACCOUNT_SIZE } from 'xstock-lend/localnet';
 * const writer = new ObligationWriter({ lendingMarket, borrowReserve, borrowFactorPct: 100, slot: 0n });
 * const data = new Uint8Array(OBLIGATION_ACCOUNT_SIZE);
 * writer.write(data, input);
 * ```
 */
export class ObligationWriter {
  private readonly template: Uint8Array;
  private readonly borrowFactorPct: bigint;

  /** @param params - see {@link ObligationTemplateParams} */
  constructor(params: ObligationTemplateParams) {
    const zero = Buffer.alloc(OBLIGATION_ACCOUNT_SIZE);
    zero.set(Obligation.discriminator, 0);
    const json = Obligation.decode(zero).toJSON();
    json.tag = '0';
    json.lastUpdate = { slot: String(params.slot), stale: 0, priceStatus: 63, placeholder: [0, 0, 0, 0, 0, 0] };
    json.lendingMarket = params.lendingMarket;
    json.hasDebt = 1;
    json.highestBorrowFactorPct = String(params.borrowFactorPct);
    const borrow = json.borrows[0];
    if (borrow !== undefined) {
      borrow.borrowReserve = params.borrowReserve;
      borrow.cumulativeBorrowRateBsf = { value: [String(SF_ONE_VALUE), '0', '0', '0'], padding: ['0', '0'] };
    }
    this.template = encodeAnchorAccount(Obligation, Obligation.fromJSON(json));
    this.borrowFactorPct = BigInt(params.borrowFactorPct);
  }

  /**
   * Writes one obligation into `target` (exactly {@link OBLIGATION_ACCOUNT_SIZE} bytes, overwritten).
   *
   * @param target - the account data
   * @param input - the obligation
   * @throws {@link XStockLendError} `INVALID_ARGUMENT` for a wrong target length or 0 or more than 8 deposits.
   */
  write(target: Uint8Array, input: ObligationInput): void {
    if (target.length !== OBLIGATION_ACCOUNT_SIZE || input.deposits.length === 0 || input.deposits.length > 8) {
      throw new XStockLendError('INVALID_ARGUMENT', 'An obligation is 3,344 bytes with 1 to 8 deposits.', {
        context: { length: target.length, deposits: input.deposits.length },
      });
    }
    target.set(this.template);
    const view = new DataView(target.buffer, target.byteOffset, target.length);
    target.set(input.owner, AT.owner);
    let depositedValueSf = 0n;
    let allowedSf = 0n;
    let unhealthySf = 0n;
    let lowestLt = 255;
    let lowestLtv = 255;
    input.deposits.forEach((deposit, i) => {
      const at = AT.deposits + i * AT.depositSpan;
      target.set(deposit.reserve, at + AT.depositReserve);
      view.setBigUint64(at + AT.depositedAmount, deposit.depositedAmount, true);
      writeU128(view, at + AT.depositMarketValueSf, deposit.marketValueSf);
      depositedValueSf += deposit.marketValueSf;
      allowedSf += (deposit.marketValueSf * BigInt(deposit.loanToValuePct)) / 100n;
      unhealthySf += (deposit.marketValueSf * BigInt(deposit.liquidationThresholdPct)) / 100n;
      lowestLt = Math.min(lowestLt, deposit.liquidationThresholdPct);
      lowestLtv = Math.min(lowestLtv, deposit.loanToValuePct);
    });
    view.setBigUint64(AT.lowestReserveDepositLiquidationLtv, BigInt(lowestLt), true);
    writeU128(view, AT.depositedValueSf, depositedValueSf);
    const bfAdjustedSf = (input.debtMarketValueSf * this.borrowFactorPct) / 100n;
    view.setBigUint64(AT.borrows + AT.lastBorrowedAtTimestamp, input.lastBorrowedAtTimestamp, true);
    writeU128(view, AT.borrows + AT.borrowedAmountSf, input.debtRaw * SF_ONE_VALUE);
    writeU128(view, AT.borrows + AT.borrowMarketValueSf, input.debtMarketValueSf);
    writeU128(view, AT.borrows + AT.borrowFactorAdjustedMarketValueSf, bfAdjustedSf);
    view.setBigUint64(AT.borrows + AT.borrowedAmountOutsideElevationGroups, input.debtRaw, true);
    writeU128(view, AT.borrowFactorAdjustedDebtValueSf, bfAdjustedSf);
    writeU128(view, AT.borrowedAssetsMarketValueSf, input.debtMarketValueSf);
    writeU128(view, AT.allowedBorrowValueSf, allowedSf);
    writeU128(view, AT.unhealthyBorrowValueSf, unhealthySf);
    view.setUint8(AT.lowestReserveDepositMaxLtvPct, lowestLtv);
  }
}

const U64_MASK = (1n << 64n) - 1n;

function writeU128(view: DataView, at: number, value: bigint): void {
  view.setBigUint64(at, value & U64_MASK, true);
  view.setBigUint64(at + 8, value >> 64n, true);
}
