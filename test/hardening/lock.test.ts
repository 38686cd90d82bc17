// The lock that serialises the last step of concurrent builds: it is never there without an owner,
// and an owner that has stopped (even one whose process id now belongs to another process, or is
// PID 1 of another container) does not block later builds.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resetFaults } from '../../src/cli/faults.js';
import { lockOrder } from '../../src/cli/commit.js';
import { lockName, withLock } from '../../src/cli/lock.js';
import { newOwner, startOf, type Owner } from '../../src/cli/owner.js';
import { openStaging, removeLeftovers, stageFile, discardStaging } from '../../src/cli/staging.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-lock-'));
const linux = existsSync('/proc/self/stat');
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** A lock left in `dir` by `owner`, as a build that stopped would leave it. */
function leftLock(dir: string, owner: Owner | string, age = 0): void {
  mkdirSync(join(dir, lockName));
  const file = join(dir, lockName, 'owner');
  writeFileSync(file, typeof owner === 'string' ? owner : JSON.stringify(owner) + '\n');
  if (age) utimesSync(file, minutesAgo(age), minutesAgo(age));
}

const took = (dir: string, wait = 300) => withLock(dir, async () => readFileSync(join(dir, lockName, 'owner'), 'utf8'), { wait });

describe('the output directory lock', () => {
  afterEach(() => {
    delete process.env.PRIVACY_STATEMENT_FAULT;
    resetFaults();
  });

  it('is taken at once from an owner that has stopped, and released with the holder\'s own token', async () => {
    const dir = tmp();
    // A process id that no process has (above the largest Linux allows).
    leftLock(dir, { ...newOwner(), pid: 4_194_304 + 17 });
    const owner = JSON.parse(await took(dir)) as Owner;
    expect(owner.pid).toBe(process.pid);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.runIf(linux)('does not trust a reused process id: same id, another start time, is another process', async () => {
    const dir = tmp();
    // This very process's id, as PID 1 of a container restarted on the same machine would have it.
    leftLock(dir, { ...newOwner(), start: String(Number(startOf('self')) - 1) });
    expect(JSON.parse(await took(dir)).token).toMatch(/^[0-9a-f]{16}$/);
  });

  it('an owner it cannot check (another container, another host) holds the lock while its heartbeat is fresh', async () => {
    const dir = tmp();
    leftLock(dir, { ...newOwner(), pid: 1, pidns: 'pid:[1]' });
    await expect(took(dir, 200)).rejects.toThrow(/another build has been writing to .* for a minute/);
    const remote = tmp();
    leftLock(remote, { ...newOwner(), host: `not-${hostname()}` });
    await expect(took(remote, 200)).rejects.toThrow(/another build has been writing/);
    // …and not once it has stopped touching it.
    utimesSync(join(dir, lockName, 'owner'), minutesAgo(1), minutesAgo(1));
    expect(JSON.parse(await took(dir)).pid).toBe(process.pid);
  });

  it('an empty owner file (a full disk, or an older version) blocks no build for long', async () => {
    const dir = tmp();
    leftLock(dir, '', 1);
    expect(JSON.parse(await took(dir)).pid).toBe(process.pid);
    const other = tmp();
    leftLock(other, '12345\n', 1);
    expect(JSON.parse(await took(other)).pid).toBe(process.pid);
  });

  it('a disk too full to write the owner: a clear error, and no lock left behind', async () => {
    const dir = tmp();
    process.env.PRIVACY_STATEMENT_FAULT = 'lock:1:enospc';
    await expect(took(dir)).rejects.toThrow(`cannot write to ${dir}: the disk is full`);
    expect(readdirSync(dir)).toEqual([]);
    expect(JSON.parse(await took(dir)).pid).toBe(process.pid);
  });
});

describe('leftovers of builds that stopped', () => {
  it('are removed; those of a build still running are not', async () => {
    const dir = tmp();
    const running = await openStaging(dir);
    await stageFile(running, { name: 'a.en.md', statement: 'a', locale: 'en', format: 'md', content: 'running' });
    // A build that was killed: its marker names an owner that has stopped, and a directory it made.
    const dead = { ...newOwner(), pid: 4_194_304 + 17 };
    mkdirSync(join(dir, 'made'));
    writeFileSync(join(dir, '.privacy-statement-build.99.0badc0de.json'), JSON.stringify({ ...dead, dirs: [dir, join(dir, 'made')], created: [join(dir, 'made')] }));
    writeFileSync(join(dir, '.a.en.md.99.0badc0de.tmp'), 'killed');
    writeFileSync(join(dir, 'made', '.x.md.99.0badc0de.tmp'), 'killed');
    // A temporary file without a marker is left alone until it is old.
    writeFileSync(join(dir, '.b.en.md.98.0badc0de.tmp'), 'unknown');
    writeFileSync(join(dir, '.c.en.md.97.0badc0de.tmp'), 'unknown, old');
    utimesSync(join(dir, '.c.en.md.97.0badc0de.tmp'), minutesAgo(20), minutesAgo(20));
    await removeLeftovers(dir);
    expect(readdirSync(dir).sort()).toEqual([`.a.en.md.${running.tag}.tmp`, '.b.en.md.98.0badc0de.tmp', `.privacy-statement-build.${running.tag}.json`]);
    await discardStaging(running);
    expect(readdirSync(dir)).toEqual(['.b.en.md.98.0badc0de.tmp']);
  });
});

describe('several locks (the output and archive directories)', () => {
  it('are taken in one order whatever the roles, each once', () => {
    // `--out b --archive a` and `--out a --archive b` must not each hold the lock the other waits for.
    expect(lockOrder('/site/b', ['/site/a'])).toEqual(['/site/a', '/site/b']);
    expect(lockOrder('/site/a', ['/site/b'])).toEqual(['/site/a', '/site/b']);
    expect(lockOrder('/site/a', ['/site/a/', '/site/a'])).toEqual(['/site/a']);
  });
});
