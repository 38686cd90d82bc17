import { registerTable } from './register.js';
import type { Writer } from './types.js';

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The record of processing activities as CSV (RFC 4180): a header row in the locale's language,
 * one row per purpose, CRLF line ends, UTF-8 with a byte-order mark so that spreadsheet
 * programs read the accents right.
 */
export const writeRegisterCsv: Writer<string> = ({ model, locale }) => {
  const { headers, rows } = registerTable(model, locale);
  return '\uFEFF' + [headers, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
};
