import { analyze } from '../compile.js';
import sourceLocale from '../rules/source-locale.js';
import { countDiagnostics, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { join } from '../load/pointer.js';
import type { Locator } from '../load/source.js';
import { messagesIn, type MessageLanguage } from '../messages/index.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import { acceptInLock, inScope, readLock, serializeLock, statuses, translationStatuses, type TextStatus, type TranslationLock, type TranslationStatus } from './lock.js';
import { planImport, type ImportedUnit } from './import.js';
import { sourceLocaleOf, translatableTexts, translatedLocales } from './texts.js';
import { exportXliff } from './xliff-export.js';

/**
 * The library's side of `privacy-statement translations`: the status of every translation, accepting
 * translations into the lock file, and XLIFF out and in. Pure: texts in, texts out; the command
 * reads and writes the files.
 */

export interface TranslationsOptions {
  /** The statement's file name, in diagnostics and as XLIFF's `original`. */
  file?: string;
  /** The lock file (`<statement>.translations.json`): its text or the parsed object; none when there is none yet. */
  translations?: string | object;
  /** The lock file's name, in diagnostics. */
  translationsFile?: string;
  /** The language of the diagnostics' messages (default `en`). */
  lang?: MessageLanguage;
}

/** One translation of one text, as `translations --format json` prints it. */
export interface TranslationEntry {
  /** The JSON Pointer of the text in the statement. */
  path: string;
  locale: Locale;
  status: TranslationStatus;
  /** The text's key in the lock file. */
  key: string;
  /** What the text is: `Description of purpose “Fraudebestrijding”`. */
  label: string;
  /** The translation's place in the file (the text's, when there is no translation yet). */
  line?: number;
  column?: number;
  /** No translation yet. */
  missing: boolean;
  /** Whether the statement shows the text. */
  shown: boolean;
}

export interface TranslationReport {
  sourceLocale: Locale;
  /** The languages that are translations of it. */
  locales: Locale[];
  texts: TranslationEntry[];
  counts: Record<TranslationStatus, number>;
  /** Whether there is a lock file (without one, every translation is new). */
  locked: boolean;
  /** Lock entries of texts the statement no longer has (removed by the next full `--accept`). */
  orphans: number;
}

export interface Opened {
  input: StatementSource;
  locator: Locator;
  lock?: TranslationLock;
}

/**
 * The statement and its lock file, ready for the translations commands; or the errors that stop
 * them: the file cannot be read or does not follow the input format, `sourceLocale` is not a
 * language of the statement, or the lock file is broken. Other problems are `check`'s concern.
 */
export function openTranslations(source: string, options: TranslationsOptions = {}): { opened?: Opened; diagnostics: Diagnostic[] } {
  const analysis = analyze(source, { ...(options.file !== undefined ? { file: options.file } : {}), rules: [sourceLocale], ...(options.lang ? { lang: options.lang } : {}) });
  if (!analysis.input) return { diagnostics: analysis.diagnostics.filter((d) => d.severity === 'error') };
  const stopping = analysis.diagnostics.filter((d) => d.severity === 'error' && d.rule === 'source-locale');
  let lock: TranslationLock | undefined;
  if (options.translations !== undefined) {
    const read = readLock(options.translations, options.translationsFile, options.lang);
    stopping.push(...read.diagnostics);
    lock = read.lock;
  }
  if (stopping.length > 0) return { diagnostics: sortDiagnostics(stopping) };
  return { opened: { input: analysis.input, locator: analysis.locator, ...(lock ? { lock } : {}) }, diagnostics: [] };
}

function entryOf(s: TextStatus, locator: Locator, lang: MessageLanguage = 'en'): TranslationEntry {
  const at = s.missing ? locator.position(s.text.path, 'key') : locator.position(join(s.text.path, s.locale));
  return { path: s.text.path, locale: s.locale, status: s.status, key: s.text.key, label: lang === 'en' ? s.text.label : s.text.labelIn(messagesIn(lang)), ...(at ?? {}), missing: s.missing, shown: s.text.shown };
}

/** The status of every translation: `current`, `stale`, `changed` or `new` (labels in `lang`). */
export function statusReport(opened: Opened, filter: { locales?: readonly Locale[]; paths?: readonly string[] } = {}, lang: MessageLanguage = 'en'): TranslationReport {
  const { input, lock, locator } = opened;
  const texts = translatableTexts(input);
  const all = translationStatuses(input, lock, texts).filter((s) => (!filter.locales || filter.locales.includes(s.locale)) && inScope(s.text, filter.paths));
  const counts = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<TranslationStatus, number>;
  for (const s of all) counts[s.status]++;
  const keys = new Set(texts.map((t) => t.key));
  const orphans = lock && lock.sourceLocale === sourceLocaleOf(input) ? Object.keys(lock.texts).filter((k) => !keys.has(k)).length : 0;
  return { sourceLocale: sourceLocaleOf(input), locales: translatedLocales(input), texts: all.map((s) => entryOf(s, locator, lang)), counts, locked: lock !== undefined, orphans };
}

/** Accepts the translations in scope as they are now; the lock file's new text. */
export function acceptReport(opened: Opened, scope: { locales?: readonly Locale[]; paths?: readonly string[] } = {}, lang: MessageLanguage = 'en'): { lockText: string; accepted: TranslationEntry[] } {
  const { lock, accepted } = acceptInLock(opened.input, opened.lock, scope);
  return { lockText: serializeLock(lock), accepted: accepted.map((s) => entryOf(s, opened.locator, lang)) };
}

/** XLIFF 1.2 of the statement's texts for translation into `locale`. */
export function exportTranslations(opened: Opened, locale: Locale, original: string): string {
  return exportXliff(opened.input, opened.lock, { original, locale });
}

export interface ImportResult {
  /** The statement's new text: the same as before when no translation changed. */
  text?: string;
  /** The lock file's new text, when translations were accepted. */
  lockText?: string;
  locale?: Locale;
  written: ImportedUnit[];
  confirmed: ImportedUnit[];
  left: ImportedUnit[];
  /** Why the import was refused; then nothing is to be written. */
  diagnostics: Diagnostic[];
  errorCount: number;
}

/** The translations of an XLIFF file written into the statement's text and accepted; all or nothing. */
export function importTranslations(statement: string, opened: Opened, xliff: string, options: { file?: string; xliffFile?: string; lang?: MessageLanguage } = {}): ImportResult {
  const planned = planImport({ text: statement, ...(options.file !== undefined ? { file: options.file } : {}), input: opened.input, ...(opened.lock ? { lock: opened.lock } : {}) }, xliff, options.xliffFile, options.lang);
  if (!planned.plan) {
    const diagnostics = sortDiagnostics(planned.diagnostics);
    return { written: [], confirmed: [], left: [], diagnostics, errorCount: countDiagnostics(diagnostics).errorCount };
  }
  const p = planned.plan;
  return { text: p.text, ...(p.lockText !== undefined ? { lockText: p.lockText } : {}), locale: p.locale, written: p.written, confirmed: p.confirmed, left: p.left, diagnostics: [], errorCount: 0 };
}
