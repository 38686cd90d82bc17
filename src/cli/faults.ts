/**
 * Fault injection for the crash-consistency tests (test/hardening/commit.test.ts): with
 * `PRIVACY_STATEMENT_FAULT=<point>:<n>:<kind>` in the environment, the n-th time the build
 * reaches `<point>` it is killed outright (`kill`, SIGKILL), interrupted (`sigint`, `sigterm`:
 * the signal arrives while it goes on), throws (`throw`), or fails as a full disk would
 * (`enospc`) or a read-only file system would (`erofs`). Without the variable this does nothing.
 */
const counts = new Map<string, number>();

export function faultPoint(point: string): void {
  const spec = process.env.PRIVACY_STATEMENT_FAULT;
  if (!spec) return;
  const [name, at, kind] = spec.split(':');
  if (name !== point) return;
  const n = (counts.get(point) ?? 0) + 1;
  counts.set(point, n);
  if (String(n) !== at) return;
  if (kind === 'kill') process.kill(process.pid, 'SIGKILL');
  if (kind === 'sigint' || kind === 'sigterm') process.kill(process.pid, kind === 'sigint' ? 'SIGINT' : 'SIGTERM');
  if (kind === 'enospc') throw Object.assign(new Error(`ENOSPC: no space left on device (injected at ${point} ${n})`), { code: 'ENOSPC' });
  if (kind === 'erofs') throw Object.assign(new Error(`EROFS: read-only file system (injected at ${point} ${n})`), { code: 'EROFS' });
  if (kind === 'throw') throw new Error(`fault injected at ${point} ${n}`);
}

/** Starts the counts again (for tests that inject faults in their own process). */
export function resetFaults(): void {
  counts.clear();
}
