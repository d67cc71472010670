/**
 * Pre-serialized JSON text, embedded verbatim by {@link stringifyJson} (e.g. an account encoded once by a fast path).
 *
 * @example
 * ```ts
 * stringifyJson({ value: new RawJson('{"lamports":1}') }); // '{"value":{"lamports":1}}'
 * ```
 */
export class RawJson {
  /**
   * @param text - valid JSON text
   */
  constructor(readonly text: string) {}
}

/**
 * A value the server can write as JSON: `bigint` is written as an exact integer (Solana's u64 fields), `undefined`
 * object properties are skipped, non-finite numbers become `null` (as serde_json writes them).
 *
 * @example
 * ```ts
 * const value: JsonValue = { context: { slot: 5n }, value: [1, 'a', null] };
 * ```
 */
export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | RawJson
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/**
 * Serializes a {@link JsonValue} to JSON text.
 *
 * @param value - the value
 * @example
 * ```ts
 * stringifyJson({ lamports: 18446744073709551615n }); // '{"lamports":18446744073709551615}'
 * ```
 */
export function stringifyJson(value: JsonValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
  }
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => stringifyJson(item)).join(',')}]`;
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value as { readonly [key: string]: JsonValue | undefined })) {
    if (item !== undefined) parts.push(`${JSON.stringify(key)}:${stringifyJson(item)}`);
  }
  return `{${parts.join(',')}}`;
}
