import { ByteReader } from '../bytes/index.js';
import { XStockLendError } from '../errors/index.js';
import { invalidMintData, MINT_LAYOUT } from './invalid-mint-data.js';
import {
  readMetadataPointer,
  readPausable,
  readPermanentDelegate,
  readScaledUiAmount,
  readTransferFeeConfig,
} from './read-mint-extension-values.js';
import { getToken2022ExtensionName, Token2022ExtensionType } from './token-2022-extension-type.js';
import type { MintExtensionEntry, Token2022Mint } from './token-2022-mint.js';

const MINT_BASE_LENGTH = 82;
/** Token-2022 pads a mint with extensions to the token account size, so the account type byte sits at 165. */
const ACCOUNT_TYPE_OFFSET = 165;
const TLV_START = ACCOUNT_TYPE_OFFSET + 1;
const ACCOUNT_TYPE_MINT = 1;
/** A multisig account's length: the program never gives a mint this length. */
const MULTISIG_LENGTH = 355;

/** Fixed value lengths of the extensions this decoder reads. */
const DECODED_LENGTHS: ReadonlyMap<number, number> = new Map([
  [Token2022ExtensionType.TransferFeeConfig, 108],
  [Token2022ExtensionType.PermanentDelegate, 32],
  [Token2022ExtensionType.MetadataPointer, 64],
  [Token2022ExtensionType.ScaledUiAmount, 56],
  [Token2022ExtensionType.Pausable, 33],
]);

/**
 * Decodes a mint account of Token-2022 (or of the classic Token program: an 82-byte mint has no extensions): the base
 * fields, the list of every extension present, and the values of those a lender acts on (`ScaledUiAmount`,
 * `TransferFeeConfig`, `Pausable`, `PermanentDelegate`, `MetadataPointer`).
 *
 * Layout: base 82 bytes (COption mint authority 36 | supply u64 | decimals u8 | is_initialized bool | COption freeze
 * authority 36); with extensions the account is zero-padded to 165 bytes, byte 165 is the account type (1 = Mint), and TLV
 * entries (u16 type, u16 length, value) follow from byte 166. The list is walked as the program walks it: it ends at the
 * end of the data, at an `Uninitialized` (type 0) entry, or when fewer than 2 bytes remain. For a duplicated type the
 * first entry wins, as on chain. Types this library does not know are listed, not rejected.
 *
 * @param mintData - the account data
 * @throws {@link XStockLendError} `INVALID_ACCOUNT_DATA` for data the program would refuse: shorter than 82 bytes, 83–165
 * bytes, 355 bytes (a multisig), non-zero padding, an account type other than Mint, a bad COption tag or bool, a TLV entry
 * running past the end, a decoded extension of the wrong length, or a ScaledUiAmount multiplier that is not a positive
 * normal number; `INVALID_ARGUMENT` when `mintData` is not a `Uint8Array`.
 * @example
 * ```ts
 * import { decodeToken2022Mint } from 'xstock-lend';
 * const mint = decodeToken2022Mint(accountData);
 * console.log(mint.decimals, mint.extensions.map((entry) => entry.name));
 * if (mint.transferFeeConfig) console.log('deposits land net of a transfer fee');
 * ```
 */
export function decodeToken2022Mint(mintData: Uint8Array): Token2022Mint {
  if (!(mintData instanceof Uint8Array)) {
    throw new XStockLendError('INVALID_ARGUMENT', `Expected the ${MINT_LAYOUT} account data as a Uint8Array.`, {
      context: { type: typeof mintData },
    });
  }
  const length = mintData.length;
  if (
    length < MINT_BASE_LENGTH ||
    length === MULTISIG_LENGTH ||
    (length > MINT_BASE_LENGTH && length <= ACCOUNT_TYPE_OFFSET)
  ) {
    throw invalidMintData(
      `account data is ${length} bytes; a mint is 82 bytes, or at least 166 (and never 355) with extensions`,
      { length },
    );
  }
  const reader = new ByteReader(mintData, MINT_LAYOUT);
  const mintAuthority = readCOptionKey(reader, 'mint_authority');
  const supply = reader.u64('supply');
  const decimals = reader.u8('decimals');
  const isInitialized = readBool(reader, 'is_initialized');
  const freezeAuthority = readCOptionKey(reader, 'freeze_authority');
  const mint: Token2022Mint = {
    mintAuthority,
    supply,
    decimals,
    isInitialized,
    freezeAuthority,
    extensions: [],
    scaledUiAmount: null,
    transferFeeConfig: null,
    pausable: null,
    permanentDelegate: null,
    metadataPointer: null,
  };
  if (length === MINT_BASE_LENGTH) return mint;

  for (let at = MINT_BASE_LENGTH; at < ACCOUNT_TYPE_OFFSET; at++) {
    if (mintData[at] !== 0)
      throw invalidMintData(`padding byte ${at} is not zero`, { offset: at, value: mintData[at] });
  }
  const accountType = mintData[ACCOUNT_TYPE_OFFSET];
  if (accountType !== ACCOUNT_TYPE_MINT) {
    throw invalidMintData(`account type byte is ${accountType}, not 1 (Mint)`, {
      offset: ACCOUNT_TYPE_OFFSET,
      accountType,
    });
  }
  const extensions: MintExtensionEntry[] = [];
  reader.offset = TLV_START;
  while (reader.remaining >= 2) {
    const type = reader.u16('tlv.type');
    if (type === Token2022ExtensionType.Uninitialized) break;
    const valueLength = reader.u16('tlv.length');
    const name = getToken2022ExtensionName(type);
    const offset = reader.offset;
    reader.need(valueLength, `tlv.value(${name})`);
    extensions.push({ type, name, offset, length: valueLength });
    const expected = DECODED_LENGTHS.get(type);
    if (expected === undefined || isAlreadyDecoded(mint, type)) continue;
    if (valueLength !== expected) {
      throw invalidMintData(`${name} extension is ${valueLength} bytes, expected ${expected}`, {
        extensionType: type,
        offset,
        length: valueLength,
        expected,
      });
    }
    decodeValue(mint, type, new ByteReader(mintData, MINT_LAYOUT, offset));
  }
  mint.extensions = extensions;
  return mint;
}

function isAlreadyDecoded(mint: Token2022Mint, type: number): boolean {
  switch (type) {
    case Token2022ExtensionType.ScaledUiAmount:
      return mint.scaledUiAmount !== null;
    case Token2022ExtensionType.TransferFeeConfig:
      return mint.transferFeeConfig !== null;
    case Token2022ExtensionType.Pausable:
      return mint.pausable !== null;
    case Token2022ExtensionType.PermanentDelegate:
      return mint.permanentDelegate !== null;
    default:
      return mint.metadataPointer !== null;
  }
}

function decodeValue(mint: Token2022Mint, type: number, reader: ByteReader): void {
  switch (type) {
    case Token2022ExtensionType.ScaledUiAmount:
      mint.scaledUiAmount = readScaledUiAmount(reader);
      return;
    case Token2022ExtensionType.TransferFeeConfig:
      mint.transferFeeConfig = readTransferFeeConfig(reader);
      return;
    case Token2022ExtensionType.Pausable:
      mint.pausable = readPausable(reader);
      return;
    case Token2022ExtensionType.PermanentDelegate:
      mint.permanentDelegate = readPermanentDelegate(reader);
      return;
    default:
      mint.metadataPointer = readMetadataPointer(reader);
  }
}

/** Reads a `COption<Pubkey>`: u32 tag (0 = None, 1 = Some) and 32 bytes. */
function readCOptionKey(reader: ByteReader, field: string): string | null {
  const at = reader.offset;
  const tag = reader.u32(`${field}.tag`);
  const key = reader.publicKey(field);
  if (tag === 0) return null;
  if (tag === 1) return key;
  throw invalidMintData(`${field} has option tag ${tag}, expected 0 or 1`, { field, offset: at, tag });
}

function readBool(reader: ByteReader, field: string): boolean {
  const at = reader.offset;
  const value = reader.u8(field);
  if (value > 1) throw invalidMintData(`${field} is ${value}, expected 0 or 1`, { field, offset: at, value });
  return value === 1;
}
