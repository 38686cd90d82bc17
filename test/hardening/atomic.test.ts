import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bin, examples, minimal, read, root, runCli, itSlow, slowTier } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-atomic-'));

/** Every file of a directory with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, statSync(join(dir, f)).isDirectory() ? 'directory' : createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
  );
}

function expectManifestMatchesFiles(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const listed = manifest.files.map((f: { path: string }) => f.path).sort();
  const present = readdirSync(dir).filter((f) => f !== 'manifest.json').sort();
  expect(present, 'files without entry, or temporary files left').toEqual(listed);
  for (const entry of manifest.files) {
    const content = readFileSync(join(dir, entry.path));
    expect(createHash('sha256').update(content).digest('hex'), entry.path).toBe(entry.sha256);
    expect(content.byteLength).toBe(entry.bytes);
  }
}

describe('nothing is lost', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an output that cannot be written leaves every earlier output untouched', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 's.yaml'), minimal());
    expect((await runCli(['build', 's.yaml', '--out', out, '--to', 'md,html'], { cwd: dir })).code).toBe(0);
    // One target becomes a directory: the next build must fail before it replaces anything.
    rmSync(join(out, 'minimal.nl.html'));
    mkdirSync(join(out, 'minimal.nl.html'));
    const before = snapshot(out);
    writeFileSync(join(dir, 's.yaml'), minimal().replace('Example Verzekeringen', 'Changed Verzekeringen'));
    const r = await runCli(['build', 's.yaml', '--out', out, '--to', 'md,html'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/minimal\.nl\.html: it exists and is not a file; nothing was changed/);
    expect(snapshot(out)).toEqual(before);
  });

  it('an error while rendering one locale and format writes nothing', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'minimal.en.md'), 'an earlier version\n');
    writeFileSync(join(dir, 's.yaml'), minimal());
    const html = await import('../../src/writers/html.js');
    const original = html.writeHtml;
    vi.spyOn(html, 'writeHtml').mockImplementation((input) => {
      if (input.locale === 'nl') throw new Error('the Dutch HTML failed');
      return original(input);
    });
    const { runBuild } = await import('../../src/cli/commands/build.js');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await expect(runBuild(['s.yaml'], { out, to: ['md', 'html'], html: 'document', format: 'json', strict: false, quiet: true })).rejects.toThrow('the Dutch HTML failed');
    } finally {
      process.chdir(cwd);
    }
    expect(readdirSync(out)).toEqual(['minimal.en.md']);
    expect(readFileSync(join(out, 'minimal.en.md'), 'utf8')).toBe('an earlier version\n');
  });

  it('builds into one directory at the same time never tear a file, and the manifest matches the files', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'minimal.yaml'), minimal());
    writeFileSync(join(dir, 'full.yaml'), read('test/fixtures/full.yaml'));
    const runs = await Promise.all([
      // The same files written by several builds at once, as documents and as fragments.
      runCli(['build', 'full.yaml', '--out', out, '--to', 'md,html'], { cwd: dir }),
      runCli(['build', 'full.yaml', '--out', out, '--to', 'html', '--html', 'fragment'], { cwd: dir }),
      runCli(['build', 'minimal.yaml', '--out', out, '--to', 'md,html'], { cwd: dir }),
      runCli(['build', 'full.yaml', '--out', out, '--to', 'md'], { cwd: dir }),
      runCli(['build', 'minimal.yaml', 'full.yaml', '--out', out, '--to', 'html'], { cwd: dir }),
    ]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expectManifestMatchesFiles(out);
    for (const f of readdirSync(out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, f), 'utf8');
      expect(html.trimEnd().endsWith('</html>') || html.trimEnd().endsWith('</article>'), f).toBe(true);
    }
  });

  describe('a batch (worker processes write their files as they go)', () => {
    /** Four statements in `dir`/in, the third one with an error when `broken`. */
    const batch = (dir: string, broken = false): void => {
      mkdirSync(join(dir, 'in'), { recursive: true });
      for (const n of [1, 2, 3, 4]) {
        let text = minimal().replace('id: minimal', `id: brand-${n}`);
        if (broken && n === 3) text = text.replace('legalBasis: contract', 'legalBasis: contrct');
        writeFileSync(join(dir, 'in', `brand-${n}.yaml`), text);
      }
    };

    it('writes every file of every statement, and nothing else', async () => {
      const dir = tmp();
      batch(dir);
      const r = await runCli(['build', 'in', '--out', 'out', '--to', 'md,html', '--format', 'json'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).outputs).toHaveLength(16);
      expect(readdirSync(join(dir, 'out')).filter((f) => f.startsWith('brand-3.'))).toEqual(['brand-3.en.html', 'brand-3.en.md', 'brand-3.nl.html', 'brand-3.nl.md']);
      expectManifestMatchesFiles(join(dir, 'out'));
    });

    it('writes nothing when one statement has an error, and leaves no temporary file or new directory', async () => {
      const dir = tmp();
      batch(dir, true);
      const r = await runCli(['build', 'in', '--out', 'out', '--to', 'md,html'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/brand-3\.yaml:\d+:\d+ +error/);
      expect(existsSync(join(dir, 'out'))).toBe(false);
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'out', 'brand-1.nl.md'), 'an earlier version\n');
      expect((await runCli(['build', 'in', '--out', 'out', '--to', 'md,html'], { cwd: dir })).code).toBe(1);
      expect(readdirSync(join(dir, 'out'))).toEqual(['brand-1.nl.md']);
      expect(readFileSync(join(dir, 'out', 'brand-1.nl.md'), 'utf8')).toBe('an earlier version\n');
    });

    itSlow('a build that fails never disturbs another one writing into the same new directory', async () => {
      const dir = tmp();
      batch(dir, true);
      mkdirSync(join(dir, 'good'));
      for (const n of [1, 2, 3]) writeFileSync(join(dir, 'good', `other-${n}.yaml`), minimal().replace('id: minimal', `id: other-${n}`));
      for (let round = 0; round < 3; round++) {
        rmSync(join(dir, 'out'), { recursive: true, force: true });
        const [bad, good] = await Promise.all([
          runCli(['build', 'in', '--out', 'out', '--to', 'md,html'], { cwd: dir }),
          runCli(['build', 'good', '--out', 'out', '--to', 'md'], { cwd: dir }),
        ]);
        expect(bad.code).toBe(1);
        expect(good.code, good.stderr).toBe(0);
        expect(readdirSync(join(dir, 'out')).filter((f) => f !== 'manifest.json')).toHaveLength(6);
        expectManifestMatchesFiles(join(dir, 'out'));
      }
    });

    itSlow('changes nothing when a file cannot be put in place, and removes what it staged', async () => {
      const dir = tmp();
      batch(dir);
      const out = join(dir, 'out');
      expect((await runCli(['build', 'in', '--out', 'out', '--to', 'md'], { cwd: dir })).code).toBe(0);
      rmSync(join(out, 'brand-4.en.md'));
      mkdirSync(join(out, 'brand-4.en.md'));
      const before = snapshot(out);
      for (const n of [1, 2, 3, 4]) writeFileSync(join(dir, 'in', `brand-${n}.yaml`), readFileSync(join(dir, 'in', `brand-${n}.yaml`), 'utf8').replace('Example Verzekeringen', 'Changed Verzekeringen'));
      const r = await runCli(['build', 'in', '--out', 'out', '--to', 'md'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/brand-4\.en\.md: it exists and is not a file; nothing was changed/);
      expect(snapshot(out)).toEqual(before);
    });

    // Worker processes are started on two cores or more; the limit is set by the shell (Linux).
    (slowTier ? it.runIf(availableParallelism() >= 2 && existsSync('/proc/self/task')) : it.skip)('stops with a clear message when no worker process can start', async () => {
      const dir = tmp();
      mkdirSync(join(dir, 'in'));
      for (let n = 1; n <= 30; n++) writeFileSync(join(dir, 'in', `s${n}.yaml`), minimal().replace('id: minimal', `id: s-${n}`));
      // Limits on open files from so few that Node cannot start to enough for everything: in
      // between, Node starts and reads the files but cannot start another process.
      const outcomes: string[] = [];
      for (let limit = 16; limit <= 40; limit += 2) {
        const child = spawn('bash', ['-c', `ulimit -n ${limit}; exec "${process.execPath}" "${bin}" check in`], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (out += d.toString()));
        const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
        if (code === 0) outcomes.push(/in 30 files\./.test(out) ? 'checked' : `exit 0 without a report: ${out}`);
        else if (code === 2 && /cannot read the directory in: too many open files/.test(out)) outcomes.push('no directory');
        else if (/privacy-statement/.test(out)) outcomes.push(code === 2 && /cannot run a build worker \(spawn .*\); the system may be out of processes or open files/.test(out) ? 'no worker' : `exit ${code}: ${out}`);
      }
      expect(outcomes.filter((o) => !['checked', 'no worker', 'no directory'].includes(o))).toEqual([]);
      expect(outcomes).toContain('no worker');
      expect(outcomes).toContain('checked');
    });

    // Worker processes are started on two cores or more; their list is read from /proc (Linux).
    it.runIf(availableParallelism() >= 2 && existsSync('/proc/self/task'))('fails, writing nothing, when a worker process dies in the middle', async () => {
      const dir = tmp();
      mkdirSync(join(dir, 'in'));
      for (const n of [1, 2, 3, 4, 5, 6]) writeFileSync(join(dir, 'in', `brand-${n}.yaml`), read(examples.harmony).replace(/^( {2}id: )harmony$/m, `$1brand-${n}`));
      mkdirSync(join(dir, 'out'));
      writeFileSync(join(dir, 'out', 'brand-1.nl.md'), 'an earlier version\n');
      const child = spawn(process.execPath, [bin, 'build', 'in', '--out', 'out'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
      const workersOf = (pid: number): number[] => {
        try {
          return readdirSync(`/proc/${pid}/task`).flatMap((t) => readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number));
        } catch {
          return [];
        }
      };
      let workers: number[] = [];
      for (let i = 0; i < 200 && workers.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        workers = workersOf(child.pid!);
      }
      expect(workers.length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      process.kill(workers[0]!, 'SIGKILL');
      expect(await exited).toBe(70);
      expect(stderr).toMatch(/a build worker stopped \(SIGKILL\)/);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(join(dir, 'out'))).toEqual(['brand-1.nl.md']);
      expect(readFileSync(join(dir, 'out', 'brand-1.nl.md'), 'utf8')).toBe('an earlier version\n');
      expect(workersOf(child.pid!)).toEqual([]);
    });
  });

  itSlow('an interrupted build (Ctrl+C) removes what it staged and changes nothing', async () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(join(dir, 'in'));
    for (const n of [1, 2, 3, 4, 5, 6]) writeFileSync(join(dir, 'in', `brand-${n}.yaml`), read(examples.harmony).replace(/^( {2}id: )harmony$/m, `$1brand-${n}`));
    mkdirSync(out);
    writeFileSync(join(out, 'brand-1.nl.md'), 'an earlier version\n');
    const before = snapshot(out);
    const child = spawn(process.execPath, [bin, 'build', 'in', '--out', 'out', '-q'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupted once the first files are staged, long before the batch is done.
    for (let waited = 0; !readdirSync(out).some((f) => f.endsWith('.tmp')); waited += 10) {
      if (waited > 60_000) throw new Error('nothing was staged');
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(snapshot(out)).toEqual(before);
  });

  it('a later build keeps the manifest entries of other statements', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'minimal.yaml'), minimal());
    writeFileSync(join(dir, 'full.yaml'), read('test/fixtures/full.yaml'));
    await runCli(['build', 'minimal.yaml', '--out', 'out', '--to', 'md'], { cwd: dir });
    await runCli(['build', 'full.yaml', '--out', 'out', '--to', 'md'], { cwd: dir });
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['full.en.md', 'full.nl.md', 'minimal.en.md', 'minimal.nl.md']);
    expectManifestMatchesFiles(join(dir, 'out'));
  });
});

describe('reproducible', () => {
  itSlow('gives identical bytes whatever the working directory, path form and order of the inputs', async () => {
    const a = tmp();
    const b = tmp();
    const c = tmp();
    const statements = join(a, 'statements');
    mkdirSync(statements);
    cpSync(join(root, examples.harmony), join(statements, 'b-harmony.yaml'));
    writeFileSync(join(statements, 'a-minimal.yaml'), minimal());
    writeFileSync(join(statements, 'c-full.yaml'), read('test/fixtures/full.yaml'));
    // A directory, relative, from its parent…
    expect((await runCli(['build', 'statements', '--out', join(a, 'out'), '--to', 'md,html'], { cwd: a })).code).toBe(0);
    // …the files by absolute path in reverse order, from elsewhere, in another time zone and language…
    const files = ['c-full.yaml', 'b-harmony.yaml', 'a-minimal.yaml'].map((f) => join(statements, f));
    expect((await runCli(['build', ...files, '--out', join(b, 'out'), '--to', 'md,html'], { cwd: b, env: { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8' } })).code).toBe(0);
    // …and the directory by absolute path with a trailing slash.
    expect((await runCli(['build', statements + '/', '--out', 'out', '--to', 'md,html'], { cwd: c, env: { TZ: 'America/Sao_Paulo' } })).code).toBe(0);
    const expected = snapshot(join(a, 'out'));
    expect(Object.keys(expected)).toHaveLength(15);
    expect(snapshot(join(b, 'out'))).toEqual(expected);
    expect(snapshot(join(c, 'out'))).toEqual(expected);
  });
});
