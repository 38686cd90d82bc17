import { createHash } from 'node:crypto';
import { messagesIn, type MessageId, type MessageLanguage, type MessageValues } from '../messages/index.js';
import type { Diagnostic } from '../diagnostics.js';
import { loadSource, noPositions, type Locator } from '../load/source.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import { sourceLocaleOf, translatableTexts, translatedLocales, type TranslatableText } from './texts.js';

/**
 * The translations lock file, `<statement>.translations.json` beside the statement: for every
 * text and translated language, the SHA-256 of the source text and of the translation as they
 * were when the translation was accepted. Comparing them with today's texts tells which
 * translations still match their source.
 */
export const lockFormat = 'privacy-statement-translations/v1';

export interface LockEntry {
  /** SHA-256 (hex) of the source text when the translation was accepted. */
  source: string;
  /** SHA-256 (hex) of the translation when it was accepted. */
  translation: string;
}

export interface TranslationLock {
  format: typeof lockFormat;
  /** The language the hashed source texts were written in. */
  sourceLocale: Locale;
  /** By lock key (see TranslatableText.key), then by translated language. */
  texts: Record<string, Partial<Record<Locale, LockEntry>>>;
}

/**
 * - `current`: the source text and the translation are those accepted;
 * - `stale`: the source text has changed since the translation was accepted, the translation has not;
 * - `changed`: the translation has changed since it was accepted (with or without its source):
 *   someone has worked on it, and it waits to be reviewed and accepted;
 * - `new`: never accepted (not in the lock file), or no translation yet.
 */
export type TranslationStatus = 'current' | 'stale' | 'changed' | 'new';
export const statuses: readonly TranslationStatus[] = ['current', 'stale', 'changed', 'new'];

export interface TextStatus {
  text: TranslatableText;
  locale: Locale;
  status: TranslationStatus;
  /** The statement has no text in this language yet. */
  missing: boolean;
}

/** The lock file of a statement file: `harmony.yaml` → `harmony.translations.json`. */
export function lockFileName(statementFile: string): string {
  return statementFile.replace(/\.(?:ya?ml|json)$/i, '') + '.translations.json';
}

/** Whether a file name is a translations lock file rather than a statement. */
export function isLockFileName(name: string): boolean {
  return /\.translations\.json$/i.test(name);
}

/** SHA-256 of a text as the loader reads it; a list as its items in JSON (`["a","b"]`). */
export function hashText(value: string | readonly string[]): string {
  return createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex');
}

const locales: readonly Locale[] = ['nl', 'fr', 'en'];
const sha256 = /^[0-9a-f]{64}$/;

/**
 * Reads a lock file (its JSON text, or the parsed object): the lock, or diagnostics that say
 * what is wrong with it and where (rule `translations-lock-invalid`).
 */
export function readLock(source: string | object, file?: string, lang: MessageLanguage = 'en'): { lock?: TranslationLock; diagnostics: Diagnostic[] } {
  const say = messagesIn(lang);
  let value: unknown = source;
  let locator: Locator | undefined;
  // Positions are needed only to point at a problem: the file is read again for them then.
  const positionOf = (path: string) => {
    locator ??= typeof source === 'string' ? loadSource(source, file).locator : noPositions;
    return locator.position(path);
  };
  const redo = say('translations.lock.redo');
  const problem = (id: MessageId, values: MessageValues, path = '', position = positionOf(path)): Diagnostic => ({
    rule: 'translations-lock-invalid',
    severity: 'error',
    message: say(id, { ...values, redo }),
    messageId: id,
    ...(file !== undefined ? { file } : {}),
    ...(position ?? {}),
    path,
    references: [],
  });
  if (typeof source === 'string') {
    const conflict = /^(?:<{7}|={7}|>{7})(?: |$)/m.exec(source);
    if (conflict) {
      const line = source.slice(0, conflict.index).split('\n').length;
      return { diagnostics: [problem('translations.lock.merge-conflict', { marker: conflict[0].trim(), line }, '', { line, column: 1 })] };
    }
    try {
      value = JSON.parse(source);
    } catch {
      // Only a broken file is read again, with positions, to say where it breaks.
      const loaded = loadSource(source, file);
      const first = loaded.value === undefined ? loaded.diagnostics[0] : undefined;
      // The reader's own words are English: in another language, what they come to.
      const why = first && lang === 'en' ? lowerFirst(first.message) : say(source.trim() === '' ? 'translations.lock.empty' : 'translations.lock.not-json');
      return { diagnostics: [problem('translations.lock.unreadable', { why }, '', first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : undefined)] };
    }
  }
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(value) || value.format !== lockFormat) {
    return { diagnostics: [problem('translations.lock.not-a-lock', { format: lockFormat }, isObject(value) ? '/format' : '')] };
  }
  const diagnostics: Diagnostic[] = [];
  if (typeof value.sourceLocale !== 'string' || !locales.includes(value.sourceLocale as Locale)) {
    diagnostics.push(problem('translations.lock.source-locale', { locales: locales.join(', ') }, '/sourceLocale'));
  }
  if (!isObject(value.texts)) {
    diagnostics.push(problem('translations.lock.texts', {}, '/texts'));
  } else {
    for (const [key, entries] of Object.entries(value.texts)) {
      const at = `/texts/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!isObject(entries)) {
        diagnostics.push(problem('translations.lock.entry', { key }, at));
        continue;
      }
      for (const [locale, entry] of Object.entries(entries)) {
        const ok = locales.includes(locale as Locale) && isObject(entry) && typeof entry.source === 'string' && sha256.test(entry.source) && typeof entry.translation === 'string' && sha256.test(entry.translation);
        if (!ok) diagnostics.push(problem('translations.lock.entry-locale', { key, locale }, `${at}/${locale}`));
      }
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { lock: value as unknown as TranslationLock, diagnostics };
}

/** The lock file's text: keys sorted, one line per language of each text, so that it diffs well. */
export function serializeLock(lock: TranslationLock): string {
  const keys = Object.keys(lock.texts).sort(compare);
  const lines = ['{', `  "format": ${JSON.stringify(lock.format)},`, `  "sourceLocale": ${JSON.stringify(lock.sourceLocale)},`];
  if (keys.length === 0) lines.push('  "texts": {}');
  else {
    lines.push('  "texts": {');
    keys.forEach((key, i) => {
      const entries = lock.texts[key]!;
      const langs = Object.keys(entries).sort(compare) as Locale[];
      lines.push(`    ${JSON.stringify(key)}: {`);
      langs.forEach((l, j) => {
        const e = entries[l]!;
        lines.push(`      ${JSON.stringify(l)}: { "source": ${JSON.stringify(e.source)}, "translation": ${JSON.stringify(e.translation)} }${j < langs.length - 1 ? ',' : ''}`);
      });
      lines.push(`    }${i < keys.length - 1 ? ',' : ''}`);
    });
    lines.push('  }');
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The entries of a lock that apply to a statement: none when they were written for another source language. */
function entriesFor(input: StatementSource, lock: TranslationLock | undefined): TranslationLock['texts'] {
  return lock && lock.sourceLocale === sourceLocaleOf(input) ? lock.texts : {};
}

/** The status of one translation (`sourceHash`: the source text's hash, when the caller has it already). */
export function statusOf(text: TranslatableText, locale: Locale, source: Locale, entry: LockEntry | undefined, sourceHash?: string): TextStatus {
  const translation = text.values[locale];
  if (translation === undefined) return { text, locale, status: 'new', missing: true };
  if (!entry) return { text, locale, status: 'new', missing: false };
  const sourceChanged = (sourceHash ?? hashText(text.values[source]!)) !== entry.source;
  const translationChanged = hashText(translation) !== entry.translation;
  return { text, locale, status: translationChanged ? 'changed' : sourceChanged ? 'stale' : 'current', missing: false };
}

/** The status of every translation of every text, in the order of the file, then of `statement.locales`. */
export function translationStatuses(input: StatementSource, lock: TranslationLock | undefined, texts = translatableTexts(input)): TextStatus[] {
  const source = sourceLocaleOf(input);
  const entries = entriesFor(input, lock);
  const targets = translatedLocales(input);
  return texts.flatMap((text) => {
    const own = entries[text.key];
    const sourceHash = own ? hashText(text.values[source]!) : undefined;
    return targets.map((locale) => statusOf(text, locale, source, own?.[locale], sourceHash));
  });
}

export interface AcceptScope {
  /** Only these languages (default: every translated language). */
  locales?: readonly Locale[];
  /** Only the texts at or below these JSON Pointers (default: every text). */
  paths?: readonly string[];
}

/** Whether a text is at or below one of the pointers. */
export function inScope(text: TranslatableText, paths: readonly string[] | undefined): boolean {
  return !paths || paths.some((p) => text.path === p || text.path.startsWith(p + '/') || p === '');
}

/**
 * Accepts the translations in scope as they are now: their hashes go into the lock. A text in
 * scope without a translation loses its entry; so do entries of texts that no longer exist (when
 * the whole statement, or a whole language, is accepted). Entries written for another source
 * language are dropped: they compare with nothing.
 */
export function acceptInLock(input: StatementSource, lock: TranslationLock | undefined, scope: AcceptScope = {}, texts = translatableTexts(input)): { lock: TranslationLock; accepted: TextStatus[] } {
  const source = sourceLocaleOf(input);
  const targets = translatedLocales(input).filter((l) => !scope.locales || scope.locales.includes(l));
  const old = entriesFor(input, lock);
  const next: TranslationLock['texts'] = {};
  const known = new Set(texts.map((t) => t.key));
  // Start from what stays: entries out of scope (of texts that still exist, unless only some paths are accepted).
  for (const [key, entries] of Object.entries(old)) {
    for (const [l, entry] of Object.entries(entries) as [Locale, LockEntry][]) {
      const languageInScope = targets.includes(l);
      const keep = scope.paths ? !languageInScope || !texts.some((t) => t.key === key && inScope(t, scope.paths)) : !languageInScope && known.has(key) && input.statement.locales.includes(l);
      if (keep) (next[key] ??= {})[l] = entry;
    }
  }
  const accepted: TextStatus[] = [];
  for (const text of texts) {
    if (!inScope(text, scope.paths)) continue;
    for (const locale of targets) {
      const translation = text.values[locale];
      if (translation === undefined) continue;
      (next[text.key] ??= {})[locale] = { source: hashText(text.values[source]!), translation: hashText(translation) };
      accepted.push(statusOf(text, locale, source, old[text.key]?.[locale]));
    }
  }
  return { lock: { format: lockFormat, sourceLocale: source, texts: next }, accepted };
}
