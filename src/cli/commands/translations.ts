import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { countDiagnostics, type Diagnostic } from '../../diagnostics.js';
import type { Locale } from '../../model/input.generated.js';
import { acceptReport, exportTranslations, importTranslations, openTranslations, statusReport, type Opened, type TranslationEntry } from '../../translations/api.js';
import { lockFileName } from '../../translations/lock.js';
import { languageNames } from '../../translations/texts.js';
import { NotXmlText } from '../../translations/xliff-export.js';
import { exitCodes, UsageError } from '../errors.js';
import { readInputs } from '../inputs.js';
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
  if (actions.length > 1) throw new UsageError(`${actions.join(' and ')} are separate steps: give one of them at a time`);
  if (options.out !== undefined && options.export === undefined) throw new UsageError('--out names the XLIFF file that --export writes; give it with --export <locale>');
  if (options.export !== undefined && (options.locale !== undefined || options.path !== undefined)) throw new UsageError('--export exports every text into the language it names; leave out --locale and --path');
  if (options.import !== undefined && (options.locale !== undefined || options.path !== undefined)) throw new UsageError('--import takes the language and the texts from the XLIFF file; leave out --locale and --path');
  if (args.length !== 1) throw new UsageError(`name one statement file, not ${args.length}: privacy-statement translations statements/harmony.yaml`);
  const info = await stat(resolve(args[0]!)).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`${args[0]} is a directory; name one statement file: its translations are kept in the lock file beside it`);
  const [file] = await readInputs(args);
  const statement = file!;
  const lockPath = lockFileName(statement.path);
  const lockDisplay = lockFileName(statement.display);
  // Read with the statement, as check and build read it.
  const lockText = statement.translations?.text;
  const { opened, diagnostics } = openTranslations(statement.text, { file: statement.display, ...(lockText !== undefined ? { translations: lockText, translationsFile: lockDisplay } : {}) });
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
      process.stderr.write(`privacy-statement: ${statement.display}: ${error.message}; run \`privacy-statement check ${statement.display}\`, correct the text, and export again. Nothing was written.\n`);
      return exitCodes.inputErrors;
    }
    if (options.out === undefined) process.stdout.write(xliff);
    else {
      await writeAtomically(resolve(options.out), xliff, options.out);
      process.stderr.write(`Wrote ${options.out}: ${opened.input.statement.id} for translation from ${languageNames[sourceOf(opened)]} into ${languageNames[options.export]}.\n`);
    }
    return exitCodes.ok;
  }

  if (options.import !== undefined) {
    const xliffPath = resolve(options.import);
    const bytes = await readFile(xliffPath).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${options.import}: ${error.code === 'ENOENT' ? 'no such file' : error.code === 'EACCES' ? 'permission denied' : error.message}`);
    });
    const result = importTranslations(statement.text, opened, decodeXml(bytes), { file: statement.display, xliffFile: options.import });
    if (result.errorCount > 0 || result.text === undefined) return stop(result.diagnostics, options.format, false, 'Nothing was imported: the statement and its lock file are unchanged.');
    // Both files are written aside first, then put in place: the statement, then the lock file that accepts what it now says.
    const staged = [
      ...(result.text !== statement.text ? [await stageWrite(statement.path, result.text, statement.display)] : []),
      ...(result.lockText !== undefined ? [await stageWrite(lockPath, result.lockText, lockDisplay)] : []),
    ];
    await commitAll(staged);
    if (options.format === 'json') {
      process.stdout.write(JSON.stringify({ file: statement.display, lockFile: lockDisplay, locale: result.locale, written: result.written, confirmed: result.confirmed, left: result.left }, null, 2) + '\n');
    } else {
      const lang = languageNames[result.locale!];
      const lines = [
        `${style.green('✔')} Imported ${options.import} into ${statement.display}: ${plural(result.written.length, `${lang} translation`)} written${result.confirmed.length > 0 ? `, ${result.confirmed.length} confirmed unchanged` : ''}; ${result.written.length + result.confirmed.length > 0 ? `accepted in ${lockDisplay}` : 'nothing to accept'}.`,
      ];
      if (result.left.length > 0) {
        lines.push(`${plural(result.left.length, 'unit')} left as ${result.left.length === 1 ? 'it was' : 'they were'} (not translated yet, or still waiting for review in the translation tool):`);
        for (const u of result.left) lines.push(`  ${u.path}  ${style.dim(u.label)}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    }
    return exitCodes.ok;
  }

  if (options.accept) {
    const { lockText: next, accepted } = acceptReport(opened, filter);
    if (next !== lockText) await writeAtomically(lockPath, next, lockDisplay);
    if (options.format === 'json') {
      process.stdout.write(JSON.stringify({ file: statement.display, lockFile: lockDisplay, accepted: accepted.map(jsonEntry) }, null, 2) + '\n');
    } else {
      const byLocale = countBy(accepted, (e) => e.locale);
      const was = countBy(accepted.filter((e) => e.status !== 'current'), (e) => e.status);
      process.stdout.write(
        `${style.green('✔')} Accepted ${plural(accepted.length, 'translation')}${accepted.length > 0 ? ` (${[...byLocale].map(([l, n]) => `${l}: ${n}`).join(', ')})` : ''} of ${statement.display} in ${lockDisplay}${was.size > 0 ? `; of them ${[...was].map(([s, n]) => `${n} ${s}`).join(', ')}` : ''}.\n`,
      );
    }
    return exitCodes.ok;
  }

  const report = statusReport(opened, filter);
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
  if (locale === source) throw new UsageError(`${flag} ${locale}: ${languageNames[locale]} is the language ${display} is written in; name a language it is translated into (${locales.filter((l) => l !== source).join(', ') || 'it has none'})`);
  if (!locales.includes(locale)) throw new UsageError(`${flag} ${locale}: ${display} is not published in ${languageNames[locale]} (its languages: ${locales.join(', ')}); add it to statement.locales first, or name one of those`);
}

function checkPath(opened: Opened, path: string, display: string): void {
  if (path !== '' && !path.startsWith('/')) throw new UsageError(`--path ${path}: give a JSON Pointer, as the status lists them, e.g. /purposes/0/description`);
  if (statusReport(opened, { paths: [path] }).texts.length === 0) {
    throw new UsageError(`--path ${path}: ${display} has no translated text at or below that place; \`privacy-statement translations ${display}\` lists the texts and their paths`);
  }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The status for people: one line per translation. */
function statusText(display: string, lockDisplay: string, report: ReturnType<typeof statusReport>, style: Style): string {
  const lines: string[] = [];
  const source = report.sourceLocale;
  lines.push(
    `${style.bold(display)}: written in ${languageNames[source]} (${source})${report.locales.length > 0 ? `, translated into ${report.locales.map((l) => `${languageNames[l]} (${l})`).join(' and ')}` : ', with no other language'}.`,
  );
  lines.push(report.locked ? `Lock file: ${lockDisplay}.` : `No lock file yet (${lockDisplay}): every translation is new. Check them, then accept them: privacy-statement translations ${display} --accept`);
  if (report.texts.length > 0) {
    const rows = report.texts.map((e) => [e.path, e.locale, e.status, e.line !== undefined ? String(e.line) : '', e.label + (e.missing ? ' (no translation yet)' : '') + (e.shown ? '' : ' (not shown)')]);
    const header = ['text', 'locale', 'status', 'line', 'what'];
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
  lines.push('', `${plural(total, 'translation')}: ${current} current, ${stale} stale, ${changed} changed, ${report.counts.new} new.`);
  if (stale + changed + report.counts.new > 0 && total > 0) {
    lines.push(
      `Stale: the ${languageNames[source]} text changed since the translation was accepted. Changed: the translation was edited since. New: never accepted, or no translation yet. ` +
        `Update the translations (or send them out: --export <locale>), then accept them: --accept [--locale <locale>] [--path <path>].`,
    );
  }
  if (report.orphans > 0) lines.push(`${report.orphans === 1 ? '1 text of the lock file is' : `${report.orphans} texts of the lock file are`} no longer in the statement; the next --accept removes ${report.orphans === 1 ? 'it' : 'them'}.`);
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

function cannotWrite(error: unknown, display: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  return new UsageError(`cannot write ${display}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'no such directory' : code === 'ENOSPC' ? 'the disk is full' : (error as Error).message}; nothing was changed`);
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
    const reason = cannotWrite(error, staged[done]!.display).message.replace(/; nothing was changed$/, '');
    throw new UsageError(`${reason}, after ${staged.slice(0, done).map((s) => s.display).join(' and ')} had been updated; once it can be written, accept the translations with --accept`);
  }
}

/** Writes a file whole or not at all: a temporary file beside it, renamed over it. */
async function writeAtomically(path: string, content: string, display: string): Promise<void> {
  await commitAll([await stageWrite(path, content, display)]);
}
