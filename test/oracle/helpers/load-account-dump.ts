import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { base64ToBytes } from './byte-writer.js';

/** An account dump from ../shared/data/klend (`solana account --output json` shape). */
export interface AccountDump {
  pubkey: string;
  owner: string;
  lamports: number;
  data: Uint8Array;
}

interface DumpJson {
  pubkey: string;
  account: { data: [string, string]; owner: string; lamports: number };
}

const KLEND_DATA = fileURLToPath(new URL('../../../../shared/data/klend/', import.meta.url));

/** Loads `../shared/data/klend/<file>`. */
export function loadAccountDump(file: string): AccountDump {
  const json = JSON.parse(readFileSync(`${KLEND_DATA}${file}`, 'utf8')) as DumpJson;
  return {
    pubkey: json.pubkey,
    owner: json.account.owner,
    lamports: json.account.lamports,
    data: base64ToBytes(json.account.data[0]),
  };
}

/** Reads a JSON fixture from test/oracle/fixtures. */
export function loadFixture<T>(file: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)), 'utf8')) as T;
}
