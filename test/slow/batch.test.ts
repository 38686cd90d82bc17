// `npm run test:slow`: a batch as large as the benchmark's, over the worker processes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.mjs';
import { root, runCli } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'psc-slow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('a batch of 100 statements, each in three languages, in every format', () => {
  it('writes the 900 files its manifest lists, each as the statement built in the command\'s own process', async () => {
    generateCorpus(root, join(dir, 'in'), 100);
    const names = readdirSync(join(dir, 'in')).sort();
    expect(names).toHaveLength(100);

    const batch = await runCli(['build', 'in', '--out', 'batch', '-q'], { cwd: dir });
    expect(batch.code, batch.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'batch/manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    expect(manifest.files).toHaveLength(900);
    expect(readdirSync(join(dir, 'batch')).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const f of manifest.files) expect(sha256(readFileSync(join(dir, 'batch', f.path))), f.path).toBe(f.sha256);

    // The first, a middle and the last statement, two at a time: below three files a build
    // runs without workers.
    for (const pair of [[names[0]!, names[50]!], [names[99]!]]) {
      const alone = await runCli(['build', ...pair.map((n) => join('in', n)), '--out', 'alone', '-q'], { cwd: dir });
      expect(alone.code, alone.stderr).toBe(0);
    }
    const written = readdirSync(join(dir, 'alone')).filter((f) => f !== 'manifest.json');
    expect(written).toHaveLength(3 * 9);
    for (const f of written) expect(readFileSync(join(dir, 'alone', f)).equals(readFileSync(join(dir, 'batch', f))), f).toBe(true);
  }, 600_000);
});
