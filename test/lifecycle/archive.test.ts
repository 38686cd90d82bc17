import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, minimal, runCli } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-archive-'));
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Every file below a directory with its SHA-256, by relative path. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = sha(readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const v2 = () => edit(edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: 2025-03-01\n  effectiveFrom: 2025-04-15'), 'period: P7Y', 'period: P10Y');

describe('build --archive', () => {
  it('keeps each version under its date, with versions.json and a history page per language', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    const first = await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md,html'], { cwd: dir });
    expect(first.code, first.stderr + first.stdout).toBe(0);
    writeFileSync(join(dir, 's.yaml'), v2());
    const second = await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'html,pdf'], { cwd: dir });
    expect(second.code, second.stderr + second.stdout).toBe(0);

    const versions = JSON.parse(readFileSync(join(dir, 'archive/minimal/versions.json'), 'utf8'));
    expect(versions.statement).toBe('minimal');
    expect(versions.versions.map((v: { lastAmended: string }) => v.lastAmended)).toEqual(['2025-03-01', '2024-01-31']);
    expect(versions.versions[0]).toMatchObject({ effectiveFrom: '2025-04-15', version: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(versions.versions[1].effectiveFrom).toBe('2024-01-31');
    expect(versions.versions[1].files.map((f: { path: string }) => f.path)).toEqual(['2024-01-31/minimal.en.html', '2024-01-31/minimal.en.md', '2024-01-31/minimal.nl.html', '2024-01-31/minimal.nl.md']);
    expect(versions.versions[0].files.map((f: { path: string }) => f.path)).toEqual(['2025-03-01/minimal.en.html', '2025-03-01/minimal.en.pdf', '2025-03-01/minimal.nl.html', '2025-03-01/minimal.nl.pdf']);
    for (const v of versions.versions) for (const f of v.files) expect(sha(readFileSync(join(dir, 'archive/minimal', f.path)))).toBe(f.sha256);

    // The version id is the one diff and the manifest report.
    writeFileSync(join(dir, 'copy.yaml'), v2());
    const json = JSON.parse((await runCli(['diff', 's.yaml', 'copy.yaml', '--format', 'json'], { cwd: dir })).stdout);
    expect(versions.versions[0].version).toBe(json.to.version);

    // Archived PDFs are PDF/A-2a even though the build wrote PDF/UA.
    const pdf = readFileSync(join(dir, 'archive/minimal/2025-03-01/minimal.nl.pdf')).toString('latin1');
    expect(pdf).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(pdf).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(readFileSync(join(dir, 'dist/minimal.nl.pdf')).toString('latin1')).not.toMatch(/pdfaid:part/);

    const nl = readFileSync(join(dir, 'archive/minimal/index.nl.html'), 'utf8');
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain('Versie van 1 maart 2025');
    expect(nl).toContain('(geldende versie)');
    expect(nl).toContain('Geldt vanaf 15 april 2025.');
    expect(nl).toContain('href="2025-03-01/minimal.nl.pdf"');
    expect(nl).toContain('href="2024-01-31/minimal.nl.html"');
    expect(nl.indexOf('2025-03-01/minimal.nl.html')).toBeLessThan(nl.indexOf('2024-01-31/minimal.nl.html'));
    expect(readFileSync(join(dir, 'archive/minimal/index.en.html'), 'utf8')).toContain('Version of 31 January 2024');
  });

  it('building the same content again changes nothing, byte for byte', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    expect((await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md,html'], { cwd: dir })).code).toBe(0);
    const before = tree(join(dir, 'archive'));
    const mtime = statSync(join(dir, 'archive/minimal/versions.json')).mtimeMs;
    // Reformatted and with a comment: the same content, the same version.
    writeFileSync(join(dir, 's.yaml'), '# reworded comment\n' + minimal().replace('period: P7Y', 'period: "P7Y"'));
    expect((await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md,html'], { cwd: dir })).code).toBe(0);
    expect(tree(join(dir, 'archive'))).toEqual(before);
    expect(statSync(join(dir, 'archive/minimal/versions.json')).mtimeMs).toBe(mtime);
  });

  it('refuses other content under an archived date: exit 1, archive-version-exists, nothing written anywhere', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    expect((await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md,html'], { cwd: dir })).code).toBe(0);
    const archive = tree(join(dir, 'archive'));
    const dist = tree(join(dir, 'dist'));
    writeFileSync(join(dir, 's.yaml'), edit(minimal(), 'period: P7Y', 'period: P10Y'));
    const r = await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md,html', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const refused = out.diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(refused).toMatchObject([{ rule: 'archive-version-exists', file: 's.yaml', line: 7, column: 16, path: '/statement/lastAmended' }]);
    expect(refused[0].message).toContain('never overwritten');
    expect(tree(join(dir, 'archive'))).toEqual(archive);
    expect(tree(join(dir, 'dist'))).toEqual(dist);
    expect(readdirSync(join(dir, 'archive/minimal'))).not.toContain(expect.stringMatching(/\.tmp$/));
  });

  it('a versions.json changed by hand is a usage error, and --archive with --watch is refused', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    expect((await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md'], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'archive/minimal/versions.json'), '{ "versions": 3 }');
    const r = await runCli(['build', 's.yaml', '--archive', 'archive', '--to', 'md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not an archive's versions file");
    const w = await runCli(['build', 's.yaml', '--archive', 'archive', '--watch'], { cwd: dir });
    expect(w.code).toBe(2);
    expect(w.stderr).toContain('cannot be combined with --watch');
  });
});
