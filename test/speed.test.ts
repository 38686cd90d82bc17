import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile as compileSource, type Format, type Locale } from '../src/index.js';
import { bin, edit, examples, lib, lineOf, minimal, read, runCli, itSlow } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-speed-'));
const hash = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('the bundle', () => {
  it('produces exactly what the source produces', async () => {
    const bundled = (await import(join(lib, 'index.js'))) as { compile: typeof compileSource };
    // The fixture that uses every field: in Dutch in the default formats (PDF included), and in
    // every language without the PDF.
    const cases: [string, Format[] | undefined, Locale[] | undefined][] = [['test/fixtures/full.yaml', undefined, ['nl']], ['test/fixtures/full.yaml', ['md', 'html', 'json'], undefined]];
    for (const [path, formats, locales] of cases) {
      const text = read(path);
      const fromSource = await compileSource(text, { file: path, formats, locales });
      const fromBundle = await bundled.compile(text, { file: path, formats, locales });
      expect(fromBundle.diagnostics).toEqual(fromSource.diagnostics);
      expect(fromBundle.outputs.map((o) => [o.fileName, hash(o.content)])).toEqual(fromSource.outputs.map((o) => [o.fileName, hash(o.content)]));
      expect(fromSource.outputs.length).toBeGreaterThan(0);
    }
  });
});

describe('batch builds over worker processes', () => {
  itSlow('give the same files as building the statements in the command\'s own process', async () => {
    const dir = tmp();
    const names = ['a', 'b', 'c', 'd'];
    for (const n of names) writeFileSync(join(dir, `${n}.yaml`), minimal().replace('id: minimal', `id: stmt-${n}`));
    const batch = await runCli(['build', '.', '--out', 'batch', '--to', 'md,html'], { cwd: dir });
    expect(batch.code, batch.stderr).toBe(0);
    // Two files at a time: below three files, a build runs in the command's own process.
    for (const pair of [names.slice(0, 2), names.slice(2)]) {
      const single = await runCli(['build', ...pair.map((n) => `${n}.yaml`), '--out', 'single', '--to', 'md,html'], { cwd: dir });
      expect(single.code, single.stderr).toBe(0);
    }
    const files = (d: string) => Object.fromEntries(readdirSync(join(dir, d)).map((f) => [f, hash(readFileSync(join(dir, d, f)))]));
    expect(files('batch')).toEqual(files('single'));
    expect(Object.keys(files('batch'))).toHaveLength(names.length * 4 + 1);
  });

  itSlow('have each worker render one file at a time, in the order sent, going on after a file that fails', async () => {
    // A worker as the pool starts it, fed directly: a slow file (Harmony, in every format), then
    // a fast one (Markdown only), then one whose rendering fails, then a fast one again.
    const { fork } = await import('node:child_process');
    const worker = fork(bin, [], { env: { ...process.env, PRIVACY_STATEMENT_BUILD_WORKER: '1' }, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      worker.on('message', (m: { index: number; result?: { outputs?: unknown[] }; error?: { message: string } }) => {
        order.push(m.error ? `${m.index}: error` : `${m.index}: ${m.result?.outputs?.length ?? 0} outputs`);
        if (order.length === 4) resolve();
      });
    });
    const job = (index: number, text: string, formats: string[]) => worker.send({ index, display: `${index}.yaml`, text, strict: false, render: { formats, html: 'document' } });
    job(0, read(examples.harmony), ['md', 'html', 'pdf']);
    job(1, minimal(), ['md']);
    job(2, minimal(), ['no-such-format']);
    job(3, minimal(), ['md']);
    await done;
    worker.disconnect();
    // Rendered at once, the fast file would come back first.
    expect(order).toEqual(['0: 9 outputs', '1: 2 outputs', '2: error', '3: 2 outputs']);
  });

  it('report every file\'s problems, in file order', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.yaml'), edit(minimal(), 'dataCategories: [contact]\n    recipients', 'dataCategories: [contacts]\n    recipients').replace('id: minimal', 'id: a'));
    writeFileSync(join(dir, 'b.yaml'), minimal().replace('id: minimal', 'id: b'));
    writeFileSync(join(dir, 'c.yaml'), minimal().replace('id: minimal', 'id: a'));
    const r = await runCli(['build', '.', '--to', 'md', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error').map((d: { file: string; rule: string }) => [d.file, d.rule])).toEqual([
      ['a.yaml', 'unknown-reference'],
      ['c.yaml', 'duplicate-statement-id'],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
  });
});

describe('build --watch', () => {
  it('rebuilds on save and reports new problems at once', async () => {
    const dir = tmp();
    const file = join(dir, 's.yaml');
    writeFileSync(file, minimal());
    const child = spawn(process.execPath, [bin, 'build', 's.yaml', '--watch', '--to', 'md,html'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    let output = '';
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<void>((resolveWait, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} in:\n${output}`)), 15_000);
        const check = () => {
          if (pattern.test(output.slice(from))) {
            clearTimeout(timer);
            child.stdout.off('data', check);
            resolveWait();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await waitFor(/Watching 1 statement file/, 0);
      expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['manifest.json', 'minimal.en.html', 'minimal.en.md', 'minimal.nl.html', 'minimal.nl.md']);

      let mark = output.length;
      const broken = edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct');
      // How quickly is for the benchmark (npm run bench); here, that it happens.
      writeFileSync(file, broken);
      await waitFor(/✖ s\.yaml \(changed\): not built/, mark);
      expect(output.slice(mark)).toContain(`s.yaml:${lineOf(broken, 'legalBasis: contrct')}:17  error`);

      mark = output.length;
      writeFileSync(file, minimal().replace('Example Verzekeringen', 'Renamed Verzekeringen'));
      await waitFor(/✔ s\.yaml \(changed\): checked in \d+ ms, wrote 4 files/, mark);
      expect(readFileSync(join(dir, 'dist/minimal.en.md'), 'utf8')).toContain('Renamed Verzekeringen');
    } finally {
      child.kill('SIGINT');
    }
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(0);
  });
});
