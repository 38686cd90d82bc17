import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, rmdirSync, rmSync } from 'node:fs';
import { readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeCode, DirectoryError, makeDirectories } from './directories.js';
import { UsageError } from './errors.js';
import { faultPoint } from './faults.js';
import { lockName, ownerFileStale, startHeartbeat } from './lock.js';
import { hold, newOwner, parseOwner, release, type Owner } from './owner.js';
import type { OutputEntry } from './report/index.js';
import { say } from './lang.js';

/**
 * Where a build puts its files before they replace the old ones: temporary names in the
 * directory of each file (a rename within one directory replaces a file whole), marked with the
 * build's own tag so that concurrent builds never touch each other's. Plain data, so that worker
 * processes can stage files too.
 */
export interface Staging {
  outDir: string;
  tag: string;
}

/**
 * The build's side of its staging: a marker file in the output directory (its owner, with a
 * heartbeat, and every directory the build stages into or made), so that a later build can tell
 * the temporary files of a build that died from those of one still running, and remove them.
 */
export interface OpenStaging extends Staging {
  owner: Owner;
  /** Directories this build stages into: the output directory and, with --archive, the archive's. */
  dirs: string[];
  /** Directories this build made, outermost first: removed again if they stay empty. */
  created: string[];
  stopHeartbeat: () => void;
}

/** A file to be written. */
export interface PlannedFile {
  name: string;
  statement: string;
  locale: string;
  format: string;
  /** The statement's version id, for the manifest. */
  version?: string;
  content: string | Uint8Array;
}

/** A file written to its temporary name, waiting to be renamed into place. */
export interface StagedFile extends OutputEntry {
  tmp: string;
}

const markerPrefix = '.privacy-statement-build.';
const markerOf = (dir: string, tag: string) => join(dir, `${markerPrefix}${tag}.json`);
/** `.<name>.<pid>.<8 hex>.tmp`: a staged file, the lock being prepared, a journal being written. */
const tempName = /^\..+\.(\d+\.[0-9a-f]{8})\.tmp$/;
/** A temporary file without a marker (a build of an older version, say) is left alone this long. */
const orphanAge = 10 * 60_000;

export const tempNameOf = (name: string, tag: string): string => `.${name}.${tag}.tmp`;
export const isTempName = (name: string): boolean => tempName.test(name);

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}

async function writeMarker(staging: OpenStaging): Promise<void> {
  const marker = markerOf(staging.outDir, staging.tag);
  const next = join(staging.outDir, tempNameOf(`${markerPrefix.slice(1)}${staging.tag}.json`, staging.tag));
  await writeFile(next, JSON.stringify({ ...staging.owner, dirs: staging.dirs, created: staging.created }) + '\n');
  faultPoint('marker');
  await rename(next, marker);
}

/**
 * Makes the output directory (remembering what it made, to remove it again if nothing is
 * written), a tag for this build's temporary files and its marker.
 */
export async function openStaging(outDir: string, flag = '--out'): Promise<OpenStaging> {
  const dir = resolve(outDir);
  let made: string | undefined;
  try {
    made = await makeDirectories(dir);
  } catch (error) {
    if (error instanceof DirectoryError && error.at === dir) throw new UsageError(`${flag} ${outDir} ${error.detail}`);
    throw new UsageError(`${flag} ${outDir}: ${(error as Error).message}`);
  }
  const owner = newOwner();
  const staging: OpenStaging = { outDir: dir, tag: `${process.pid}.${randomBytes(4).toString('hex')}`, owner, dirs: [dir], created: made ? madeBetween(made, dir) : [], stopHeartbeat: () => undefined };
  hold(owner);
  try {
    await writeMarker(staging);
  } catch (error) {
    release(owner);
    await removeMade(staging.created);
    throw new UsageError(say('output.cannot-write-to', { dir: outDir, reason: describeCode(error) }));
  }
  staging.stopHeartbeat = startHeartbeat(markerOf(dir, staging.tag));
  return staging;
}

/** Adds a directory to stage into (the archive's), made if missing, and records it in the marker first. */
export async function stagingDirectory(staging: OpenStaging, dir: string): Promise<string> {
  const target = resolve(dir);
  if (staging.dirs.includes(target)) return target;
  const made = await makeDirectories(target);
  staging.dirs.push(target);
  if (made) staging.created.push(...madeBetween(made, target));
  await writeMarker(staging);
  return target;
}

/** The directories from `first` (made first) down to `dir`. */
function madeBetween(first: string, dir: string): string[] {
  const out: string[] = [];
  for (let at = dir; at.length >= first.length; at = dirname(at)) {
    out.unshift(at);
    if (at === first || dirname(at) === at) break;
  }
  return out;
}

/** Removes the directories a build made, deepest first, as long as they are empty. */
async function removeMade(created: readonly string[]): Promise<void> {
  for (const dir of [...created].sort((a, b) => b.length - a.length)) await rmdir(dir).catch(() => undefined);
}

/** The files this process is writing to their temporary names. */
const writing = new Set<Promise<void>>();

/**
 * Resolves when this process is writing no file to its temporary name. An interrupted build
 * waits for it, then removes its files and exits in the same turn, so that no file whose writing
 * had begun appears after the removal (and keeps the directory the build made from going).
 */
export async function stagingSettled(): Promise<void> {
  while (writing.size > 0) await Promise.allSettled([...writing]);
}

/**
 * Writes one output to its temporary name in `dir` (default: the output directory). Runs
 * wherever the file was rendered: a worker whose command has gone (killed outright) writes
 * nothing more and stops.
 */
export async function stageFile(staging: Staging, file: PlannedFile, dir = staging.outDir): Promise<StagedFile> {
  if (typeof process.send === 'function' && !process.connected) process.exit(0);
  const tmp = join(dir, tempNameOf(file.name, staging.tag));
  faultPoint('stage');
  const write = writeFile(tmp, file.content);
  writing.add(write);
  try {
    await write;
  } finally {
    writing.delete(write);
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
 * worker that stopped half-way), its marker, and the directories it made that are still empty.
 */
export async function discardStaging(staging: OpenStaging): Promise<void> {
  staging.stopHeartbeat();
  const suffix = `.${staging.tag}.tmp`;
  for (const dir of staging.dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.endsWith(suffix)).map((n) => rm(join(dir, n), { recursive: true, force: true }).catch(() => undefined)));
  }
  await unlink(markerOf(staging.outDir, staging.tag)).catch(() => undefined);
  release(staging.owner);
  await removeMade(staging.created);
}

/** Ends a build's staging after its files are in place: the marker goes, made directories stay. */
export async function closeStaging(staging: OpenStaging): Promise<void> {
  staging.stopHeartbeat();
  await unlink(markerOf(staging.outDir, staging.tag)).catch(() => undefined);
  release(staging.owner);
}

/** The same as discardStaging, synchronously: for a process about to exit on a signal. */
export function discardStagingNow(staging: OpenStaging): void {
  staging.stopHeartbeat();
  const suffix = `.${staging.tag}.tmp`;
  for (const dir of staging.dirs) {
    try {
      for (const name of readdirSync(dir)) if (name.endsWith(suffix)) rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Interrupted anyway: what could not be removed stays, under a name no output has, and
      // the next build removes it.
    }
  }
  try {
    rmSync(markerOf(staging.outDir, staging.tag), { force: true });
    for (const dir of [...staging.created].sort((a, b) => b.length - a.length)) rmdirSync(dir);
  } catch {
    // As above.
  }
}

/**
 * Removes what builds that stopped without cleaning up left in a directory: the temporary files
 * of every build whose marker shows it stopped (in every directory it staged into, and the
 * directories it made and left empty), locks being prepared by a process that stopped, and
 * temporary files without any marker once they are old. Runs under the directory's lock.
 */
export async function removeLeftovers(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const live = new Set<string>();
  const markers = names.filter((n) => n.startsWith(markerPrefix) && n.endsWith('.json'));
  for (const name of markers) {
    const tag = name.slice(markerPrefix.length, -'.json'.length);
    const file = join(dir, name);
    const { stale } = await ownerFileStale(file).catch(() => ({ stale: false }));
    if (!stale) {
      live.add(tag);
      continue;
    }
    const record = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as { dirs?: unknown; created?: unknown };
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
    const suffix = `.${tag}.tmp`;
    for (const other of new Set([dir, ...strings(record.dirs)])) {
      const inside = await readdir(other).catch(() => [] as string[]);
      await Promise.all(inside.filter((n) => n.endsWith(suffix) && tempName.test(n)).map((n) => rm(join(other, n), { recursive: true, force: true }).catch(() => undefined)));
    }
    await unlink(file).catch(() => undefined);
    await removeMade(strings(record.created).filter((d) => d !== dir));
  }
  for (const name of names) {
    const m = tempName.exec(name);
    if (!m || live.has(m[1]!) || markers.some((marker) => marker.includes(m[1]!))) continue;
    const path = join(dir, name);
    if (name.startsWith(`${lockName}.`)) {
      // A lock prepared, or moved aside, by a build that stopped before it finished with it.
      // (One still without its owner file is being made: left alone unless old.)
      const owner = await readFile(join(path, 'owner'), 'utf8').catch(() => '');
      const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
      const { stale } = parseOwner(owner) ? await ownerFileStale(join(path, 'owner')).catch(() => ({ stale: false })) : { stale: age > 60_000 };
      if (stale) await rm(path, { recursive: true, force: true }).catch(() => undefined);
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > orphanAge) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}
