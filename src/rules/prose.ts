import type { Nodes } from 'mdast';
import { join } from '../load/pointer.js';
import type { Locale, LocalizedList, LocalizedText, StatementSource } from '../model/input.generated.js';
import { mayContainMarkup, parseMarkdown } from '../text/markdown.js';
import { localizedFields, type LocalizedField } from '../validate/schema-index.js';

/** One language of a text in the input, with the pointer to that language's string. */
export interface Prose {
  path: string;
  locale: Locale;
  /** What a reader sees: Markdown markup and link targets removed. */
  text: string;
}

/**
 * The texts of a LocalizedText per language of the statement. A plain string counts as the
 * statement's first language (the schema allows it only for single-language statements).
 */
export function proseOf(value: LocalizedText | undefined, path: string, locales: readonly Locale[]): Prose[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return locales[0] ? [{ path, locale: locales[0], text: visible(value) }] : [];
  return locales.flatMap((locale) => {
    const text = value[locale];
    return typeof text === 'string' ? [{ path: join(path, locale), locale, text: visible(text) }] : [];
  });
}

/** Each item of a LocalizedList per language, pointing at the item. */
export function listProseOf(value: LocalizedList | undefined, path: string, locales: readonly Locale[]): Prose[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    const locale = locales[0];
    return locale ? value.map((text, i) => ({ path: join(path, i), locale, text })) : [];
  }
  return locales.flatMap((locale) => (value[locale] ?? []).map((text, i) => ({ path: join(path, locale, i), locale, text })));
}

/**
 * What one run of the rules has already worked out (see readingTextsOnce): many rules read the
 * same texts and walk the same fields, and parsing a text's Markdown or walking the statement
 * costs far more than looking the result up. Nothing is kept between runs.
 */
let read: Map<string, string> | undefined;
let worked: Map<string, unknown> | undefined;

/** Runs `fn` (one run of the rules) with each text's Markdown parsed at most once. */
export function readingTextsOnce<T>(fn: () => T): T {
  const outer = [read, worked] as const;
  read = new Map();
  worked = new Map();
  try {
    return fn();
  } finally {
    [read, worked] = outer;
  }
}

/**
 * `compute()`, worked out once per run of the rules for `key` (the run's input and languages
 * do not change during it); outside a run, every time.
 */
export function oncePerRun<T>(key: string, compute: () => T): T {
  if (!worked) return compute();
  if (!worked.has(key)) worked.set(key, compute());
  return worked.get(key) as T;
}

/** Every text and list of the input (localizedFields), walked once per run of the rules. */
export function fieldsOf(input: StatementSource): LocalizedField[] {
  return oncePerRun('fields', () => localizedFields(input));
}

/** The words of a text as read: link targets and markup are not prose. */
export function visible(text: string): string {
  if (!mayContainMarkup(text)) return text;
  const known = read?.get(text);
  if (known !== undefined) return known;
  const words = visibleOf(text);
  read?.set(text, words);
  return words;
}

function visibleOf(text: string): string {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
    else if (node.type === 'break') out.push('\n');
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
    if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'heading') out.push('\n');
  };
  walk(parseMarkdown(text));
  return out.join('');
}

/** The number of words in a text (an apostrophe, straight or curly, is part of a word). */
export function wordCount(text: string): number {
  // The curly apostrophe as an escape: the bundle is then ASCII only, which V8 keeps in one
  // byte per character instead of two.
  return text.split(/[^\p{L}\p{N}'\u2019-]+/u).filter(Boolean).length;
}
