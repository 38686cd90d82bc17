import { mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { MessageId } from '../messages/index.js';
import { say } from './lang.js';

/** A path as the user sees it: relative to the working directory when it is below it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Why a directory could not be made: the place that stopped it (`at`), and what is wrong there. */
export class DirectoryError extends Error {
  override readonly name = 'DirectoryError';
  constructor(
    readonly at: string,
    readonly detail: string,
    readonly code: string | undefined,
  ) {
    super(`${displayPath(at)} ${detail}`);
  }
}

/**
 * Makes `dir` and the directories above it that are missing, one level at a time, and returns
 * the first one it made (undefined when `dir` already existed).
 *
 * Not `mkdir(dir, { recursive: true })`: on a path whose parent exists but refuses new entries
 * with ENOENT (`/proc/1/x` on Linux), Node's recursive mkdir never returns. Here every level is
 * made once: a refusal is an error that names the directory that refused.
 */
export async function makeDirectories(dir: string): Promise<string | undefined> {
  const target = resolve(dir);
  // A failing build that made the same directories may remove them (empty) while this one
  // makes them: a few attempts, never a loop.
  for (let attempt = 0; ; attempt++) {
    const missing: string[] = [];
    for (let at = target; ; at = dirname(at)) {
      const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        if (error.code === 'ENOTDIR') return 'not-a-directory' as const;
        throw new DirectoryError(at, say('output.directory.cannot-look', { reason: describeCode(error) }), error.code);
      });
      if (info === 'not-a-directory') {
        missing.push(at);
        continue;
      }
      if (info) {
        if (!info.isDirectory()) throw new DirectoryError(at, say(at === target ? 'output.directory.not-a-directory' : 'output.directory.not-a-directory-above', { kind: kindOf(info) }), 'ENOTDIR');
        break;
      }
      missing.push(at);
      if (dirname(at) === at) break;
    }
    let first: string | undefined;
    const made: string[] = [];
    try {
      for (const at of missing.reverse()) {
        try {
          await mkdir(at);
          first ??= at;
          made.push(at);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
      return first;
    } catch (error) {
      // What this attempt made is removed again (deepest first), so that a refusal leaves nothing behind.
      for (const at of made.reverse()) await rmdir(at).catch(() => undefined);
      const code = (error as NodeJS.ErrnoException).code;
      const at = (error as NodeJS.ErrnoException).path ?? target;
      if (code === 'ENOENT' && attempt < 3) {
        // The parent was there a moment ago. Removed by another build, it is made again; still
        // there, it refuses new directories (a special file system such as /proc).
        const parentThere = await stat(dirname(at)).then((i) => i.isDirectory(), () => false);
        if (!parentThere) continue;
        throw new DirectoryError(dirname(at), say('output.directory.special'), code);
      }
      if (code === 'ENOTDIR') throw new DirectoryError(at, say('output.directory.path-has-file'), code);
      throw new DirectoryError(at, say('output.directory.cannot-make', { reason: describeCode(error) }), code);
    }
  }
}

function kindOf(info: { isFile(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isFile()) return say('output.kind.file');
  if (info.isCharacterDevice() || info.isBlockDevice()) return say('output.kind.device');
  if (info.isFIFO()) return say('output.kind.pipe');
  if (info.isSocket()) return say('output.kind.socket');
  return say('output.kind.other');
}

/** The catalogue's reason for each code a file system operation may give. */
const reasonOf: Record<string, MessageId> = {
  EACCES: 'output.reason.EACCES',
  EPERM: 'output.reason.EACCES',
  ENOSPC: 'output.reason.ENOSPC',
  EDQUOT: 'output.reason.ENOSPC',
  EROFS: 'output.reason.EROFS',
  ENOTDIR: 'output.reason.ENOTDIR',
  ENOENT: 'output.reason.ENOENT',
  EMFILE: 'output.reason.EMFILE',
  ENFILE: 'output.reason.EMFILE',
  ENAMETOOLONG: 'output.reason.ENAMETOOLONG',
  EIO: 'output.reason.EIO',
  EISDIR: 'output.reason.EISDIR',
  ELOOP: 'output.reason.ELOOP',
  // A NUL byte in a path: Node refuses the argument before the file system sees it.
  ERR_INVALID_ARG_VALUE: 'output.reason.NUL',
  ERR_INVALID_ARG_TYPE: 'output.reason.NUL',
};

/** A file system error in words, in the language of the messages. */
export function describeCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = code !== undefined && Object.hasOwn(reasonOf, code) ? reasonOf[code] : undefined;
  return reason ? say(reason) : ((error as Error)?.message ?? String(error));
}
