// Build workers whose command is killed outright stop (they hear that the channel to it has
// closed), write nothing more, and the next build removes what they had written (class 3).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, examples, minimal, read, runCli } from '../helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The worker processes of a command (Linux: /proc lists each task's children). */
function workersOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

/** Running, as opposed to exited (gone, or a zombie nobody has collected yet). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('a build killed outright (SIGKILL) while its workers render', () => {
  it.runIf(availableParallelism() >= 2 && existsSync('/proc/self/task'))('its workers stop, and the next build removes what they wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-workers-'));
    mkdirSync(join(dir, 'in'));
    for (const n of [1, 2, 3, 4, 5, 6]) writeFileSync(join(dir, 'in', `brand-${n}.yaml`), read(examples.harmony).replace(/^( {2}id: )harmony$/m, `$1brand-${n}`));
    writeFileSync(join(dir, 'other.yaml'), minimal());
    const child = spawn(process.execPath, [bin, 'build', 'in', '--out', 'out', '--to', 'md,html', '-q'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    let workers: number[] = [];
    for (let i = 0; i < 2000 && !(workers.length > 0 && existsSync(join(dir, 'out')) && readdirSync(join(dir, 'out')).some((f) => f.endsWith('.tmp'))); i++) {
      await sleep(10);
      workers = workersOf(child.pid!);
    }
    expect(workers.length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    await exited;
    // A worker finishes at most the statement it is rendering, then stops without writing it.
    for (let i = 0; i < 600 && workers.some(running); i++) await sleep(50);
    expect(workers.filter(running)).toEqual([]);
    const left = readdirSync(join(dir, 'out'));
    expect(left.filter((f) => !f.startsWith('.'))).toEqual([]);
    expect(left.some((f) => f.endsWith('.tmp'))).toBe(true);
    const next = await runCli(['build', 'other.yaml', '--out', 'out', '--to', 'md'], { cwd: dir });
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['manifest.json', 'minimal.en.md', 'minimal.nl.md']);
  }, 120_000);
});
