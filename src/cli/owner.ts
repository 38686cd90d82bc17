import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds a lock or owns a build's temporary files: enough to tell, from another process,
 * whether that owner is still running.
 *
 * A process id alone says little: ids are reused, and in a container every command may be
 * PID 1 — the same number as the process asking, in another container sharing the directory.
 * So an owner also records a random token (its identity), the host, and where Linux tells them
 * the boot (`/proc/sys/kernel/random/boot_id`), the process-id namespace and the process's
 * start time (`/proc/<pid>/stat`): a process with the owner's id but another start time is
 * another process. Where none of that can be checked (another host, another container, a
 * system without /proc), the owner's heartbeat decides: a live owner touches its file every
 * few seconds.
 */
export interface Owner {
  token: string;
  pid: number;
  host: string;
  boot?: string;
  pidns?: string;
  start?: string;
}

const readTrimmed = (read: () => string): string | undefined => {
  try {
    const value = read().trim();
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
};

/** The start time of a process, in clock ticks since boot (Linux), or undefined. */
export function startOf(pid: number | 'self'): string | undefined {
  const stat = readTrimmed(() => readFileSync(`/proc/${pid}/stat`, 'latin1'));
  if (!stat) return undefined;
  // The command name, in parentheses, may contain spaces and parentheses: fields count from the last `)`.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}

let self: Omit<Owner, 'token'> | undefined;

function thisProcess(): Omit<Owner, 'token'> {
  if (self && self.pid === process.pid) return self;
  const boot = readTrimmed(() => readFileSync('/proc/sys/kernel/random/boot_id', 'latin1'));
  const pidns = readTrimmed(() => readlinkSync('/proc/self/ns/pid'));
  const start = startOf('self');
  self = { pid: process.pid, host: hostname(), ...(boot ? { boot } : {}), ...(pidns ? { pidns } : {}), ...(start ? { start } : {}) };
  return self;
}

/** A new owner record for this process, with a token of its own. */
export function newOwner(): Owner {
  return { token: randomBytes(8).toString('hex'), ...thisProcess() };
}

/** Tokens of the owners this process holds now (locks, stagings). */
const held = new Set<string>();

export function hold(owner: Owner): void {
  held.add(owner.token);
}

export function release(owner: Owner): void {
  held.delete(owner.token);
}

/**
 * Whether an owner is certainly gone (true), certainly running (false), or cannot be told from
 * here (undefined: its heartbeat decides).
 */
export function ownerGone(owner: Owner): boolean | undefined {
  const me = thisProcess();
  if (held.has(owner.token)) return false;
  if (owner.host !== me.host) return undefined;
  if (owner.boot && me.boot && owner.boot !== me.boot) return true;
  if (owner.pidns && me.pidns && owner.pidns !== me.pidns) return undefined;
  // This very process, under a token it no longer holds: a lock or staging it left behind.
  if (owner.pid === me.pid && owner.start !== undefined && owner.start === me.start && owner.boot === me.boot) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  if (owner.start !== undefined && owner.boot !== undefined && owner.boot === me.boot && owner.pidns === me.pidns) {
    const now = startOf(owner.pid);
    if (now !== undefined) return now !== owner.start;
  }
  return undefined;
}

/** An owner record read back from a file, or undefined when it is not one. */
export function parseOwner(text: string): Owner | undefined {
  try {
    const value = JSON.parse(text) as Partial<Owner>;
    if (typeof value?.token !== 'string' || !Number.isInteger(value.pid) || typeof value.host !== 'string') return undefined;
    const optional = (v: unknown): v is string => typeof v === 'string';
    return {
      token: value.token,
      pid: value.pid as number,
      host: value.host,
      ...(optional(value.boot) ? { boot: value.boot } : {}),
      ...(optional(value.pidns) ? { pidns: value.pidns } : {}),
      ...(optional(value.start) ? { start: value.start } : {}),
    };
  } catch {
    return undefined;
  }
}
