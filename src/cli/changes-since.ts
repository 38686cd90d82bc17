import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { readAtRevision } from './git.js';
import { sourceExtensions, type InputFile } from './inputs.js';

/**
 * `--changes-since <file|revision>`: the earlier version of each input. A statement file is the
 * earlier version of the one statement being built; anything else is a git revision, at which
 * each input is read as it was then.
 */
export async function attachEarlierVersions(files: InputFile[], since: string, cwd = process.cwd()): Promise<void> {
  const path = resolve(cwd, since);
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) {
    if (files.length !== 1) throw new UsageError(`--changes-since ${since} names one earlier statement, but ${files.length} statements are being built; build them one at a time, or give a git revision (e.g. --changes-since v2024) to compare each with its own earlier version`);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${since}: ${error.code === 'EACCES' ? 'permission denied' : error.message}`);
    });
    const rel = relative(cwd, path);
    files[0]!.earlier = { display: rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path, text };
    return;
  }
  if (info?.isDirectory()) throw new UsageError(`--changes-since ${since} is a directory; give the earlier statement file, or a git revision`);
  if (sourceExtensions.has(extname(since).toLowerCase())) throw new UsageError(`--changes-since ${since}: no such file; give the earlier statement file, or a git revision such as HEAD~1 or v2024`);
  for (const file of files) file.earlier = { display: `${file.display}@${since}`, text: await readAtRevision(file.path, since, '--changes-since') };
}
