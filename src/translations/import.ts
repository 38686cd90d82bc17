import { analyze } from '../compile.js';
import type { Diagnostic } from '../diagnostics.js';
import { messagesIn, type MessageId, type MessageLanguage, type MessageValues } from '../messages/index.js';
import { canonicalJson } from '../lifecycle/version.js';
import { loadSource } from '../load/source.js';
import { join, segments, valueAt } from '../load/pointer.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import { acceptInLock, serializeLock, statusOf, type TranslationLock } from './lock.js';
import { applyEdits, editsFor, parseForSplice, SpliceRefused, type Edit, type TranslationWrite } from './splice.js';
import { sourceLocaleOf, translatableTexts, translatedLocales, type TranslatableText } from './texts.js';
import { unitText } from './xliff-export.js';
import { readXliff, type XliffUnit } from './xliff-read.js';

export interface ImportSource {
  /** The statement's text as it is on disk. */
  text: string;
  /** Its name in messages. */
  file?: string;
  /** Its lock file, when it has one. */
  lock?: TranslationLock;
}

export interface ImportedUnit {
  path: string;
  label: string;
  locale: Locale;
}

export interface ImportPlan {
  /** The statement's new text (the same text when no translation changed). */
  text: string;
  /** The new lock file's text; undefined when no translation was accepted (the lock file stays as it is). */
  lockText?: string;
  locale: Locale;
  /** Translations written into the statement (and accepted). */
  written: ImportedUnit[];
  /** Translations that were already in the statement but not accepted (new, changed or stale), confirmed in the tool, and now accepted. */
  confirmed: ImportedUnit[];
  /** Units left as they were: not translated yet, or still waiting for review in the tool. */
  left: ImportedUnit[];
}

/** Target states that mean the translator has not done (or not finished) the unit. */
const unfinished = new Set(['new', 'needs-translation', 'needs-adaptation', 'needs-l10n', 'needs-review-translation', 'needs-review-adaptation', 'needs-review-l10n']);

function primary(language: string): string {
  return language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A list's translation from a unit: one item a line, blank lines left out. */
function listItems(target: string): string[] {
  return target
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Plans `translations --import`: which translations the XLIFF file brings, the statement's text
 * with them written in (nothing else changed: checked by reading the result back), and the lock
 * file with them accepted. All or nothing: any unit that does not fit (its source is not the
 * statement's text any more, its text does not exist, its translation breaks the input format)
 * refuses the whole import, with diagnostics saying why.
 */
export function planImport(statement: ImportSource & { input: StatementSource }, xliffText: string, xliffFile?: string, lang: MessageLanguage = 'en'): { plan?: ImportPlan; diagnostics: Diagnostic[] } {
  const say = messagesIn(lang);
  const read = readXliff(xliffText, xliffFile, lang);
  if (!read.xliff) return { diagnostics: read.diagnostics };
  const xliff = read.xliff;
  const input = statement.input;
  const source = sourceLocaleOf(input);
  const refuse = (rule: string, id: MessageId, values: MessageValues, at?: { line: number; column: number }, path = ''): Diagnostic => ({
    rule,
    severity: 'error',
    message: say(id, values),
    messageId: id,
    ...(xliffFile !== undefined ? { file: xliffFile } : {}),
    ...(at ? { line: at.line, column: at.column } : {}),
    path,
    references: [],
  });

  if (primary(xliff.sourceLanguage) !== source) {
    return { diagnostics: [refuse('xliff-invalid', 'translations.import.wrong-source', { from: xliff.sourceLanguage, language: say(`language.${source}`), locale: source, file: statement.file ?? '<statement>' }, xliff)] };
  }
  const targets = translatedLocales(input);
  const locale = targets.find((l) => l === primary(xliff.targetLanguage));
  if (!locale) {
    return {
      diagnostics: [
        targets.length > 0
          ? refuse('xliff-invalid', 'translations.import.wrong-target', { into: xliff.targetLanguage, locales: targets.map((l) => `\`${l}\``).join(', ') }, xliff)
          : refuse('xliff-invalid', 'translations.import.wrong-target-none', { into: xliff.targetLanguage }, xliff),
      ],
    };
  }

  const texts = translatableTexts(input);
  const byPath = new Map(texts.map((t) => [t.path, t]));
  const problems: Diagnostic[] = [];
  const writes: { unit: XliffUnit; text: TranslatableText; write: TranslationWrite }[] = [];
  const confirmed: ImportedUnit[] = [];
  const left: ImportedUnit[] = [];
  for (const unit of xliff.units) {
    const text = byPath.get(unit.id);
    if (!text) {
      problems.push(refuse('xliff-unit-refused', valueAt(input, unit.id) !== undefined ? 'translations.import.nothing-to-translate' : 'translations.import.no-such-place', { unit: unit.id }, unit, unit.id));
      continue;
    }
    const current = unitText(text.values[source]!);
    if (unit.source !== current) {
      problems.push(
        refuse('xliff-unit-refused', 'translations.import.source-changed', { unit: unit.id, label: text.labelIn(say), language: say(`language.${source}`) }, unit, unit.id),
      );
      continue;
    }
    const entry = { path: text.path, label: text.labelIn(say), locale };
    if (!unit.translate || unit.target === undefined || unit.target.trim() === '') {
      left.push(entry);
      continue;
    }
    const value: string | string[] = text.kind === 'list' ? listItems(unit.target) : current === current.trim() ? unit.target.trim() : unit.target;
    const now = text.values[locale];
    if (now !== undefined && canonicalJson(now) === canonicalJson(value)) {
      // The same translation: accepted only when the tool says it is done (a stale one left untouched stays stale).
      const status = statusOf(text, locale, source, statement.lock?.sourceLocale === source ? statement.lock.texts[text.key]?.[locale] : undefined).status;
      if (status === 'current') continue;
      if (unit.state !== undefined && unfinished.has(unit.state)) left.push(entry);
      else confirmed.push(entry);
      continue;
    }
    writes.push({ unit, text, write: { path: text.path, locale, value } });
  }
  if (problems.length > 0) return { diagnostics: problems };

  // A file written with CRLF line ends is edited with LF ones and given its CRLF back: the new
  // lines then end like the others.
  const crlf = statement.text.includes('\r\n') && !/(?<!\r)\n/.test(statement.text);
  const original = crlf ? statement.text.replace(/\r\n/g, '\n') : statement.text;
  const loaded = loadSource(original, statement.file);
  const doc = parseForSplice(original);
  const json = doc.contents !== null && 'flow' in (doc.contents as object) && (doc.contents as { flow?: boolean }).flow === true;
  // The ways of writing each text, best first (see editsFor).
  const candidates: Edit[][] = [];
  for (const { unit, text, write } of writes) {
    try {
      candidates.push(editsFor(original, doc, write, input.statement.locales, json));
    } catch (error) {
      if (!(error instanceof SpliceRefused)) throw error;
      problems.push(refuse('xliff-unit-refused', 'translations.import.cannot-write', { unit: unit.id, label: text.labelIn(say), language: say(`language.${locale}`), reason: say(error.id, error.values) }, unit, unit.id));
    }
  }
  if (problems.length > 0) return { diagnostics: problems };
  const edits = chooseEdits(original, loaded.value, writes.map((w) => w.write), candidates);

  const edited = applyEdits(original, edits);
  const newText = crlf ? edited.replace(/\n/g, '\r\n') : edited;
  const expected = writes.reduce((value, { write }) => withValue(value, write), loaded.value);
  const reread = loadSource(newText, statement.file);
  if (reread.value === undefined || canonicalJson(reread.value) !== canonicalJson(expected)) throw new Error('the statement with the translations written in does not read back as the statement with those translations');

  const written = writes.map(({ text }) => ({ path: text.path, label: text.labelIn(say), locale }));
  const accepted = [...written, ...confirmed];
  // A translation must not break the statement: whatever `check` would now refuse in the new texts refuses the import.
  const before = new Set(analyze(statement.text, { lang }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule} ${d.path} ${d.message}`));
  const after = analyze(newText, { ...(statement.file !== undefined ? { file: statement.file } : {}), lang });
  for (const d of after.diagnostics) {
    if (d.severity !== 'error' || before.has(`${d.rule} ${d.path} ${d.message}`)) continue;
    const unit = writes.find(({ write }) => d.path === write.path || d.path.startsWith(join(write.path, locale)))?.unit;
    const at = d.line !== undefined ? ` (${statement.file ?? 'statement'}:${d.line}:${d.column ?? 1})` : '';
    problems.push(refuse('xliff-unit-refused', unit ? 'translations.import.breaks-check' : 'translations.import.breaks-check-some-unit', { unit: unit?.id ?? '', message: d.message, at }, unit, unit?.id ?? d.path));
  }
  if (problems.length > 0 || !after.input) return { diagnostics: problems };

  const paths = accepted.map((a) => a.path);
  const lock = paths.length > 0 ? acceptInLock(after.input, statement.lock, { locales: [locale], paths }).lock : undefined;
  return {
    plan: { text: newText, ...(lock ? { lockText: serializeLock(lock) } : {}), locale, written, confirmed, left },
    diagnostics: [],
  };
}

/** A copy of a parsed statement with one translation set. */
function withValue(root: unknown, write: TranslationWrite): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: unknown = copy;
  for (const seg of segments(write.path)) node = (node as Record<string, unknown>)[seg];
  (node as Record<string, unknown>)[write.locale] = write.value;
  return copy;
}

/**
 * One edit per write that reads back as the statement with that text written. The best way of
 * each is tried first, all together, with one reading of the file: it almost always reads back
 * right, and every edit touches only its own value, so the whole reading back right means each
 * edit did. Otherwise each write's ways are tried one by one, each with a reading of the file.
 */
function chooseEdits(original: string, value: unknown, writes: readonly TranslationWrite[], candidates: readonly Edit[][]): Edit[] {
  const best = candidates.map((c) => c[0]);
  if (best.every((e): e is Edit => e !== undefined)) {
    const expected = writes.reduce((v, write) => withValue(v, write), value);
    const after = loadSource(applyEdits(original, best));
    if (after.value !== undefined && canonicalJson(after.value) === canonicalJson(expected)) return best;
  }
  return writes.map((write, i) => {
    const expected = canonicalJson(withValue(value, write));
    const chosen = candidates[i]!.find((edit) => {
      const after = loadSource(applyEdits(original, [edit]));
      return after.value !== undefined && canonicalJson(after.value) === expected;
    });
    // Not reached for any text the loader reads: a double-quoted value always reads back as it is.
    if (!chosen) throw new Error(`no way to write the text at ${write.path} that reads back as the translation`);
    return chosen;
  });
}
