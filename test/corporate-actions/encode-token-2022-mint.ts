import {
  AccountType,
  ExtensionType,
  MetadataPointerLayout,
  MINT_SIZE,
  MintLayout,
  PausableConfigLayout,
  PermanentDelegateLayout,
  ScaledUiAmountConfigLayout,
  TransferFeeConfigLayout,
} from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import type { TransferFee } from '../../src/corporate-actions/index.js';

/** One extension to write into a mint fixture, in TLV order. */
export type MintFixtureExtension =
  | {
      kind: 'ScaledUiAmount';
      authority: string | null;
      multiplier: number;
      newMultiplier: number;
      newMultiplierEffectiveTimestamp: bigint;
    }
  | {
      kind: 'TransferFeeConfig';
      transferFeeConfigAuthority: string | null;
      withdrawWithheldAuthority: string | null;
      withheldAmount: bigint;
      olderTransferFee: TransferFee;
      newerTransferFee: TransferFee;
    }
  | { kind: 'Pausable'; authority: string | null; paused: boolean }
  | { kind: 'PermanentDelegate'; delegate: string | null }
  | { kind: 'MetadataPointer'; authority: string | null; metadataAddress: string | null }
  | { kind: 'Raw'; extensionType: number; value: Uint8Array };

/** A mint fixture: base fields (defaults: no authorities, supply 0, 6 decimals, initialized) and extensions. */
export interface MintFixture {
  mintAuthority?: string | null;
  supply?: bigint;
  decimals?: number;
  isInitialized?: boolean;
  freezeAuthority?: string | null;
  /** Omit (or pass `[]` with `forceExtensionArea: false`) for an 82-byte mint. */
  extensions?: MintFixtureExtension[];
  /** Bytes after the last TLV entry (e.g. an `Uninitialized` terminator and garbage), default none. */
  trailing?: Uint8Array;
}

const key = (address: string | null): PublicKey => (address === null ? PublicKey.default : new PublicKey(address));

function encodeValue(extension: MintFixtureExtension): { type: number; value: Uint8Array } {
  switch (extension.kind) {
    case 'ScaledUiAmount': {
      const value = Buffer.alloc(ScaledUiAmountConfigLayout.span);
      ScaledUiAmountConfigLayout.encode({ ...extension, authority: key(extension.authority) }, value);
      return { type: ExtensionType.ScaledUiAmountConfig, value };
    }
    case 'TransferFeeConfig': {
      const value = Buffer.alloc(TransferFeeConfigLayout.span);
      TransferFeeConfigLayout.encode(
        {
          ...extension,
          transferFeeConfigAuthority: key(extension.transferFeeConfigAuthority),
          withdrawWithheldAuthority: key(extension.withdrawWithheldAuthority),
        },
        value,
      );
      return { type: ExtensionType.TransferFeeConfig, value };
    }
    case 'Pausable': {
      const value = Buffer.alloc(PausableConfigLayout.span);
      PausableConfigLayout.encode({ authority: key(extension.authority), paused: extension.paused }, value);
      return { type: ExtensionType.PausableConfig, value };
    }
    case 'PermanentDelegate': {
      const value = Buffer.alloc(PermanentDelegateLayout.span);
      PermanentDelegateLayout.encode({ delegate: key(extension.delegate) }, value);
      return { type: ExtensionType.PermanentDelegate, value };
    }
    case 'MetadataPointer': {
      const value = Buffer.alloc(MetadataPointerLayout.span);
      MetadataPointerLayout.encode(
        { authority: key(extension.authority), metadataAddress: key(extension.metadataAddress) },
        value,
      );
      return { type: ExtensionType.MetadataPointer, value };
    }
    case 'Raw':
      return { type: extension.extensionType, value: extension.value };
  }
}

/**
 * Encodes mint account bytes with `@solana/spl-token`'s layouts (base `MintLayout`, extension layouts) the way
 * Token-2022 lays them out: base 82 bytes, zero padding to 165, account type `Mint` at 165, TLV entries from 166.
 */
export function encodeToken2022Mint(fixture: MintFixture = {}): Uint8Array {
  const base = Buffer.alloc(MINT_SIZE);
  MintLayout.encode(
    {
      mintAuthorityOption: fixture.mintAuthority ? 1 : 0,
      mintAuthority: key(fixture.mintAuthority ?? null),
      supply: fixture.supply ?? 0n,
      decimals: fixture.decimals ?? 6,
      isInitialized: fixture.isInitialized ?? true,
      freezeAuthorityOption: fixture.freezeAuthority ? 1 : 0,
      freezeAuthority: key(fixture.freezeAuthority ?? null),
    },
    base,
  );
  if (fixture.extensions === undefined && fixture.trailing === undefined) return new Uint8Array(base);
  const entries = (fixture.extensions ?? []).map(encodeValue);
  const tlvLength = entries.reduce((sum, entry) => sum + 4 + entry.value.length, 0);
  const trailing = fixture.trailing ?? new Uint8Array();
  const data = new Uint8Array(166 + tlvLength + trailing.length);
  data.set(base, 0);
  data[165] = AccountType.Mint;
  const view = new DataView(data.buffer);
  let at = 166;
  for (const entry of entries) {
    view.setUint16(at, entry.type, true);
    view.setUint16(at + 2, entry.value.length, true);
    data.set(entry.value, at + 4);
    at += 4 + entry.value.length;
  }
  data.set(trailing, at);
  return data;
}
