import { open, readdir, readFile, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { decodeUtf8 } from '../load/encoding.js';
import { limits } from '../load/limits.js';
import { tooLargeMessage } from '../load/messages.js';
import { isLockFileName, lockFileName } from '../translations/lock.js';
import { describeCode } from './directories.js';
import { UsageError } from './errors.js';
import { cliLanguage, say } from './lang.js';

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

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel.split('\\').join('/') : path;
}

/** A statement source found below a directory: its path as found, and the file it is (through links). */
export interface Found {
  path: string;
  real: string;
}

/**
 * Every statement source below a directory, in name order, following symbolic links to files
 * and directories (a statement kept elsewhere and linked in is read like any other). A link that
 * leads back to a directory it is in is a loop, and an error; a directory reached twice through
 * links is walked once. A link to nothing, named like a statement source, is an error too: it
 * would otherwise be skipped without a word.
 */
async function walk(dir: string, arg: string, cwd: string, ancestors: string[] = [], visited = new Set<string>(), dirs?: string[]): Promise<Found[]> {
  const realDir = await realpath(dir).catch((error: unknown) => {
    throw new UsageError(say('output.cannot-read-directory', { dir: arg, reason: describeCode(error) }));
  });
  if (ancestors.includes(realDir)) throw new UsageError(say('output.link-back', { path: arg, dir: displayPath(realDir, cwd) }));
  if (visited.has(realDir)) return [];
  visited.add(realDir);
  dirs?.push(dir);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(say('output.cannot-read-directory', { dir: arg, reason: describeCode(error) }));
  }
  const out: Found[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    const shown = join(arg, entry.name);
    const source = sourceExtensions.has(extname(entry.name).toLowerCase()) && !isLockFileName(entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(path);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') throw new UsageError(say('output.link-loop', { path: shown }));
        if (code === 'ENOENT' || code === 'ENOTDIR') {
          if (!source) continue;
          const target = await readlink(path).catch(() => '?');
          throw new UsageError(say('output.link-dangling', { path: shown, target }));
        }
        throw new UsageError(say('output.cannot-read', { file: shown, reason: describeCode(error) }));
      }
    }
    if (isDirectory) out.push(...(await walk(path, shown, cwd, [...ancestors, realDir], visited, dirs)));
    // A statement's translations lock file sits beside it: it is not a statement.
    else if (isFile && source) out.push({ path, real: entry.isSymbolicLink() ? await realpath(path) : join(realDir, entry.name) });
  }
  return out;
}

interface Read {
  text: string;
  refused?: { bytes: number; known: boolean } | { line: number; column: number; message: string; messageId: string };
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
    const decoded = decodeUtf8(bytes, cliLanguage());
    if ('text' in decoded) return { text: decoded.text };
    return { text: new TextDecoder().decode(bytes), refused: { ...decoded.position, message: decoded.message, messageId: decoded.messageId } };
  } catch (error) {
    throw new UsageError(say('output.cannot-read', { file: arg, reason: describeCode(error) }));
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
      ? { rule: 'input-too-large', severity: 'error', ...tooLarge(refused.bytes, refused.known), file: display, line: 1, column: 1, path: '', references: [] }
      : { rule: 'invalid-encoding', severity: 'error', message: refused.message, messageId: refused.messageId, file: display, line: refused.line, column: refused.column, path: '', references: [] };
  return { display, path, text: '', refused: diagnostic };
}

function tooLarge(bytes: number, known: boolean): { message: string; messageId: string } {
  const { id, text } = tooLargeMessage(bytes, known, cliLanguage());
  return { message: text, messageId: id };
}


/** The statement's translations lock file, when it has one. */
export async function readLock(statementPath: string, statementDisplay: string): Promise<Pick<InputFile, 'translations'>> {
  const display = lockFileName(statementDisplay);
  try {
    return { translations: { display, text: await readFile(lockFileName(statementPath), 'utf8') } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return {};
    throw new UsageError(say('output.cannot-read', { file: display, reason: describeCode(error) }));
  }
}

/** A statement source named on the command line, or found below a directory named there. */
export interface Source {
  path: string;
  display: string;
  /** Found below a directory (which must then hold statement sources only). */
  inDirectory?: string;
}

/**
 * Expands the command's arguments into statement sources, in a stable order: files as named,
 * directories recursively in name order (through symbolic links). Everything the user named must
 * exist and be a source; a file reached twice (named twice, or through a link) is read once.
 * `dirs` receives every directory walked (for --watch).
 */
export async function findSources(args: readonly string[], cwd = process.cwd(), dirs?: string[]): Promise<Source[]> {
  if (args.length === 0) throw new UsageError(say('cli.inputs.none'));
  const sources: Source[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new UsageError(say('cli.inputs.link-loop', { path: arg }));
      throw new UsageError(say('cli.inputs.not-found', { path: arg }));
    }
    if (info.isDirectory()) {
      const found = await walk(absolute, arg, cwd, [], new Set(), dirs);
      if (found.length === 0) throw new UsageError(say('cli.inputs.empty-directory', { path: arg }));
      for (const file of found) {
        if (seen.has(file.real)) continue;
        seen.add(file.real);
        sources.push({ path: file.path, display: displayPath(file.path, cwd), inDirectory: arg });
      }
    } else {
      if (!sourceExtensions.has(extname(absolute).toLowerCase())) throw new UsageError(say('cli.inputs.wrong-extension', { path: arg }));
      const real = await realpath(absolute).catch(() => absolute);
      if (seen.has(real)) continue;
      seen.add(real);
      sources.push({ path: absolute, display: displayPath(absolute, cwd) });
    }
  }
  return sources;
}

/** One statement source read: its text (or why it is refused) and its translations lock file. */
export async function readSource(source: Source): Promise<InputFile> {
  const content = await read(source.path, source.display);
  if (source.inDirectory !== undefined && !declaresFormat.test(content.text)) {
    throw new UsageError(say('cli.inputs.not-a-statement', { path: source.display, directory: source.inDirectory }));
  }
  return { ...inputFile(source.display, source.path, content), ...(await readLock(source.path, source.display)) };
}

/** The command's arguments as statement sources, read (see findSources). */
export async function readInputs(args: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const source of await findSources(args, cwd)) files.push(await readSource(source));
  return files;
}
