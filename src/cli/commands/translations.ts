import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { countDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { Locale } from '../../model/input.generated.js';
import { acceptReport, exportTranslations, importTranslations, openTranslations, statusReport, type Opened, type TranslationEntry } from '../../translations/api.js';
import { lockFileName } from '../../translations/lock.js';
import { NotXmlText } from '../../translations/xliff-export.js';
import { exitCodes, UsageError } from '../errors.js';
import { readInputs } from '../inputs.js';
import { cliLanguage, say } from '../lang.js';
import { describeCode } from '../directories.js';
import { formatReport } from '../report/index.js';
import { styleFor, type Style } from '../report/style.js';

export interface TranslationsCommandOptions {
  format: 'text' | 'json';
  accept?: boolean;
  locale?: Locale;
  path?: string;
  export?: Locale;
  import?: string;
  out?: string;
}

/**
 * `translations <file>`: the status of every translation (text or JSON); `--accept` writes the
 * lock file; `--export <locale>` writes XLIFF 1.2; `--import <file.xlf>` writes its translations
 * into the statement and accepts them. Exit 0 when done, 1 when the statement or the XLIFF file
 * stops it (nothing written), 2 for usage errors.
 */
export async function runTranslations(args: string[], options: TranslationsCommandOptions): Promise<number> {
  const actions = [options.accept && '--accept', options.export !== undefined && '--export', options.import !== undefined && '--import'].filter(Boolean);
  if (actions.length > 1) throw new UsageError(say('translations.cli.separate-steps', { actions: actions.join(` ${say('word.and')} `) }));
  if (options.out !== undefined && options.export === undefined) throw new UsageError(say('translations.cli.out-without-export'));
  if (options.export !== undefined && (options.locale !== undefined || options.path !== undefined)) throw new UsageError(say('translations.cli.export-filters'));
  if (options.import !== undefined && (options.locale !== undefined || options.path !== undefined)) throw new UsageError(say('translations.cli.import-filters'));
  if (args.length !== 1) throw new UsageError(say('translations.cli.one-file', { count: args.length }));
  const info = await stat(resolve(args[0]!)).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(say('translations.cli.directory', { path: args[0]! }));
  const lang = cliLanguage();
  const languageName = (locale: Locale) => say(`language.${locale}`);
  const [file] = await readInputs(args);
  const statement = file!;
  const lockPath = lockFileName(statement.path);
  const lockDisplay = lockFileName(statement.display);
  // Read with the statement, as check and build read it.
  const lockText = statement.translations?.text;
  const { opened, diagnostics } = openTranslations(statement.text, { file: statement.display, ...(lockText !== undefined ? { translations: lockText, translationsFile: lockDisplay } : {}), lang });
  if (!opened) return stop(diagnostics, options.format, options.export !== undefined);

  const style = styleFor(process.stdout);
  if (options.locale !== undefined) checkLocale(opened, options.locale, '--locale', statement.display);
  if (options.path !== undefined) checkPath(opened, options.path, statement.display);
  const filter = { ...(options.locale !== undefined ? { locales: [options.locale] } : {}), ...(options.path !== undefined ? { paths: [options.path] } : {}) };

  if (options.export !== undefined) {
    checkLocale(opened, options.export, '--export', statement.display);
    let xliff: string;
    try {
      xliff = exportTranslations(opened, options.export, basename(statement.path));
    } catch (error) {
      if (!(error instanceof NotXmlText)) throw error;
      process.stderr.write(`privacy-statement: ${say('translations.cli.not-xml', { file: statement.display, label: error.text.labelIn(say), path: error.text.path })}\n`);
      return exitCodes.inputErrors;
    }
    if (options.out === undefined) process.stdout.write(xliff);
    else {
      await writeAtomically(resolve(options.out), xliff, options.out);
      process.stderr.write(`${say('translations.cli.wrote-xliff', { file: options.out, id: opened.input.statement.id, from: languageName(sourceOf(opened)), into: languageName(options.export) })}\n`);
    }
    return exitCodes.ok;
  }

  if (options.import !== undefined) {
    const xliffPath = resolve(options.import);
    const bytes = await readFile(xliffPath).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(say('output.cannot-read', { file: options.import!, reason: error.code === 'ENOENT' ? say('output.reason.no-such-file') : describeCode(error) }));
    });
    const result = importTranslations(statement.text, opened, decodeXml(bytes), { file: statement.display, xliffFile: options.import, lang });
    if (result.errorCount > 0 || result.text === undefined) return stop(result.diagnostics, options.format, false, say('translations.cli.nothing-imported'));
    // Both files are written aside first, then put in place: the statement, then the lock file that accepts what it now says.
    const staged = [
      ...(result.text !== statement.text ? [await stageWrite(statement.path, result.text, statement.display)] : []),
      ...(result.lockText !== undefined ? [await stageWrite(lockPath, result.lockText, lockDisplay)] : []),
    ];
    await commitAll(staged);
    if (options.format === 'json') {
      process.stdout.write(JSON.stringify({ file: statement.display, lockFile: lockDisplay, locale: result.locale, written: result.written, confirmed: result.confirmed, left: result.left }, null, 2) + '\n');
    } else {
      const lines = [
        `${style.green('✔')} ${say('translations.cli.imported', {
          xliff: options.import,
          file: statement.display,
          written: say('translations.cli.written', { count: result.written.length, language: languageName(result.locale!) }),
          confirmed: result.confirmed.length > 0 ? say('translations.cli.confirmed', { count: result.confirmed.length }) : '',
          accepted: result.written.length + result.confirmed.length > 0 ? say('translations.cli.accepted-in', { lock: lockDisplay }) : say('translations.cli.nothing-to-accept'),
        })}`,
      ];
      if (result.left.length > 0) {
        lines.push(say('translations.cli.left', { count: result.left.length }));
        for (const u of result.left) lines.push(`  ${u.path}  ${style.dim(u.label)}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    }
    return exitCodes.ok;
  }

  if (options.accept) {
    const { lockText: next, accepted } = acceptReport(opened, filter, lang);
    if (next !== lockText) await writeAtomically(lockPath, next, lockDisplay);
    if (options.format === 'json') {
      process.stdout.write(JSON.stringify({ file: statement.display, lockFile: lockDisplay, accepted: accepted.map(jsonEntry) }, null, 2) + '\n');
    } else {
      const byLocale = countBy(accepted, (e) => e.locale);
      const was = countBy(accepted.filter((e) => e.status !== 'current'), (e) => e.status);
      process.stdout.write(
        `${style.green('✔')} ${say('translations.cli.accepted', {
          count: accepted.length,
          locales: accepted.length > 0 ? ` (${[...byLocale].map(([l, n]) => `${l}: ${n}`).join(', ')})` : '',
          file: statement.display,
          lock: lockDisplay,
          was: was.size > 0 ? say('translations.cli.of-them', { statuses: [...was].map(([s, n]) => `${n} ${say(`translations.status.${s as TranslationEntry['status']}`)}`).join(', ') }) : '',
        })}\n`,
      );
    }
    return exitCodes.ok;
  }

  const report = statusReport(opened, filter, lang);
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify({ file: statement.display, lockFile: lockDisplay, locked: report.locked, sourceLocale: report.sourceLocale, texts: report.texts.map(jsonEntry), counts: report.counts }, null, 2) + '\n');
    return exitCodes.ok;
  }
  process.stdout.write(statusText(statement.display, lockDisplay, report, style));
  return exitCodes.ok;
}

function sourceOf(opened: Opened): Locale {
  return opened.input.statement.sourceLocale ?? opened.input.statement.locales[0];
}

/** The fields of cli.md first: path, locale, status. */
function jsonEntry(e: TranslationEntry): Record<string, unknown> {
  return { path: e.path, locale: e.locale, status: e.status, key: e.key, label: e.label, line: e.line ?? null, column: e.column ?? null, missing: e.missing, shown: e.shown };
}

function stop(diagnostics: Diagnostic[], format: 'text' | 'json', toStderr: boolean, after?: string): number {
  const counts = countDiagnostics(diagnostics);
  const report = { diagnostics, ...counts, files: 1 };
  if (format === 'json' && !toStderr) process.stdout.write(formatReport(report, 'json', styleFor(process.stdout)));
  else process.stderr.write(formatReport(report, 'text', styleFor(process.stderr)) + (after ? `${after}\n` : ''));
  return exitCodes.inputErrors;
}

function checkLocale(opened: Opened, locale: Locale, flag: string, display: string): void {
  const source = sourceOf(opened);
  const { locales } = opened.input.statement;
  const others = locales.filter((l) => l !== source).join(', ');
  if (locale === source) throw new UsageError(say(others ? 'translations.cli.is-source' : 'translations.cli.is-source-only', { flag, locale, language: say(`language.${locale}`), file: display, others }));
  if (!locales.includes(locale)) throw new UsageError(say('translations.cli.not-published', { flag, locale, file: display, language: say(`language.${locale}`), locales: locales.join(', ') }));
}

function checkPath(opened: Opened, path: string, display: string): void {
  if (path !== '' && !path.startsWith('/')) throw new UsageError(say('translations.cli.path-pointer', { path }));
  if (statusReport(opened, { paths: [path] }).texts.length === 0) {
    throw new UsageError(say('translations.cli.path-none', { path, file: display }));
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
}

/** The status for people: one line per translation. */
function statusText(display: string, lockDisplay: string, report: ReturnType<typeof statusReport>, style: Style): string {
  const lines: string[] = [];
  const source = report.sourceLocale;
  const language = (l: Locale) => say(`language.${l}`);
  const translated = report.locales.map((l) => `${language(l)} (${l})`).join(` ${say('word.and')} `);
  lines.push(
    say(report.locales.length > 0 ? 'translations.status.written-in' : 'translations.status.written-in-only', { file: style.bold(display), language: language(source), locale: source, translated }),
  );
  lines.push(report.locked ? say('translations.status.lock-file', { lock: lockDisplay }) : say('translations.status.no-lock-file', { lock: lockDisplay, file: display }));
  if (report.texts.length > 0) {
    const rows = report.texts.map((e) => [
      e.path,
      e.locale,
      say(`translations.status.${e.status}`),
      e.line !== undefined ? String(e.line) : '',
      e.label + (e.missing ? say('translations.status.no-translation-yet') : '') + (e.shown ? '' : say('translations.status.not-shown')),
    ]);
    const header = [say('translations.column.text'), say('translations.column.locale'), say('translations.column.status'), say('translations.column.line'), say('translations.column.what')];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const pad = (cells: string[], colour?: (s: string) => string) =>
      cells
        .map((c, i) => (i === 3 ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
        .map((c, i) => (i === 2 && colour ? colour(c) : c))
        .join('  ')
        .trimEnd();
    lines.push('', style.dim(pad(header)));
    for (const [i, row] of rows.entries()) {
      const status = report.texts[i]!.status;
      lines.push(pad(row, status === 'stale' ? style.yellow : status === 'current' ? style.green : style.bold));
    }
  }
  const { current, stale, changed } = report.counts;
  const total = report.texts.length;
  lines.push('', say('translations.status.counts', { count: total, current, stale, changed, new: report.counts.new }));
  if (stale + changed + report.counts.new > 0 && total > 0) lines.push(say('translations.status.legend', { language: language(source) }));
  if (report.orphans > 0) lines.push(say('translations.status.orphans', { count: report.orphans }));
  return lines.join('\n') + '\n';
}

/** XLIFF from a tool: UTF-8 (with or without a byte order mark), or UTF-16 with one. */
function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

interface StagedWrite {
  temporary: string;
  path: string;
  display: string;
}

/** Why a file cannot be written, in words. */
function writeReason(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? say('output.reason.no-such-directory') : describeCode(error);
}

function cannotWrite(error: unknown, display: string): UsageError {
  return new UsageError(say('translations.cli.cannot-write', { file: display, reason: writeReason(error) }));
}

/** Writes a file's new content beside it, under a temporary name (with the file's permissions). */
async function stageWrite(path: string, content: string, display: string): Promise<StagedWrite> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const mode = (await stat(path).catch(() => undefined))?.mode;
  try {
    await writeFile(temporary, content, { encoding: 'utf8', ...(mode !== undefined ? { mode } : {}) });
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(error, display);
  }
  return { temporary, path, display };
}

/** Puts staged files in place (each replaced whole), or removes them all when one cannot be. */
async function commitAll(staged: readonly StagedWrite[]): Promise<void> {
  let done = 0;
  try {
    for (const s of staged) {
      await rename(s.temporary, s.path);
      done++;
    }
  } catch (error) {
    await Promise.all(staged.slice(done).map((s) => rm(s.temporary, { force: true })));
    if (done === 0) throw cannotWrite(error, staged[0]!.display);
    throw new UsageError(say('translations.cli.cannot-write-after', { file: staged[done]!.display, reason: writeReason(error), done: staged.slice(0, done).map((s) => s.display).join(` ${say('word.and')} `) }));
  }
}

/** Writes a file whole or not at all: a temporary file beside it, renamed over it. */
async function writeAtomically(path: string, content: string, display: string): Promise<void> {
  await commitAll([await stageWrite(path, content, display)]);
}
