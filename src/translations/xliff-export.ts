import type { Locale, StatementSource } from '../model/input.generated.js';
import { translationStatuses, type TextStatus, type TranslationLock } from './lock.js';
import { languageNames, sourceLocaleOf, translatableTexts, type TranslatableText } from './texts.js';

/** XLIFF 1.2's namespace: the files are XLIFF 1.2 (OASIS), which every CAT tool reads. */
export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:1.2';

/** A text as a translator sees it: a list as its items, one per line. */
export function unitText(value: string | readonly string[]): string {
  return typeof value === 'string' ? value : value.join('\n');
}

/**
 * The XLIFF `state` of a target: what a translator has to do with it. Missing translations need
 * translating; a translation whose source changed needs reviewing; one edited since it was
 * accepted is translated but not signed off; an accepted one is final.
 */
export function targetState(s: TextStatus): string {
  if (s.missing) return 'needs-translation';
  switch (s.status) {
    case 'stale':
      return 'needs-review-translation';
    case 'current':
      return 'final';
    default:
      return 'translated';
  }
}

/** A character XML 1.0 cannot hold, even as a character reference. */
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class NotXmlText extends Error {
  constructor(readonly text: TranslatableText) {
    super(`${text.label} (${text.path}) holds a control character that XML cannot carry`);
  }
}

function escapeXml(s: string, attribute = false): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  if (attribute) out = out.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
  return out;
}

export interface ExportOptions {
  /** The statement's file name, for XLIFF's `original`. */
  original: string;
  /** The language to translate into: one of the statement's languages other than the source. */
  locale: Locale;
}

/**
 * The statement's texts as an XLIFF 1.2 document for a translation agency: one `trans-unit` per
 * text, its `id` the text's JSON Pointer, its source the text in the source language (Markdown,
 * as plain text), its target the translation as it is now, marked with what it needs. Throws
 * NotXmlText for a text XML cannot carry (a control character: `check` reports those).
 */
export function exportXliff(input: StatementSource, lock: TranslationLock | undefined, options: ExportOptions): string {
  const source = sourceLocaleOf(input);
  const target = options.locale;
  const texts = translatableTexts(input);
  const all = translationStatuses(input, lock, texts).filter((s) => s.locale === target);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${xliffNamespace}">`,
    `  <file original="${escapeXml(options.original, true)}" source-language="${source}" target-language="${target}" datatype="plaintext" product-name="privacy-statement-compiler">`,
    '    <header>',
    `      <note>The privacy statement “${escapeXml(input.statement.id)}”, from ${languageNames[source]} into ${languageNames[target]}. The texts are Markdown: keep **bold**, *italics*, links [text](https://…) with their addresses, list items starting with “- ” or “1. ” on lines of their own, and blank lines between paragraphs. A single line break inside a paragraph is not shown and need not be kept.</note>`,
    '    </header>',
    '    <body>',
  ];
  for (const s of all) {
    const text = s.text;
    const sourceText = unitText(text.values[source]!);
    const translation = text.values[target];
    const targetText = translation === undefined ? '' : unitText(translation);
    if (notXml.test(sourceText) || notXml.test(targetText)) throw new NotXmlText(text);
    const notes = [text.label];
    if (text.kind === 'list') notes.push('A list: one item per line. The translation may have more or fewer items.');
    if (s.status === 'stale') notes.push(`The ${languageNames[source]} text has changed since this translation was accepted: bring the translation in line with it.`);
    if (!text.shown) notes.push('Not shown in the statement at present (it applies only in other circumstances); translate it all the same, so that the statement stays complete if it is shown later.');
    lines.push(
      `      <trans-unit id="${escapeXml(text.path, true)}" resname="${escapeXml(text.key, true)}" xml:space="preserve"${s.status === 'current' ? ' approved="yes"' : ''}>`,
      `        <source>${escapeXml(sourceText)}</source>`,
      `        <target state="${targetState(s)}">${escapeXml(targetText)}</target>`,
      ...notes.map((n) => `        <note>${escapeXml(n)}</note>`),
      '      </trans-unit>',
    );
  }
  lines.push('    </body>', '  </file>', '</xliff>');
  return lines.join('\n') + '\n';
}
