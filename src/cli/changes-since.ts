import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { readAtRevision } from './git.js';
import { sourceExtensions, type InputFile } from './inputs.js';
import { say } from './lang.js';
import { describeCode } from './directories.js';

/**
 * `--changes-since <file|revision>`: the earlier version of each input. A statement file is the
 * earlier version of the one statement being built; anything else is a git revision, at which
 * each input is read as it was then.
 */
export async function attachEarlierVersions(files: InputFile[], since: string, cwd = process.cwd()): Promise<void> {
  const path = resolve(cwd, since);
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) {
    if (files.length !== 1) throw new UsageError(say('output.since.one-statement', { since, count: files.length }));
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(say('output.cannot-read', { file: since, reason: describeCode(error) }));
    });
    const rel = relative(cwd, path);
    files[0]!.earlier = { display: rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path, text };
    return;
  }
  if (info?.isDirectory()) throw new UsageError(say('output.since.directory', { since }));
  if (sourceExtensions.has(extname(since).toLowerCase())) throw new UsageError(say('output.since.no-file', { since }));
  for (const file of files) file.earlier = { display: `${file.display}@${since}`, text: await readAtRevision(file.path, since, '--changes-since') };
}
