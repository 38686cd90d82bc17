import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from './errors.js';
import type { OutputEntry } from './report/index.js';

export interface PlannedFile {
  name: string;
  statement: string;
  locale: string;
  format: string;
  /** The statement's version id, for the manifest. */
  version?: string;
  content: string | Uint8Array;
}

export const manifestName = 'manifest.json';

function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

interface Manifest {
  generator: string;
  files: OutputEntry[];
}

/** Entries of an earlier manifest whose files are still there, unchanged, and not rebuilt now. */
async function keptEntries(outDir: string, rebuilt: Set<string>): Promise<OutputEntry[]> {
  let previous: Manifest;
  try {
    previous = JSON.parse(await readFile(join(outDir, manifestName), 'utf8')) as Manifest;
  } catch {
    return [];
  }
  if (!Array.isArray(previous?.files)) return [];
  const kept: OutputEntry[] = [];
  for (const entry of previous.files) {
    if (typeof entry?.path !== 'string' || rebuilt.has(entry.path) || entry.path.includes('/') || entry.path.startsWith('.')) continue;
    try {
      const content = await readFile(join(outDir, entry.path));
      if (content.byteLength === entry.bytes && sha256(content) === entry.sha256) kept.push(entry);
    } catch {
      // The file is gone: so is its entry.
    }
  }
  return kept;
}

const lockName = '.privacy-statement.lock';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock whose owner has died, or that has no owner after a while, is left over: take it. */
async function stale(lock: string): Promise<boolean> {
  try {
    const pid = Number((await readFile(join(lock, 'owner'), 'utf8')).trim());
    // An owner not written yet (or cut short) says nothing: judge by the lock's age below.
    if (!Number.isInteger(pid) || pid <= 0) throw Object.assign(new Error('no owner'), { code: 'ENOOWNER' });
    process.kill(pid, 0);
    return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return false;
    const info = await stat(lock).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > 10_000;
  }
}

/**
 * Serialises the last step of concurrent builds into one directory (renaming files into place
 * and updating the manifest), so that the manifest always describes the files that are there.
 */
async function withLock<T>(outDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(outDir, lockName);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await stale(lock)) {
        // Moved aside before removal, so that of two builds that both found it stale, the second
        // cannot remove the lock the first has just taken (its rename fails or moves nothing).
        const aside = `${lock}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
        if (await rename(lock, aside).then(() => true, () => false)) {
          if (await stale(aside)) await rm(aside, { recursive: true, force: true });
          else await rename(aside, lock).catch(() => rm(aside, { recursive: true, force: true }));
        }
        continue;
      }
      if (Date.now() > deadline) throw new UsageError(`another build has been writing to ${outDir} for a minute (${lockName}); wait for it, or remove ${join(outDir, lockName)} if no build is running`);
      await sleep(20 + Math.floor(Math.random() * 30));
    }
  }
  try {
    await writeFile(join(lock, 'owner'), `${process.pid}\n`);
    return await fn();
  } finally {
    // Only our own lock: never one another build took after judging ours stale.
    const owner = await readFile(join(lock, 'owner'), 'utf8').catch(() => '');
    if (owner.trim() === String(process.pid)) await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Where a build puts its files before they replace the old ones: temporary names in the output
 * directory itself (a rename within one directory replaces a file whole), marked with the build's
 * own tag so that concurrent builds never touch each other's.
 */
export interface Staging {
  outDir: string;
  tag: string;
}

/** A file written to its temporary name, waiting to be renamed into place. */
export interface StagedFile extends OutputEntry {
  tmp: string;
}

/**
 * Makes the output directory (remembering what it made, to remove it again if nothing is
 * written) and a tag for this build's temporary files.
 */
export async function openStaging(outDir: string): Promise<Staging & { created: string | undefined }> {
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new UsageError(`--out ${outDir} is a file, not a directory`);
  let created: string | undefined;
  try {
    created = await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the output directory ${outDir}: ${reason(error)}`);
  }
  return { outDir, tag: `${process.pid}.${randomBytes(4).toString('hex')}`, created };
}

/** Writes one output to its temporary name. Runs wherever the file was rendered (a worker, say). */
export async function stageFile(staging: Staging, file: PlannedFile): Promise<StagedFile> {
  const tmp = join(staging.outDir, `.${file.name}.${staging.tag}.tmp`);
  try {
    await writeFile(tmp, file.content);
  } catch (error) {
    // Another build that made the directory and failed has just removed it (empty): make it again.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(staging.outDir, { recursive: true });
    await writeFile(tmp, file.content);
  }
  return {
    path: file.name,
    statement: file.statement,
    locale: file.locale,
    format: file.format,
    ...(file.version !== undefined ? { version: file.version } : {}),
    bytes: byteLength(file.content),
    sha256: sha256(file.content),
    tmp,
  };
}

/**
 * Removes this build's temporary files (all of them, wherever they were staged: also those of a
 * worker that stopped half-way), and the output directory if this build made it and it is empty.
 */
export async function discardStaging(staging: Staging & { created?: string | undefined }): Promise<void> {
  const suffix = `.${staging.tag}.tmp`;
  const names = await readdir(staging.outDir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.endsWith(suffix)).map((n) => unlink(join(staging.outDir, n)).catch(() => undefined)));
  for (const dir of madeDirectories(staging)) if (!(await rmdir(dir).then(() => true, () => false))) break;
}

/**
 * The directories this build made, from the output directory up to the first one made. Only
 * empty ones are removed (rmdir): never one another build has started writing into.
 */
function madeDirectories(staging: Staging & { created?: string | undefined }): string[] {
  const dirs: string[] = [];
  const created = staging.created;
  if (!created) return dirs;
  for (let dir = staging.outDir; dir.length >= created.length; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === created) break;
  }
  return dirs;
}

export interface InterruptGuard {
  /** Runs the final renames: an interrupt during them waits for them to finish. */
  committing<T>(commit: () => Promise<T>): Promise<T>;
  stop(): void;
}

/**
 * Removes this build's temporary files if the process is interrupted (Ctrl+C, or a CI job
 * cancelled) before they are renamed into place, then ends it as interrupted (exit 130, or 143
 * for SIGTERM). During the renames an interrupt is held until they are done, so that the
 * directory and its manifest are never left half-updated.
 */
export function discardOnInterrupt(staging: Staging & { created?: string | undefined }, stopWriters: () => Promise<void> = async () => {}): InterruptGuard {
  let inCommit = false;
  let held: NodeJS.Signals | undefined;
  const exit = (signal: NodeJS.Signals): never => process.exit(signal === 'SIGINT' ? 130 : 143);
  let stopping = false;
  const interrupted = async (signal: NodeJS.Signals): Promise<void> => {
    if (inCommit) {
      held = signal;
      return;
    }
    if (stopping) return;
    stopping = true;
    // The threads still rendering stop first, so that none stages a file after the clean-up.
    await stopWriters().catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    const suffix = `.${staging.tag}.tmp`;
    try {
      for (const name of readdirSync(staging.outDir)) if (name.endsWith(suffix)) rmSync(join(staging.outDir, name), { force: true });
      for (const dir of madeDirectories(staging)) rmdirSync(dir);
    } catch {
      // Interrupted anyway: what could not be removed stays, under a name no output has.
    }
    exit(signal);
  };
  const onSignal = (signal: NodeJS.Signals): void => void interrupted(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const stop = (): void => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  return {
    async committing(commit) {
      inCommit = true;
      try {
        return await commit();
      } finally {
        inCommit = false;
        if (held) exit(held);
      }
    },
    stop,
  };
}

/**
 * Renames staged files into place and updates the manifest, under the directory's lock, so that
 * no output is ever half-written or missing and the manifest describes the files that are there.
 * A failure removes the staged files and leaves the directory as it was.
 */
export async function commitStaged(staging: Staging, staged: StagedFile[]): Promise<OutputEntry[]> {
  const { outDir } = staging;
  const entries: OutputEntry[] = staged.map(({ tmp: _tmp, ...entry }) => entry);
  try {
    // A target that exists but is not a file (a directory, say) would fail half-way through the renames.
    for (const name of [...staged.map((f) => f.path), manifestName]) {
      const target = await lstat(join(outDir, name)).catch(() => undefined);
      if (target && !target.isFile()) throw new UsageError(`cannot write ${join(outDir, name)}: it exists and is not a file; nothing was changed`);
    }
    await withLock(outDir, async () => {
      const kept = await keptEntries(outDir, new Set(staged.map((f) => f.path)));
      const all = [...kept, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const manifest: Manifest = { generator: 'privacy-statement-compiler', files: all };
      const manifestFile = await stageFile(staging, { name: manifestName, statement: '', locale: '', format: '', content: JSON.stringify(manifest, null, 2) + '\n' });
      for (const { tmp, path } of [...staged, manifestFile]) await rename(tmp, join(outDir, path));
    });
  } catch (error) {
    await discardStaging(staging);
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write to ${outDir}: ${reason(error)}`);
  }
  return entries;
}

/**
 * Writes every file and the manifest without ever leaving a half-written or missing output:
 * each file goes to a temporary name in the output directory first; only when all of them are
 * written are they renamed over the old ones (a rename replaces a file whole). A failure before
 * that removes the temporary files and leaves the directory as it was.
 */
export async function writeOutputs(outDir: string, files: PlannedFile[]): Promise<OutputEntry[]> {
  const staging = await openStaging(outDir);
  const staged: StagedFile[] = [];
  try {
    for (const file of files) staged.push(await stageFile(staging, file));
  } catch (error) {
    await discardStaging(staging);
    throw new UsageError(`cannot write to ${outDir}: ${reason(error)}; nothing was changed`);
  }
  return commitStaged(staging, staged);
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOTDIR') return 'a part of the path is a file';
  if (code === 'ENOENT') return 'a directory on the path was removed during the build';
  return (error as Error).message;
}
