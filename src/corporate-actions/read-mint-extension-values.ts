import type { ByteReader } from '../bytes/index.js';
import { invalidMintData } from './invalid-mint-data.js';
import type { ScaledUiAmountConfig } from './scaled-ui-amount-config.js';
import type {
  MetadataPointerConfig,
  PausableConfig,
  PermanentDelegateConfig,
  TransferFee,
  TransferFeeConfig,
} from './token-2022-mint.js';

const MIN_NORMAL_F64 = 2 ** -1022;

/** Reads an `OptionalNonZeroPubkey`: 32 bytes, all zero meaning `None`. */
export function readOptionalNonZeroKey(reader: ByteReader, field: string): string | null {
  const at = reader.offset;
  const bytes = reader.slice(32, field);
  if (bytes.every((byte) => byte === 0)) return null;
  reader.offset = at;
  return reader.publicKey(field);
}

function readMultiplier(reader: ByteReader, field: string): number {
  const at = reader.offset;
  const value = reader.f64(field);
  // The program only ever stores positive normal floats (`is_sign_positive() && is_normal()`).
  if (!(value >= MIN_NORMAL_F64 && value < Number.POSITIVE_INFINITY)) {
    throw invalidMintData(
      `ScaledUiAmount ${field} ${value} is not a positive normal number, which the program never writes`,
      {
        field,
        offset: at,
        value: String(value),
      },
    );
  }
  return value;
}

/** Reads the 56-byte `ScaledUiAmountConfig` value. */
export function readScaledUiAmount(reader: ByteReader): ScaledUiAmountConfig {
  const authority = readOptionalNonZeroKey(reader, 'scaled_ui_amount.authority');
  const multiplier = readMultiplier(reader, 'scaled_ui_amount.multiplier');
  const newMultiplierEffectiveTimestamp = reader.i64('scaled_ui_amount.new_multiplier_effective_timestamp');
  const newMultiplier = readMultiplier(reader, 'scaled_ui_amount.new_multiplier');
  return { authority, multiplier, newMultiplier, newMultiplierEffectiveTimestamp };
}

function readTransferFee(reader: ByteReader, field: string): TransferFee {
  return {
    epoch: reader.u64(`${field}.epoch`),
    maximumFee: reader.u64(`${field}.maximum_fee`),
    transferFeeBasisPoints: reader.u16(`${field}.transfer_fee_basis_points`),
  };
}

/** Reads the 108-byte `TransferFeeConfig` value. */
export function readTransferFeeConfig(reader: ByteReader): TransferFeeConfig {
  return {
    transferFeeConfigAuthority: readOptionalNonZeroKey(reader, 'transfer_fee_config.transfer_fee_config_authority'),
    withdrawWithheldAuthority: readOptionalNonZeroKey(reader, 'transfer_fee_config.withdraw_withheld_authority'),
    withheldAmount: reader.u64('transfer_fee_config.withheld_amount'),
    olderTransferFee: readTransferFee(reader, 'transfer_fee_config.older_transfer_fee'),
    newerTransferFee: readTransferFee(reader, 'transfer_fee_config.newer_transfer_fee'),
  };
}

/** Reads the 33-byte `PausableConfig` value (`paused` is a `PodBool`: any non-zero byte is true). */
export function readPausable(reader: ByteReader): PausableConfig {
  return {
    authority: readOptionalNonZeroKey(reader, 'pausable.authority'),
    paused: reader.u8('pausable.paused') !== 0,
  };
}

/** Reads the 32-byte `PermanentDelegate` value. */
export function readPermanentDelegate(reader: ByteReader): PermanentDelegateConfig {
  return { delegate: readOptionalNonZeroKey(reader, 'permanent_delegate.delegate') };
}

/** Reads the 64-byte `MetadataPointer` value. */
export function readMetadataPointer(reader: ByteReader): MetadataPointerConfig {
  return {
    authority: readOptionalNonZeroKey(reader, 'metadata_pointer.authority'),
    metadataAddress: readOptionalNonZeroKey(reader, 'metadata_pointer.metadata_address'),
  };
}
