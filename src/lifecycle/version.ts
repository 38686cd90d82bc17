import { createHash } from 'node:crypto';

/**
 * A statement's version id: the first 12 hex digits of the SHA-256 of its canonical content,
 * the parsed input as JSON with sorted keys. Comments, key order, quoting and line breaks of
 * the source do not change it, and YAML and JSON of the same content share it; any change of
 * a value does change it.
 */
export function versionId(input: unknown): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex').slice(0, 12);
}

/** JSON with the keys of every object sorted by code unit, without white space. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort(compare);
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k])).join(',') + '}';
  }
  return JSON.stringify(value) ?? 'null';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
