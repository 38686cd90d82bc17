import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeCode } from './directories.js';
import { UsageError } from './errors.js';
import { faultPoint } from './faults.js';
import { hold, newOwner, ownerGone, parseOwner, release, type Owner } from './owner.js';
import { say } from './lang.js';

export const lockName = '.privacy-statement.lock';

/** How often a holder touches its owner file, and after how long without that it is taken for dead. */
export const heartbeat = { every: 2_000, deadAfter: 30_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps a file's modification time fresh while its owner runs. */
export function startHeartbeat(file: string): () => void {
  const timer = setInterval(() => {
    const now = new Date();
    void utimes(file, now, now).catch(() => undefined);
  }, heartbeat.every);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Whether an owner file belongs to a process that has stopped. An owner that cannot be checked
 * from here is judged by its heartbeat; a file that is not an owner record at all (cut short by
 * a full disk, or written by hand) by its age alone.
 */
export async function ownerFileStale(file: string): Promise<{ stale: boolean; owner?: Owner }> {
  let text: string;
  let age: number;
  try {
    [text, age] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => Date.now() - s.mtimeMs)]);
  } catch (error) {
    // Gone meanwhile: whatever held it has let go.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { stale: true };
    throw error;
  }
  const owner = parseOwner(text);
  if (!owner) return { stale: age > heartbeat.every * 2 };
  const gone = ownerGone(owner);
  return { stale: gone ?? age > heartbeat.deadAfter, owner };
}

export interface LockOptions {
  /** Give up waiting (and taking the lock) when this says so: an interrupted build. */
  cancelled?: () => boolean;
  /** How long to wait for another build, in milliseconds. */
  wait?: number;
}

/**
 * Runs `fn` holding the directory's lock, which serialises the last step of concurrent builds
 * into one directory (putting files in place and updating the manifest).
 *
 * The lock is a directory that appears whole: made under a temporary name with its owner file
 * inside, then renamed into place, so that it never exists without an owner (a disk too full to
 * write the owner file fails here, before the lock exists, instead of leaving a lock nobody can
 * judge). A lock whose owner has stopped is taken over; the holder touches its owner file while
 * it holds it, and releases only a lock with its own token.
 */
export async function withLock<T>(dir: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = join(dir, lockName);
  const owner = newOwner();
  const prepared = join(dir, `${lockName}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(prepared);
    faultPoint('lock');
    await writeFile(join(prepared, 'owner'), JSON.stringify(owner) + '\n');
  } catch (error) {
    await rm(prepared, { recursive: true, force: true }).catch(() => undefined);
    throw new UsageError(say('output.cannot-write-to', { dir, reason: describeCode(error) }));
  }
  const deadline = Date.now() + (options.wait ?? 60_000);
  try {
    for (;;) {
      if (options.cancelled?.()) throw new Cancelled();
      try {
        await rename(prepared, lock);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM' && code !== 'EACCES') throw new UsageError(say('output.cannot-write-to', { dir, reason: describeCode(error) }));
        if ((code === 'EPERM' || code === 'EACCES') && !(await stat(lock).then(() => true, () => false))) throw new UsageError(say('output.cannot-write-to', { dir, reason: describeCode(error) }));
      }
      const judged = await ownerFileStale(join(lock, 'owner')).catch(() => ({ stale: false, owner: undefined }));
      if (judged.stale) {
        await breakStale(lock, judged.owner);
        continue;
      }
      if (Date.now() > deadline) {
        throw new UsageError(say('output.locked', { dir, name: lockName, lock }));
      }
      await sleep(20 + Math.floor(Math.random() * 30));
    }
  } finally {
    await rm(prepared, { recursive: true, force: true }).catch(() => undefined);
  }
  hold(owner);
  const stopHeartbeat = startHeartbeat(join(lock, 'owner'));
  try {
    return await fn();
  } finally {
    stopHeartbeat();
    release(owner);
    // Only our own lock: never one another build took after judging ours stale.
    const now = parseOwner(await readFile(join(lock, 'owner'), 'utf8').catch(() => ''));
    if (now?.token === owner.token) {
      const aside = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      if (await rename(lock, aside).then(() => true, () => false)) await rm(aside, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/**
 * Removes a stale lock. It is moved aside first, so that of two builds that both found it
 * stale, the second cannot remove the lock the first has just taken: what it moved is checked
 * to be the stale one, and put back otherwise.
 */
async function breakStale(lock: string, owner: Owner | undefined): Promise<void> {
  const aside = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  if (!(await rename(lock, aside).then(() => true, () => false))) return;
  const moved = parseOwner(await readFile(join(aside, 'owner'), 'utf8').catch(() => ''));
  if (moved?.token === owner?.token) await rm(aside, { recursive: true, force: true }).catch(() => undefined);
  else await rename(aside, lock).catch(() => rm(aside, { recursive: true, force: true }));
}

/** The build was interrupted while it waited for the lock. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
}
