// `build --clean`: the files of the statements built that this build no longer writes (a
// language or a format dropped) are removed, in the same commit as the new files, and leave the
// manifest; nothing the manifest does not list is touched.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, minimal, runCli } from './helpers.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };

describe('build --clean', () => {
  it('removes a dropped language and format of the statements built, and only what the manifest lists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-clean-'));
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'a.yaml'), minimal());
    writeFileSync(join(dir, 'b.yaml'), edit(minimal(), 'id: minimal', 'id: other'));
    const first = await runCli(['build', 'a.yaml', 'b.yaml', '--out', 'out', '--to', 'md,html', '-q'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'minimal.en.html', 'minimal.en.md', 'minimal.nl.html', 'minimal.nl.md', 'other.en.html', 'other.en.md', 'other.nl.html', 'other.nl.md']);
    // Not the manifest's: a file of someone else, and a listed file changed by hand since.
    writeFileSync(join(out, 'minimal.en.txt'), 'kept');
    writeFileSync(join(out, 'minimal.nl.html'), 'edited by hand');

    const r = await runCli(['build', 'a.yaml', '--out', 'out', '--locale', 'nl', '--to', 'md', '--clean', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { outputs: { path: string }[]; removed: string[] };
    expect(report.outputs.map((o) => o.path)).toEqual(['minimal.nl.md']);
    expect(report.removed.sort()).toEqual(['minimal.en.html', 'minimal.en.md']);
    // The other statement is not this build's: its files stay, English ones too.
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'minimal.en.txt', 'minimal.nl.html', 'minimal.nl.md', 'other.en.html', 'other.en.md', 'other.nl.html', 'other.nl.md']);
    expect(readFileSync(join(out, 'minimal.en.txt'), 'utf8')).toBe('kept');
    expect(readFileSync(join(out, 'minimal.nl.html'), 'utf8')).toBe('edited by hand');
    // The manifest lists exactly the files it vouches for.
    const listed = manifest(out).files;
    expect(listed.map((f) => f.path)).toEqual(['minimal.nl.md', 'other.en.html', 'other.en.md', 'other.nl.html', 'other.nl.md']);
    for (const f of listed) expect(sha(readFileSync(join(out, f.path)))).toBe(f.sha256);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
