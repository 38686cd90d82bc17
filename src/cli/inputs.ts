import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { isLockFileName, lockFileName } from '../translations/lock.js';
import { UsageError } from './errors.js';

export const sourceExtensions = new Set(['.yaml', '.yml', '.json']);
/** Recognises a statement source without parsing it: YAML or JSON, on its own line or not. */
const declaresFormat = /["']?\bformat["']?\s*:\s*["']?privacy-statement\//;

export interface InputFile {
  /** As it should appear in diagnostics: relative to the working directory when below it. */
  display: string;
  path: string;
  text: string;
  /** The earlier version to compare with (`build --changes-since`), read by the command. */
  earlier?: { display: string; text: string };
  /** The translations lock file beside the statement (`<name>.translations.json`), when there is one. */
  translations?: { display: string; text: string };
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel.split('\\').join('/') : path;
}

async function walk(dir: string, arg: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`cannot read the directory ${arg}: ${reason(error)}`);
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, join(arg, entry.name))));
    // A statement's translations lock file sits beside it: it is not a statement.
    else if (entry.isFile() && sourceExtensions.has(extname(entry.name).toLowerCase()) && !isLockFileName(entry.name)) out.push(path);
  }
  return out;
}

async function read(path: string, arg: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${arg}: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EMFILE' || code === 'ENFILE' ? 'too many open files' : (error as Error).message;
}

/** The statement's translations lock file, when it has one. */
export async function readLock(statementPath: string, statementDisplay: string): Promise<Pick<InputFile, 'translations'>> {
  const display = lockFileName(statementDisplay);
  try {
    return { translations: { display, text: await readFile(lockFileName(statementPath), 'utf8') } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return {};
    throw new UsageError(`cannot read ${display}: ${reason(error)}`);
  }
}

/**
 * Expands the command's arguments into statement sources, in a stable order: files as named,
 * directories recursively in name order. Everything the user named must exist and be a source.
 */
export async function readInputs(args: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  if (args.length === 0) throw new UsageError('no input given: name a statement file (.yaml, .yml or .json) or a directory of them');
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new UsageError(`${arg}: no such file or directory`);
    }
    if (info.isDirectory()) {
      const found = await walk(absolute, arg);
      if (found.length === 0) throw new UsageError(`${arg} contains no statement files (.yaml, .yml or .json)`);
      for (const file of found) {
        if (seen.has(file)) continue;
        seen.add(file);
        const display = displayPath(file, cwd);
        const text = await read(file, display);
        if (!declaresFormat.test(text)) {
          throw new UsageError(`${display} is not a statement source (it has no \`format: privacy-statement/v1\`); pass the statement files themselves, or move other files out of ${arg}`);
        }
        files.push({ display, path: file, text, ...(await readLock(file, display)) });
      }
    } else {
      if (!sourceExtensions.has(extname(absolute).toLowerCase())) throw new UsageError(`${arg} is not a .yaml, .yml or .json file`);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const display = displayPath(absolute, cwd);
      files.push({ display, path: absolute, text: await read(absolute, arg), ...(await readLock(absolute, display)) });
    }
  }
  return files;
}
