import en from '../../locales/lint/en.json' with { type: 'json' };
import fr from '../../locales/lint/fr.json' with { type: 'json' };
import nl from '../../locales/lint/nl.json' with { type: 'json' };
import type { Locale } from '../model/input.generated.js';

/**
 * A word list entry: a plain word or phrase matched on word boundaries, or a regular expression
 * (its `pattern`) for words that are weak only in some contexts, such as Dutch "kunnen". A
 * pattern lists in `requires` the (lower-case) fragments of which any match contains at least
 * one: texts without any of them are not searched, which keeps checking fast.
 */
export type Entry = string | { word: string; requires: string[]; pattern: string; why?: string };

export interface LintWords {
  checked: string;
  vagueRetention: Entry[];
  hedging: Entry[];
  openEnded: Entry[];
  genericRecipients: string[];
  genericInterest: { phrases: string[]; filler: string[] };
  /** Fewer words than this in a description say little about what a recipient does. */
  minRecipientDescriptionWords: number;
}

export const lintWords: Record<Locale, LintWords> = { nl, fr, en } as Record<Locale, LintWords>;

export const languageNames: Record<Locale, string> = { nl: 'Dutch', fr: 'French', en: 'English' };

export interface Match {
  /** The word as listed, to name in the message. */
  word: string;
  /** The words around it, as they were found, for the message. */
  found: string;
}

/**
 * Letters and digits of the Latin script, with combining accents: what a word is made of in
 * Dutch, French and English. A class of this size compiles a hundred times faster than
 * `\p{L}`, which matters because the word lists compile to a few hundred expressions.
 */
const latinLetter = 'A-Za-zªµºÀ-ÖØ-öø-ɏḀ-ỿ\\u0300-\\u036f';
const letter = `[0-9${latinLetter}]`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive pattern over prose. It is matched against the lower-cased text with a
 * case-sensitive expression, because V8 compiles a case-insensitive Unicode expression with
 * classes of this size several times slower (the rules compile a few hundred, once per
 * process). A text whose lower-case form differs in length (a rare `İ`) is matched with the
 * case-insensitive expression, so that positions stay those of the text.
 */
export class TextPattern {
  private readonly lower: RegExp;
  private folded?: RegExp;

  constructor(readonly source: string) {
    this.lower = new RegExp(lowerCasePattern(source), 'u');
  }

  exec(text: string, lower = text.toLowerCase()): RegExpExecArray | null {
    if (lower.length === text.length) return this.lower.exec(lower);
    return (this.folded ??= new RegExp(this.source, 'iu')).exec(text);
  }

  test(text: string, lower?: string): boolean {
    return this.exec(text, lower) !== null;
  }
}

/**
 * A pattern's letters in lower case, leaving escapes (`\S`, `\p{L}`, `\u00C9`) and character
 * classes as they are (a class must list the lower-case letters it means, as `letter` does).
 */
export function lowerCasePattern(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c !== '\\') {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += inClass ? c : c.toLowerCase();
      continue;
    }
    const next = source[i + 1] ?? '';
    if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
      const close = source.indexOf('}', i);
      out += source.slice(i, close + 1);
      i = close;
    } else if (next === 'u' || next === 'x') {
      const length = next === 'u' ? 4 : 2;
      out += source.slice(i, i + 2 + length);
      i += 1 + length;
    } else {
      out += c + next;
      i++;
    }
  }
  return out;
}

const patterns = new Map<string, TextPattern>();

function memo(key: string, make: () => string): TextPattern {
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = new TextPattern(make())));
  return re;
}

/** A word or phrase on word boundaries, case-insensitive; spaces match any white space. */
export function wordPattern(word: string): TextPattern {
  return memo('w:' + word, () => `(?<!${letter})${escape(word.trim()).replace(/\s+/g, '\\s+')}(?!${letter})`);
}

/**
 * `\b` in the data files means a word boundary around accented letters too (in JavaScript it
 * only knows ASCII), and `\p{L}` a letter.
 */
function unicodeBoundaries(pattern: string): string {
  return pattern
    .replace(/(?<!\\)\\b/g, `(?:(?<!${letter})(?=${letter})|(?<=${letter})(?!${letter}))`)
    .replace(/(?<!\\)\\p\{L\}/g, `[${latinLetter}]`);
}

/** A pattern from a data file, case-insensitive. */
export function dataPattern(pattern: string): TextPattern {
  return memo('p:' + pattern, () => unicodeBoundaries(pattern));
}

/** Lower case, white space as single spaces: the form the `requires` fragments are looked for in. */
export function searchable(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

const placeholder = '{controller}';

interface Compiled {
  word: string;
  /** A match contains at least one of these (lower case). */
  requires: string[];
  /** Absent for patterns that name the controller: those are compiled per statement. */
  re?: TextPattern;
  pattern?: string;
}

const compiled = new WeakMap<Entry[], Compiled[]>();

function compile(entries: Entry[]): Compiled[] {
  let list = compiled.get(entries);
  if (!list) {
    list = entries.map((e): Compiled => {
      if (typeof e === 'string') return { word: e, requires: [searchable(e.trim())], re: wordPattern(e) };
      const requires = e.requires.map(searchable);
      return e.pattern.includes(placeholder) ? { word: e.word, requires, pattern: e.pattern } : { word: e.word, requires, re: dataPattern(e.pattern) };
    });
    compiled.set(entries, list);
  }
  return list;
}

/** A match with up to three words either side, on one line. */
function context(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(/(?<=\s)(?=\S)/u).slice(-3).join('');
  const after = text.slice(end).split(/(?<=\S)(?=\s)/u).slice(0, 3).join('');
  const one = (before + text.slice(start, end) + after).replace(/\s+/g, ' ').trim();
  return (start - before.length > 0 ? '…' : '') + one + (end + after.length < text.length ? '…' : '');
}

/**
 * The first entry of a list that occurs in a text. A pattern may name the controller as
 * `{controller}` ("KMO-verzekeringen kan uw gegevens delen"); it is matched with the
 * statement's own names, and skipped when none are given.
 */
export function firstMatch(text: string, entries: Entry[], controllerNames: readonly string[] = []): Match | undefined {
  const names = controllerNames.map(escape).join('|');
  const words = searchable(text);
  let lower: string | undefined;
  for (const entry of compile(entries)) {
    if (!entry.requires.some((fragment) => words.includes(fragment))) continue;
    const re = entry.re ?? (names && entry.pattern ? dataPattern(entry.pattern.split(placeholder).join(`(?:${names})`)) : undefined);
    if (!re) continue;
    const m = re.exec(text, (lower ??= text.toLowerCase()));
    if (m) return { word: entry.word, found: context(text, m.index, m.index + m[0].length) };
  }
  return undefined;
}
