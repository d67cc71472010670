import { getMultiplier, rawToUiAmount, type ScaledUiAmountConfig } from '../../corporate-actions/index.js';
import type { JsonValue } from './json-value.js';

/**
 * What the RPC needs from a mint to show token amounts.
 *
 * @example
 * ```ts
 * const mint: MintAmountInfo = { decimals: 6, scaledUiAmount: null };
 * ```
 */
export interface MintAmountInfo {
  /** The mint's decimals. */
  decimals: number;
  /** The ScaledUiAmount extension, when the mint has one. */
  scaledUiAmount: ScaledUiAmountConfig | null;
}

/**
 * A token amount as Solana's RPC shows it (`UiTokenAmount`): `amount` raw, `uiAmountString` exact, `uiAmount` as an
 * f64. For a ScaledUiAmount mint both UI fields use the multiplier in force at the chain clock's `unixTimestamp`,
 * computed as Token-2022 does (truncating), like the real RPC.
 *
 * @param amountRaw - raw units (u64)
 * @param mint - decimals and the optional ScaledUiAmount config
 * @param unixTimestamp - the chain clock
 * @example
 * ```ts
 * uiTokenAmount(1_500_000n, { decimals: 6, scaledUiAmount: null }, 0n);
 * // { uiAmount: 1.5, decimals: 6, amount: '1500000', uiAmountString: '1.5' }
 * ```
 */
export function uiTokenAmount(
  amountRaw: bigint,
  mint: MintAmountInfo,
  unixTimestamp: bigint,
): { uiAmount: number | null; decimals: number; amount: string; uiAmountString: string } {
  const { decimals, scaledUiAmount } = mint;
  if (scaledUiAmount !== null) {
    const uiAmountString = rawToUiAmount(amountRaw, decimals, getMultiplier(scaledUiAmount, unixTimestamp));
    const uiAmount = uiAmountString === 'inf' ? null : Number(uiAmountString);
    return { uiAmount, decimals, amount: amountRaw.toString(), uiAmountString };
  }
  const uiAmount = decimals <= 19 ? Number(amountRaw) / 10 ** decimals : null;
  return {
    uiAmount,
    decimals,
    amount: amountRaw.toString(),
    uiAmountString: realNumberStringTrimmed(amountRaw, decimals),
  };
}

/**
 * The exact decimal text of `amountRaw / 10^decimals`, trailing zeros removed.
 *
 * @param amountRaw - raw units
 * @param decimals - the mint's decimals
 * @example
 * ```ts
 * realNumberStringTrimmed(1_234_500n, 3); // '1234.5'
 * ```
 */
export function realNumberStringTrimmed(amountRaw: bigint, decimals: number): string {
  const digits = amountRaw.toString();
  if (decimals === 0) return digits;
  const padded = digits.padStart(decimals + 1, '0');
  const text = `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * {@link uiTokenAmount} as a {@link JsonValue}.
 *
 * @param amountRaw - raw units
 * @param mint - decimals and the optional ScaledUiAmount config
 * @param unixTimestamp - the chain clock
 * @example
 * ```ts
 * uiTokenAmountJson(1n, { decimals: 0, scaledUiAmount: null }, 0n);
 * ```
 */
export function uiTokenAmountJson(amountRaw: bigint, mint: MintAmountInfo, unixTimestamp: bigint): JsonValue {
  return uiTokenAmount(amountRaw, mint, unixTimestamp);
}
