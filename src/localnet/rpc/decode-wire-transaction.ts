import {
  getBase58Decoder,
  getBase58Encoder,
  getCompiledTransactionMessageDecoder,
  getTransactionDecoder,
  type Transaction,
} from '@solana/kit';
import { invalidParams } from './json-rpc-error.js';
import { describe } from './params.js';

/** Largest wire transaction (Solana's `PACKET_DATA_SIZE`). */
const PACKET_DATA_SIZE = 1232;
const MAX_BASE64_LENGTH = 1644;
const MAX_BASE58_LENGTH = 1683;
const TYPE_NAME = 'solana_transaction::versioned::VersionedTransaction';
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;

const transactionDecoder = getTransactionDecoder();
const messageDecoder = getCompiledTransactionMessageDecoder();
const base58 = getBase58Encoder();
const base58Text = getBase58Decoder();
const ZERO_SIGNATURE = new Uint8Array(64);

/**
 * A transaction received over JSON-RPC, decoded.
 *
 * @example
 * ```ts
 * const wire = decodeWireTransaction(params[0], 'base64');
 * console.log(wire.signature, wire.blockhash);
 * ```
 */
export interface WireTransaction {
  /** The decoded transaction (`@solana/kit` shape, which LiteSVM takes). */
  transaction: Transaction;
  /** The first signature, base58 (all `1`s when unsigned): the transaction's id. */
  signature: string;
  /** The recent blockhash (or durable nonce) the message carries. */
  blockhash: string;
  /** Whether any required signature is missing (all zero). */
  missingSignatures: boolean;
}

/**
 * Decodes a wire transaction sent as a base58 or base64 string, with Solana's size limits and messages.
 *
 * @param encoded - the parameter
 * @param encoding - `base58` (Solana's default) or `base64`
 * @throws {@link JsonRpcError} -32602 for a non-string, a bad encoding, an oversize or undecodable transaction
 * @example
 * ```ts
 * const wire = decodeWireTransaction(base64Wire, 'base64');
 * ```
 */
export function decodeWireTransaction(encoded: unknown, encoding: 'base58' | 'base64'): WireTransaction {
  if (typeof encoded !== 'string')
    throw invalidParams(`the transaction must be a ${encoding} string, got ${describe(encoded)}`);
  const bytes = encoding === 'base64' ? decodeBase64(encoded) : decodeBase58(encoded);
  if (bytes.length > PACKET_DATA_SIZE) {
    throw invalidParams(`decoded ${TYPE_NAME} too large: ${bytes.length} bytes (max: ${PACKET_DATA_SIZE} bytes)`);
  }
  let transaction: Transaction;
  let blockhash: string;
  try {
    transaction = transactionDecoder.decode(bytes);
    blockhash = String(messageDecoder.decode(transaction.messageBytes).lifetimeToken);
  } catch (cause) {
    throw invalidParams(`failed to deserialize ${TYPE_NAME}: ${(cause as Error)?.message ?? String(cause)}`);
  }
  const signatures = Object.values(transaction.signatures);
  const first = signatures[0];
  if (first === undefined) throw invalidParams(`failed to deserialize ${TYPE_NAME}: no signatures`);
  return {
    transaction,
    signature: base58Text.decode(first ?? ZERO_SIGNATURE),
    blockhash,
    missingSignatures: signatures.some((signature) => signature === null || isZero(signature)),
  };
}

function decodeBase64(encoded: string): Uint8Array {
  if (encoded.length > MAX_BASE64_LENGTH) {
    throw invalidParams(
      `base64 encoded ${TYPE_NAME} too large: ${encoded.length} bytes (max: encoded/raw ${MAX_BASE64_LENGTH}/${PACKET_DATA_SIZE})`,
    );
  }
  if (encoded.length % 4 !== 0 || !BASE64_PATTERN.test(encoded)) throw invalidParams('invalid base64 encoding');
  return new Uint8Array(Buffer.from(encoded, 'base64'));
}

function decodeBase58(encoded: string): Uint8Array {
  if (encoded.length > MAX_BASE58_LENGTH) {
    throw invalidParams(
      `base58 encoded ${TYPE_NAME} too large: ${encoded.length} bytes (max: encoded/raw ${MAX_BASE58_LENGTH}/${PACKET_DATA_SIZE})`,
    );
  }
  try {
    return new Uint8Array(base58.encode(encoded));
  } catch {
    throw invalidParams('invalid base58 encoding');
  }
}

function isZero(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0) return false;
  return true;
}
