import { exportTranslations, importTranslations, openTranslations, type ImportResult } from '../../src/translations/api.js';
import type { Locale } from '../../src/model/input.generated.js';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The XLIFF export of a statement for one language. */
export function exportOf(text: string, locale: Locale, lock?: string): string {
  const { opened, diagnostics } = openTranslations(text, lock !== undefined ? { translations: lock } : {});
  if (!opened) throw new Error(JSON.stringify(diagnostics));
  return exportTranslations(opened, locale, 'statement.yaml');
}

/** The unit of an id, as exported. */
export function unitOf(xliff: string, id: string): string {
  const start = xliff.indexOf(`<trans-unit id="${id}"`);
  if (start < 0) throw new Error(`no unit ${id}`);
  return xliff.slice(start, xliff.indexOf('</trans-unit>', start) + '</trans-unit>'.length);
}

/** The XLIFF with one unit's target replaced, as a translator's tool would leave it. */
export function withTarget(xliff: string, id: string, target: string, state = 'translated'): string {
  const unit = unitOf(xliff, id);
  const edited = unit.replace(/<target state="[^"]*">[\s\S]*?<\/target>/, `<target state="${state}">${escapeXml(target)}</target>`);
  return xliff.replace(unit, edited);
}

/** Imports an XLIFF text into a statement text. */
export function importInto(text: string, xliff: string, lock?: string): ImportResult {
  const { opened, diagnostics } = openTranslations(text, lock !== undefined ? { translations: lock } : {});
  if (!opened) throw new Error(JSON.stringify(diagnostics));
  return importTranslations(text, opened, xliff, { file: 'statement.yaml', xliffFile: 'statement.fr.xlf' });
}

/**
 * The lines of `after` that differ from `before`, as [first, last] of `before` (0-based,
 * inclusive; last < first for a pure insertion), asserting that everything else is the same.
 */
export function changedLines(before: string, after: string): { first: number; last: number; inserted: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let first = 0;
  while (first < a.length && first < b.length && a[first] === b[first]) first++;
  let tail = 0;
  while (tail < a.length - first && tail < b.length - first && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { first, last: a.length - 1 - tail, inserted: b.slice(first, b.length - tail) };
}
