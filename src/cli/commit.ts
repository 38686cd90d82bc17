import { lstat, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeCode } from './directories.js';
import { UsageError } from './errors.js';
import { faultPoint } from './faults.js';
import { applyJournal, closeJournal, recoverJournal, writeJournal, type Step } from './journal.js';
import { Cancelled, withLock } from './lock.js';
import type { OutputEntry } from './report/index.js';
import { closeStaging, discardStaging, removeLeftovers, sha256, stageFile, type OpenStaging, type StagedFile } from './staging.js';
import { say } from './lang.js';

export const manifestName = 'manifest.json';

interface Manifest {
  generator: string;
  files: OutputEntry[];
}

/** A staged file of another directory (the archive's) to rename in the same commit. */
export interface ExtraRename {
  tmp: string;
  target: string;
  sha256: string;
}

export interface CommitPlan {
  staging: OpenStaging;
  /** The outputs, staged in the output directory. */
  staged: StagedFile[];
  /** Renames in other directories (the archive), in order, after the outputs and before the manifest. */
  extra?: ExtraRename[];
  /** Other directories whose lock the commit takes as well (the archive's). */
  alsoLock?: string[];
  /** Checks, under the locks and before the commit point, that what was planned still holds. */
  verify?: () => Promise<void>;
  /** Outputs of earlier builds to remove in the same commit (their names in the output directory). */
  remove?: string[];
  /**
   * `build --clean`: also remove, in the same commit, the files the manifest lists for the
   * statements of this build that this build did not write (a locale or format dropped). Only
   * files the manifest lists, and only while they are as it lists them (same size and SHA-256):
   * a file changed by hand since is left where it is (and the manifest no longer lists it).
   */
  clean?: boolean;
  /** Told, at the commit point, which files `clean` removes. */
  onRemoved?: (names: string[]) => void;
  /** The build was interrupted: stop before the commit point. */
  cancelled?: () => boolean;
  /** Called at the commit point: from here on the build finishes whatever happens to it. */
  onCommitted?: () => void;
}

/**
 * Entries of an earlier manifest whose files are still there, unchanged, and not rebuilt now;
 * and, of those, the ones `clean` removes (files of `cleaned` statements not rebuilt now).
 */
async function previousEntries(outDir: string, rebuilt: Set<string>, cleaned: Set<string>): Promise<{ kept: OutputEntry[]; removed: string[] }> {
  let previous: Manifest;
  try {
    previous = JSON.parse(await readFile(join(outDir, manifestName), 'utf8')) as Manifest;
  } catch {
    return { kept: [], removed: [] };
  }
  if (!Array.isArray(previous?.files)) return { kept: [], removed: [] };
  const kept: OutputEntry[] = [];
  const removed: string[] = [];
  for (const entry of previous.files) {
    if (typeof entry?.path !== 'string' || rebuilt.has(entry.path) || entry.path.includes('/') || entry.path.includes('\\') || entry.path.startsWith('.') || entry.path === manifestName) continue;
    try {
      const found = await lstat(join(outDir, entry.path));
      if (!found.isFile()) continue;
      const content = await readFile(join(outDir, entry.path));
      if (content.byteLength !== entry.bytes || sha256(content) !== entry.sha256) continue;
      if (cleaned.has(entry.statement)) removed.push(entry.path);
      else kept.push(entry);
    } catch {
      // The file is gone: so is its entry.
    }
  }
  return { kept, removed };
}

/**
 * The directories to lock, each once, in one order whatever their roles: two builds that lock
 * the same two directories the other way round (`--out a --archive b` and `--out b --archive a`)
 * then never each hold the one the other waits for.
 */
export function lockOrder(outDir: string, also: readonly string[]): string[] {
  return [...new Set([outDir, ...also].map((d) => resolve(d)))].sort();
}

async function withLocks<T>(dirs: string[], fn: () => Promise<T>, cancelled?: () => boolean): Promise<T> {
  const [first, ...rest] = dirs;
  if (first === undefined) return fn();
  return withLock(first, () => withLocks(rest, fn, cancelled), cancelled ? { cancelled } : {});
}

/**
 * Puts staged files in place and updates the manifest, under the directory's lock, through a
 * journal (see journal.ts): first a build cut short earlier is finished and the leftovers of
 * stopped builds removed; then the new manifest is staged, the journal written (the commit
 * point), and its renames done. A failure before the commit point removes the staged files and
 * leaves the directory as it was; after it, the build finishes (or, if the disk refuses, the
 * next build does).
 */
export async function commitStaged(plan: CommitPlan): Promise<OutputEntry[]> {
  const { staging, staged } = plan;
  const { outDir } = staging;
  const entries: OutputEntry[] = staged.map(({ tmp: _tmp, ...entry }) => entry);
  const removals = [...(plan.remove ?? [])];
  let steps: Step[] | undefined;
  let committed = false;
  const locks = lockOrder(outDir, plan.alsoLock ?? []);
  try {
    await withLocks(
      locks,
      async () => {
        faultPoint('commit');
        await recoverJournal(outDir);
        await removeLeftovers(outDir);
        faultPoint('commit');
        // A target that exists but is not a file (a directory, say) would fail half-way through the renames.
        const targets = [...staged.map((f) => join(outDir, f.path)), ...(plan.extra ?? []).map((e) => e.target), join(outDir, manifestName)];
        for (const target of targets) {
          const found = await lstat(target).catch(() => undefined);
          if (found && !found.isFile()) throw new UsageError(say('output.not-a-file', { path: target }));
        }
        const rebuilt = new Set([...staged.map((f) => f.path), ...removals]);
        const cleaned = new Set(plan.clean ? staged.map((f) => f.statement) : []);
        const { kept, removed } = await previousEntries(outDir, rebuilt, cleaned);
        removals.push(...removed);
        const all = [...kept, ...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const manifest: Manifest = { generator: 'privacy-statement-compiler', files: all };
        const manifestFile = await stageFile(staging, { name: manifestName, statement: '', locale: '', format: '', content: JSON.stringify(manifest, null, 2) + '\n' });
        faultPoint('commit');
        await plan.verify?.();
        if (plan.cancelled?.()) throw new Cancelled();
        steps = [
          ...staged.map((f): Step => ({ rename: f.tmp, to: join(outDir, f.path), sha256: f.sha256 })),
          ...(plan.extra ?? []).map((e): Step => ({ rename: e.tmp, to: e.target, sha256: e.sha256 })),
          ...removals.map((name): Step => ({ remove: join(outDir, name) })),
          { rename: manifestFile.tmp, to: join(outDir, manifestName), sha256: manifestFile.sha256 },
        ];
        faultPoint('commit');
        await writeJournal(outDir, staging.tag, steps, plan.cancelled);
        committed = true;
        plan.onCommitted?.();
        plan.onRemoved?.(removals);
        await applyJournal(outDir, steps, () => faultPoint('commit'));
        faultPoint('commit');
        await closeJournal(outDir);
        faultPoint('commit');
      },
      plan.cancelled,
    );
  } catch (error) {
    if (!committed || !steps) {
      await discardStaging(staging);
      if (error instanceof UsageError || error instanceof Cancelled) throw error;
      throw new UsageError(say('cli.build.cannot-write', { dir: outDir, reason: describeCode(error) }));
    }
    // Past the commit point: the build is decided. Its steps are done again from where they
    // stopped (each can be); if the disk still refuses, the journal stays for the next build.
    try {
      await withLock(outDir, () => recoverJournal(outDir));
    } catch (again) {
      staging.stopHeartbeat();
      throw new UsageError(say('output.cannot-finish', { dir: outDir, reason: describeCode(again instanceof UsageError ? error : again), journal: join(outDir, '.privacy-statement-journal.json') }));
    }
  }
  await closeStaging(staging);
  return entries;
}
