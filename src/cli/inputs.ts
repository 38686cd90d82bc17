import { open, readdir, readFile, stat, type FileHandle } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { decodeUtf8 } from '../load/encoding.js';
import { limits } from '../load/limits.js';
import { tooLargeMessage } from '../load/messages.js';
import { isLockFileName, lockFileName } from '../translations/lock.js';
import { UsageError } from './errors.js';
import { say } from './lang.js';

export const sourceExtensions = new Set(['.yaml', '.yml', '.json']);
/** Recognises a statement source without parsing it: YAML or JSON, on its own line or not. */
const declaresFormat = /["']?\bformat["']?\s*:\s*["']?privacy-statement\//;

export interface InputFile {
  /** As it should appear in diagnostics: relative to the working directory when below it. */
  display: string;
  path: string;
  /** Empty when the file is refused. */
  text: string;
  /** Why the file is not read as a statement: too large, or not UTF-8 text. */
  refused?: Diagnostic;
  /** The earlier version to compare with (`build --changes-since`), read by the command. */
  earlier?: { display: string; text: string };
  /** The translations lock file beside the statement (`<name>.translations.json`), when there is one. */
  translations?: { display: string; text: string };
}

/** How much of a file too large to read is read, to tell whether it is a statement at all. */
const headBytes = 64 * 1024;

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

interface Read {
  text: string;
  refused?: { bytes: number; known: boolean } | { line: number; column: number; message: string };
}

/**
 * A file's text. A file larger than a statement source may be is not read whole (its size is
 * known before reading, and a file that grows while it is read, or a device, is cut off one
 * byte past the limit): only its beginning, for telling whether it is a statement at all.
 * Bytes that are not UTF-8 are reported where they are, not replaced.
 */
async function read(path: string, arg: string): Promise<Read> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const size = (await handle.stat()).size;
    const head = (bytes: Uint8Array): string => new TextDecoder().decode(bytes.subarray(0, headBytes));
    if (size > limits.inputBytes) return { text: head(await readUpTo(handle, headBytes)), refused: { bytes: size, known: true } };
    const bytes = await readUpTo(handle, limits.inputBytes + 1);
    if (bytes.length > limits.inputBytes) return { text: head(bytes), refused: { bytes: limits.inputBytes, known: false } };
    const decoded = decodeUtf8(bytes);
    if ('text' in decoded) return { text: decoded.text };
    return { text: new TextDecoder().decode(bytes), refused: { ...decoded.position, message: decoded.message } };
  } catch (error) {
    throw new UsageError(`cannot read ${arg}: ${reason(error)}`);
  } finally {
    await handle?.close();
  }
}

/** At most `max` bytes from the start of a file. */
async function readUpTo(handle: FileHandle, max: number): Promise<Uint8Array> {
  const buffer = Buffer.allocUnsafe(Math.min(max, 64 * 1024));
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < max) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, max - total), null);
    if (bytesRead === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function inputFile(display: string, path: string, read: Read): InputFile {
  const { refused } = read;
  if (!refused) return { display, path, text: read.text };
  const diagnostic: Diagnostic =
    'bytes' in refused
      ? { rule: 'input-too-large', severity: 'error', message: tooLargeMessage(refused.bytes, refused.known), file: display, line: 1, column: 1, path: '', references: [] }
      : { rule: 'invalid-encoding', severity: 'error', message: refused.message, file: display, line: refused.line, column: refused.column, path: '', references: [] };
  return { display, path, text: '', refused: diagnostic };
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
  if (args.length === 0) throw new UsageError(say('cli.inputs.none'));
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new UsageError(say('cli.inputs.not-found', { path: arg }));
    }
    if (info.isDirectory()) {
      const found = await walk(absolute, arg);
      if (found.length === 0) throw new UsageError(say('cli.inputs.empty-directory', { path: arg }));
      for (const file of found) {
        if (seen.has(file)) continue;
        seen.add(file);
        const display = displayPath(file, cwd);
        const content = await read(file, display);
        if (!declaresFormat.test(content.text)) {
          throw new UsageError(say('cli.inputs.not-a-statement', { path: display, directory: arg }));
        }
        files.push({ ...inputFile(display, file, content), ...(await readLock(file, display)) });
      }
    } else {
      if (!sourceExtensions.has(extname(absolute).toLowerCase())) throw new UsageError(say('cli.inputs.wrong-extension', { path: arg }));
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const display = displayPath(absolute, cwd);
      files.push({ ...inputFile(display, absolute, await read(absolute, arg)), ...(await readLock(absolute, display)) });
    }
  }
  return files;
}
