import { watch as watchFs, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { countDiagnostics, sortDiagnostics } from '../diagnostics.js';
import { webOptions, type BuildCommandOptions } from './commands/build.js';
import { exitCodes, UsageError } from './errors.js';
import { isLockFileName, lockFileName } from '../translations/lock.js';
import { readInputs, readLock, sourceExtensions, type InputFile } from './inputs.js';
import { missingLocales } from '../compile.js';
import { analyseFile, duplicateIds, renderFile, type FileResult } from './pipeline.js';
import { formatReport } from './report/index.js';
import type { Style } from './report/style.js';
import { writeOutputs } from './write.js';
import { say } from './lang.js';


/**
 * `build --watch`: builds once, then rebuilds a statement whenever its file is saved, in this
 * same warm process. Diagnostics are printed as soon as the file is checked, before rendering,
 * so that the legal team sees them within a fraction of a second.
 */
export async function watch(inputs: string[], options: BuildCommandOptions, style: Style): Promise<number> {
  const files = await readInputs(inputs);
  if (options.changesSince !== undefined) await (await import('./changes-since.js')).attachEarlierVersions(files, options.changesSince);
  const byPath = new Map<string, InputFile>(files.map((f) => [f.path, f]));
  const results = new Map<string, FileResult>();
  const render = { formats: options.to, html: options.html, ...(options.locale ? { locales: options.locale } : {}), ...(options.pdfStandard ? { pdfStandard: options.pdfStandard } : {}), web: webOptions(options) };
  const out = resolve(options.out);
  const log = (line: string) => process.stdout.write(line + '\n');

  const rebuild = async (file: InputFile, why: string): Promise<void> => {
    const started = performance.now();
    const { result, input, changes } = await analyseFile(file, options.strict, file.earlier, options.to);
    results.set(file.path, result);
    const diagnostics = sortDiagnostics([...result.diagnostics, ...duplicateIds([...results.values()]).filter((d) => d.file === file.display)]);
    const counts = countDiagnostics(diagnostics);
    const checkedIn = Math.round(performance.now() - started);
    if (diagnostics.length > 0) process.stdout.write(formatReport({ diagnostics, ...counts, files: 1 }, 'text', style));
    if (counts.errorCount > 0 || !input) {
      log(style.red(`✖ ${say('cli.watch.not-built', { file: file.display, why, count: counts.errorCount, ms: checkedIn })}`));
      return;
    }
    const outputs = await renderFile(input, render, changes);
    if (!outputs) {
      log(style.red(`✖ ${say('cli.watch.locale-missing', { file: file.display, locales: missingLocales(options.locale, input.statement.locales).join(', ') })}`));
      return;
    }
    try {
      const written = await writeOutputs(out, outputs.map((o) => ({ name: o.fileName, statement: o.statementId, locale: o.locales.join(','), format: o.format, version: o.version, content: o.content })));
      log(style.green(`✔ ${say('cli.watch.built', { file: file.display, why, ms: checkedIn, count: written.length, out: options.out, total: Math.round(performance.now() - started) })}`));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      log(style.red(`✖ ${say('cli.watch.failed', { file: file.display, error: error.message })}`));
    }
  };

  for (const file of files) await rebuild(file, 'start');

  const pending = new Map<string, NodeJS.Timeout>();
  // One rebuild at a time per file: a save during a rebuild asks for one more afterwards, so
  // that an older version never finishes last and leaves its outputs on disk.
  const running = new Set<string>();
  const again = new Set<string>();
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
      await rebuild(file, 'translations lock changed');
      return;
    }
    let text: string;
    try {
      if (!(await stat(path)).isFile()) return;
      text = await readFile(path, 'utf8');
    } catch (error) {
      // Removed (or renamed away): its statement id is free again. Mid-save, the next event
      // brings the file back and it is rebuilt.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        results.delete(path);
        const known = byPath.get(path);
        if (known) byPath.set(path, { ...known, text: '' });
      }
      return;
    }
    const known = byPath.get(path);
    if (known && known.text === text) return;
    const { translations: _, ...rest } = known ?? ({ path, display: path } as InputFile);
    const file = { ...rest, text, ...(await readLock(path, rest.display).catch(() => ({}))) } as InputFile;
    byPath.set(path, file);
    await rebuild(file, known ? 'changed' : 'new');
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
          .catch((error: unknown) => log(style.red(`privacy-statement: ${(error as Error).message}`)))
          .finally(() => running.delete(path));
      }, 10),
    );
  };

  // Editors often save by writing a new file and renaming it over the old one: watch the
  // directories, not the files.
  const watchers: FSWatcher[] = [];
  const directories = new Set(files.map((f) => dirname(f.path)));
  for (const input of inputs) {
    const path = resolve(input);
    if ((await stat(path)).isDirectory()) directories.add(path);
  }
  for (const dir of directories) {
    watchers.push(
      watchFs(dir, (_event, name) => {
        if (!name) return;
        const path = resolve(dir, name.toString());
        const lock = isLockFileName(basename(path));
        const wanted = byPath.has(path) || (lock && [...byPath.values()].some((f) => lockFileName(f.path) === path)) || (!lock && [...inputs].some((i) => resolve(i) === dir) && sourceExtensions.has(extname(path).toLowerCase()) && !basename(path).startsWith('.'));
        if (wanted) changed(path);
      }),
    );
  }
  log(style.dim(say('cli.watch.watching', { count: files.length })));

  return new Promise((resolveWatch) => {
    const stop = (): void => {
      for (const w of watchers) w.close();
      for (const t of pending.values()) clearTimeout(t);
      resolveWatch(exitCodes.ok);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
