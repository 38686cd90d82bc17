import { watch as watchFs, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { missingLocales } from '../compile.js';
import { countDiagnostics, sortDiagnostics } from '../diagnostics.js';
import { isLockFileName, lockFileName } from '../translations/lock.js';
import { webOptions, type BuildCommandOptions } from './commands/build.js';
import { exitCodes, UsageError } from './errors.js';
import { findSources, readLock, readSource, type InputFile, type Source } from './inputs.js';
import { analyseFile, duplicateIds, renderFile, type FileResult } from './pipeline.js';
import { escapeLine } from './report/escape.js';
import { formatReport } from './report/index.js';
import type { Style } from './report/style.js';
import { writeOutputs } from './write.js';
import { say } from './lang.js';

/** How long a burst of file system events is gathered before the directories are looked at again. */
const settle = 40;

/**
 * `build --watch`: builds once, then rebuilds a statement whenever its file is saved, in this
 * same warm process. Diagnostics are printed as soon as the file is checked, before rendering,
 * so that the legal team sees them within a fraction of a second.
 *
 * What is watched is what the command's inputs name, found again after every change: every
 * directory below an input directory (through symbolic links), so that a statement saved in a new
 * subdirectory is built; and the directory above each input, so that an input directory removed
 * and made again (a checkout, an editor's safe save) is watched again. Files are read as `build`
 * reads them (size first, UTF-8 checked).
 */
export async function watch(inputs: string[], options: BuildCommandOptions, style: Style): Promise<number> {
  const dirs: string[] = [];
  const sources = await findSources(inputs, process.cwd(), dirs);
  const files: InputFile[] = [];
  for (const source of sources) files.push(await readSource(source));
  if (options.changesSince !== undefined) await (await import('./changes-since.js')).attachEarlierVersions(files, options.changesSince);
  const byPath = new Map<string, InputFile>(files.map((f) => [f.path, f]));
  const known = new Map<string, Source>(sources.map((s) => [s.path, s]));
  const results = new Map<string, FileResult>();
  const render = { formats: options.to, html: options.html, ...(options.locale ? { locales: options.locale } : {}), ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}), web: webOptions(options) };
  const out = resolve(options.out);
  const log = (line: string) => process.stdout.write(line + '\n');
  const name = (file: { display: string }) => escapeLine(file.display);

  const rebuild = async (file: InputFile, why: string): Promise<void> => {
    const started = performance.now();
    const { result, input, changes } = await analyseFile(file, options.strict, file.earlier, options.to);
    results.set(file.path, result);
    const diagnostics = sortDiagnostics([...result.diagnostics, ...duplicateIds([...results.values()]).filter((d) => d.file === file.display)]);
    const counts = countDiagnostics(diagnostics);
    const checkedIn = Math.round(performance.now() - started);
    if (diagnostics.length > 0) process.stdout.write(formatReport({ diagnostics, ...counts, files: 1 }, 'text', style));
    if (counts.errorCount > 0 || !input) {
      log(style.red(`✖ ${say('cli.watch.not-built', { file: name(file), why, count: counts.errorCount, ms: checkedIn })}`));
      return;
    }
    const outputs = await renderFile(input, render, changes);
    if (!outputs) {
      log(style.red(`✖ ${say('cli.watch.locale-missing', { file: name(file), locales: missingLocales(options.locale, input.statement.locales).join(', ') })}`));
      return;
    }
    try {
      const written = await writeOutputs(out, outputs.map((o) => ({ name: o.fileName, statement: o.statementId, locale: o.locales.join(','), format: o.format, version: o.version, content: o.content })), { clean: options.clean === true });
      log(style.green(`✔ ${say('cli.watch.built', { file: name(file), why, ms: checkedIn, count: written.length, out: escapeLine(options.out), total: Math.round(performance.now() - started) })}`));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      log(style.red(`✖ ${say('cli.watch.failed', { file: name(file), error: escapeLine(error.message) })}`));
    }
  };

  for (const file of files) await rebuild(file, say('command.watch.start'));

  const pending = new Map<string, NodeJS.Timeout>();
  // One rebuild at a time per file: a save during a rebuild asks for one more afterwards, so
  // that an older version never finishes last and leaves its outputs on disk.
  const running = new Set<string>();
  const again = new Set<string>();
  const forget = (path: string): void => {
    // Removed (or renamed away): its statement id is free again. Mid-save, the next event
    // brings the file back and it is rebuilt.
    results.delete(path);
    const file = byPath.get(path);
    if (file) byPath.set(path, { ...file, text: '' });
  };
  const refresh = async (path: string): Promise<void> => {
    // A translations lock file changed: its statement is checked again against it.
    if (isLockFileName(basename(path))) {
      const owner = [...byPath.values()].find((f) => lockFileName(f.path) === path);
      if (!owner || owner.text === '') return;
      const lock = await readLock(owner.path, owner.display).catch(() => ({}));
      if (owner.translations?.text === (lock as Pick<InputFile, 'translations'>).translations?.text) return;
      const { translations: _, ...rest } = owner;
      const file = { ...rest, ...lock } as InputFile;
      byPath.set(owner.path, file);
      await rebuild(file, say('command.watch.lock-changed'));
      return;
    }
    const source = known.get(path);
    if (!source || !(await stat(path).then((i) => i.isFile(), () => false))) return forget(path);
    let file: InputFile;
    // Read as a statement whatever it holds: in a watch, a file that is not one is reported, not fatal.
    const { inDirectory: _, ...alone } = source;
    try {
      file = await readSource(alone);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      if (!(await stat(path).then(() => true, () => false))) return forget(path);
      log(style.red(`✖ ${say('cli.watch.problem', { error: escapeLine(error.message) })}`));
      return;
    }
    const before = byPath.get(path);
    if (before && before.text === file.text && before.refused === undefined && file.refused === undefined && before.translations?.text === file.translations?.text) return;
    if (before?.earlier) file.earlier = before.earlier;
    byPath.set(path, file);
    await rebuild(file, say(before && before.text !== '' ? 'command.watch.changed' : 'command.watch.new'));
  };
  const changed = (path: string): void => {
    clearTimeout(pending.get(path));
    pending.set(
      path,
      setTimeout(() => {
        pending.delete(path);
        if (running.has(path)) {
          again.add(path);
          return;
        }
        running.add(path);
        void (async () => {
          do {
            again.delete(path);
            await refresh(path);
          } while (again.has(path));
        })()
          .catch((error: unknown) => log(style.red(`privacy-statement: ${escapeLine((error as Error).message)}`)))
          .finally(() => running.delete(path));
      }, 10),
    );
  };

  // Editors often save by writing a new file and renaming it over the old one: directories are
  // watched, not files.
  const watchers = new Map<string, FSWatcher>();
  let rescanTimer: NodeJS.Timeout | undefined;
  let stopped = false;
  const rescanSoon = (): void => {
    if (stopped) return;
    clearTimeout(rescanTimer);
    rescanTimer = setTimeout(() => void rescan().catch((error: unknown) => log(style.red(`privacy-statement: ${escapeLine((error as Error).message)}`))), settle);
  };
  /**
   * The directories to watch: every one walked below the inputs, those of the input files, and
   * the one above each input directory and above each input file's directory.
   */
  const wanted = (walked: string[], found: Source[]): Set<string> => {
    const set = new Set<string>(walked.map((d) => resolve(d)));
    for (const s of found) set.add(dirname(s.path));
    for (const input of inputs) {
      const path = resolve(input);
      const isDirectory = walked.some((d) => resolve(d) === path);
      set.add(dirname(path));
      if (!isDirectory) set.add(dirname(dirname(path)));
    }
    return set;
  };
  const follow = (dirsNow: Set<string>): string[] => {
    const fresh: string[] = [];
    for (const [dir, watcher] of watchers) {
      if (!dirsNow.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirsNow) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = watchFs(dir, (_event, entry) => {
          const path = entry ? resolve(dir, entry.toString()) : undefined;
          if (path && (known.has(path) || (isLockFileName(basename(path)) && [...byPath.values()].some((f) => lockFileName(f.path) === path)))) changed(path);
          // Anything else (a new file or directory, one removed) may change what the inputs name.
          else rescanSoon();
        });
        // A watched directory that is removed: forgotten, and looked for again.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
          rescanSoon();
        });
        watchers.set(dir, watcher);
        fresh.push(dir);
      } catch {
        // Gone meanwhile: the directory above it is watched and brings it back.
      }
    }
    return fresh;
  };
  /** What each input named when it was last looked at. */
  const byInput = new Map<string, Source[]>(inputs.map((input) => [input, sources.filter((s) => s.path === resolve(input) || s.inDirectory === input)]));
  const reported = new Set<string>();
  /** Finds the inputs again: new statements are built, removed ones forgotten, new directories watched. */
  const rescan = async (): Promise<void> => {
    if (stopped) return;
    const walked: string[] = [];
    const found: Source[] = [];
    for (const input of inputs) {
      try {
        const now = await findSources([input], process.cwd(), walked);
        byInput.set(input, now);
        found.push(...now);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        // Removed for a moment (a checkout): its statements are forgotten, and the directory
        // above it is watched for its return. Anything else is said once, and what the input
        // named before is kept.
        if (!(await stat(resolve(input)).then(() => true, () => false))) byInput.set(input, []);
        else if (!reported.has(error.message)) {
          reported.add(error.message);
          log(style.red(`✖ ${say('cli.watch.problem', { error: escapeLine(error.message) })}`));
        }
        found.push(...(byInput.get(input) ?? []));
      }
    }
    const fresh = new Set(follow(wanted(walked, found)));
    const now = new Set(found.map((s) => s.path));
    for (const path of known.keys()) if (!now.has(path)) forget(path);
    for (const source of found) {
      const isNew = !known.has(source.path) || byPath.get(source.path)?.text === '';
      known.set(source.path, source);
      if (isNew || fresh.has(dirname(source.path))) changed(source.path);
    }
  };
  follow(wanted(dirs, sources));
  log(style.dim(say('cli.watch.watching', { count: files.length })));

  return new Promise((resolveWatch) => {
    const stop = (): void => {
      stopped = true;
      clearTimeout(rescanTimer);
      for (const w of watchers.values()) w.close();
      for (const t of pending.values()) clearTimeout(t);
      resolveWatch(exitCodes.ok);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
