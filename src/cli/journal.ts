import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { describeCode } from './directories.js';
import { UsageError } from './errors.js';
import { faultPoint } from './faults.js';
import { Cancelled } from './lock.js';
import { isTempName, sha256 } from './staging.js';
import { say } from './lang.js';

/**
 * The journal of a build's last step: the list of renames (a staged file over its target) and
 * removals that make the build's outputs the directory's, written whole into the output
 * directory before the first of them is done. It is the build's commit point:
 *
 * - before the journal is in place, nothing has changed: the staged files are removed (by the
 *   build, or by the next build if this one was killed) and the directory is entirely as it was;
 * - once it is in place, the build is decided: its steps are done in order and the journal is
 *   removed. A build killed in between leaves the journal, and the next build into the directory
 *   does the remaining steps first (each one can be done again safely), so that the directory
 *   becomes entirely the new one.
 *
 * The manifest is the last rename, so that it describes the files as they are once the journal
 * is done. Removals (of outputs a build no longer writes) are steps like the renames.
 */
export const journalName = '.privacy-statement-journal.json';
const format = 'privacy-statement-journal/v1';

export type Step = { rename: string; to: string; sha256: string } | { remove: string };

interface Journal {
  format: typeof format;
  steps: Step[];
}

/** Paths in the journal are relative to its directory, with `/`, so that a moved tree still recovers. */
const portable = (dir: string, path: string): string => relative(dir, path).split(sep).join('/');
const local = (dir: string, path: string): string => resolve(dir, ...path.split('/'));

/**
 * Writes the journal under a temporary name, flushed to disk, then renames it into place: the
 * commit point. `cancelled` is asked last, just before.
 */
export async function writeJournal(dir: string, tag: string, steps: readonly Step[], cancelled: () => boolean = () => false): Promise<void> {
  const journal: Journal = { format, steps: steps.map((s) => ('rename' in s ? { rename: portable(dir, s.rename), to: portable(dir, s.to), sha256: s.sha256 } : { remove: portable(dir, s.remove) })) };
  const tmp = join(dir, `.${journalName.slice(1)}.${tag}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(JSON.stringify(journal, null, 1) + '\n');
    faultPoint('journal-write');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (cancelled()) throw new Cancelled();
  await rename(tmp, join(dir, journalName));
  await syncDirectory(dir);
}

/**
 * Does a journal's steps, in order, from wherever they were left: a rename whose staged file is
 * gone was done already (the target then has the recorded hash). Returns the targets that have
 * neither (removed by hand meanwhile, say); the manifest the next build writes leaves them out.
 */
export async function applyJournal(dir: string, steps: readonly Step[], onStep: () => void = () => undefined): Promise<string[]> {
  const lost: string[] = [];
  const touched = new Set<string>([dir]);
  for (const step of steps) {
    onStep();
    if ('rename' in step) {
      try {
        await rename(step.rename, step.to);
        touched.add(dirname(step.to));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        const now = await readFile(step.to).catch(() => undefined);
        if (!now || sha256(now) !== step.sha256) lost.push(step.to);
      }
    } else {
      await unlink(step.remove).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
  }
  for (const d of touched) await syncDirectory(d);
  return lost;
}

/** Removes the journal once its steps are done: the build is over. */
export async function closeJournal(dir: string): Promise<void> {
  await unlink(join(dir, journalName)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await syncDirectory(dir);
}

/**
 * Finishes the last step of a build that was cut short after its commit point (killed, or the
 * machine stopped), if the directory has its journal. Runs under the directory's lock.
 */
export async function recoverJournal(dir: string): Promise<{ recovered: boolean; lost: string[] }> {
  let text: string;
  try {
    text = await readFile(join(dir, journalName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { recovered: false, lost: [] };
    throw new UsageError(say('output.cannot-read', { file: join(dir, journalName), reason: describeCode(error) }));
  }
  const steps = readSteps(dir, text);
  if (!steps) {
    throw new UsageError(say('output.not-a-journal', { file: join(dir, journalName) }));
  }
  const lost = await applyJournal(dir, steps);
  await closeJournal(dir);
  return { recovered: true, lost };
}

/** A journal's steps, checked: only staged files renamed onto a name beside them, and only outputs removed. */
function readSteps(dir: string, text: string): Step[] | undefined {
  let value: Journal;
  try {
    value = JSON.parse(text) as Journal;
  } catch {
    return undefined;
  }
  if (value?.format !== format || !Array.isArray(value.steps)) return undefined;
  const steps: Step[] = [];
  const safe = (p: unknown): p is string => typeof p === 'string' && p !== '' && !isAbsolute(p) && !p.includes('\\') && !p.split('/').includes('');
  for (const s of value.steps as unknown[]) {
    const step = s as Record<string, unknown>;
    if (safe(step.rename) && safe(step.to) && typeof step.sha256 === 'string') {
      const from = local(dir, step.rename);
      const to = local(dir, step.to);
      if (dirname(from) !== dirname(to) || !isTempName(basename(from)) || basename(to).startsWith('.')) return undefined;
      steps.push({ rename: from, to, sha256: step.sha256 });
    } else if (safe(step.remove) && !step.remove.includes('/') && !step.remove.startsWith('.')) {
      steps.push({ remove: local(dir, step.remove) });
    } else return undefined;
  }
  return steps;
}

/** Flushes a directory's entries (renames, removals) to disk, where the system allows it. */
async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not every system can open or flush a directory (Windows cannot): the renames stand anyway.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
