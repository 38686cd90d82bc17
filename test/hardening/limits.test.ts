import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/load/limits.js';
import { diagnosticsOf, edit, examples, minimal, only, read, runCli } from '../helpers.js';

describe('limits: generous for real statements, bounded for abuse', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const d = only(diagnosticsOf('a: "' + 'x'.repeat(limits.inputBytes) + '"\n'), 'input-too-large');
    expect(d.message).toMatch(/^The file is 2\.0 MB; a statement source may be at most 2\.0 MB/);
    expect(d).toMatchObject({ line: 1, column: 1 });
  });

  it('refuses brackets nested beyond the limit, at the place it happens', () => {
    const text = 'format: privacy-statement/v1\nstatement: ' + '['.repeat(200) + ']'.repeat(200) + '\n';
    const d = only(diagnosticsOf(text), 'nesting-too-deep');
    expect(d).toMatchObject({ line: 2, column: 12 + 2 * limits.depth });
  });

  it('refuses maps nested beyond the limit', () => {
    const lines = ['format: privacy-statement/v1'];
    for (let i = 0; i < 40; i++) lines.push(' '.repeat(i * 2) + `k${i}:`);
    expect(only(diagnosticsOf(lines.join('\n') + ' x\n'), 'nesting-too-deep').line).toBe(limits.depth + 1);
  });

  it('refuses an over-long text at its field', () => {
    const text = edit(minimal(), 'We use your details to administer your policy.', 'x'.repeat(20_001));
    expect(only(diagnosticsOf(text), 'invalid-size').message).toBe('`description.en` of purpose `contract` is too long: at most 20000 characters are allowed here.');
  });

  it('refuses too many items', () => {
    const many = Array.from({ length: 201 }, (_, i) => `  - id: c${i}\n    name: { en: C, nl: C }\n`).join('');
    const text = edit(minimal(), "dataCategories:\n", 'dataCategories:\n' + many);
    expect(only(diagnosticsOf(text), 'invalid-size').message).toBe('`dataCategories` has too many items: at most 200 are allowed.');
  });

  it('accepts the largest real statement with room to spare', () => {
    // The examples are real statements; Harmony is the largest. Ten of it in one file still fits.
    const largest = Math.max(...Object.values(examples).map((path) => Buffer.byteLength(read(path))));
    expect(largest).toBeGreaterThan(30_000);
    expect(limits.inputBytes).toBeGreaterThan(10 * largest);
    const harmony = read(examples.harmony);
    expect(diagnosticsOf(harmony).filter((d) => d.severity === 'error')).toEqual([]);
    // …and a statement padded to just under the limit is read, not refused for its size.
    const padded = harmony + '\n' + '#'.repeat(limits.inputBytes - Buffer.byteLength(harmony) - 2) + '\n';
    expect(diagnosticsOf(padded).map((d) => d.rule)).not.toContain('input-too-large');
  });
});

describe('operational errors read well: exit 2 and one line', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'psc-op-'));

  it('a directory without statements', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    const r = await runCli(['check', 'empty'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: empty contains no statement files (.yaml, .yml or .json)\n');
  });

  it('an output directory that cannot be created', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    writeFileSync(join(dir, 'file'), 'x');
    const r = await runCli(['build', 's.yaml', '--out', 'file/sub'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^privacy-statement: cannot create the output directory .*file\/sub: a part of the path is a file\n$/);
  });

  it('a missing file among several', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    const r = await runCli(['check', 's.yaml', 'typo.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: typo.yaml: no such file or directory\n');
    expect(r.stdout).toBe('');
  });
});
