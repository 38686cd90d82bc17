import { mkdtempSync, mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/load/limits.js';
import { diagnosticsOf, edit, examples, minimal, only, read, runCli, runHere } from '../helpers.js';

describe('limits: generous for real statements, bounded for abuse', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const d = only(diagnosticsOf('a: "' + 'x'.repeat(limits.inputBytes) + '"\n'), 'input-too-large');
    // 2 MB and a few bytes: more than the limit, though both round to 2.0 MB.
    expect(d.message).toMatch(/^The file is more than 2\.0 MB; a statement source may be at most 2\.0 MB/);
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

describe('files the command line refuses to read as statements: exit 1, a diagnostic', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'psc-read-'));
  const json = async (args: string[], cwd: string) => {
    const r = await runHere([...args, '--format', 'json'], { cwd });
    return { code: r.code, stderr: r.stderr, report: r.stdout ? (JSON.parse(r.stdout) as { diagnostics: Record<string, unknown>[] }) : undefined };
  };

  it('a file over the size limit, told by its size before it is read (3 GB: more than a file can be read whole)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'huge.yaml'), 'format: privacy-statement/v1\n');
    // Sparse: no disk space used. Read whole, it would be refused as too large for a buffer.
    truncateSync(join(dir, 'huge.yaml'), 3 * 1024 ** 3);
    writeFileSync(join(dir, 'ok.yaml'), minimal());
    const { code, report, stderr } = await json(['check', 'huge.yaml', 'ok.yaml'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report!.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      { rule: 'input-too-large', severity: 'error', message: 'The file is 3072.0 MB; a statement source may be at most 2.0 MB. Split off long texts or check that this is the right file.', messageId: 'load.too-large', file: 'huge.yaml', line: 1, column: 1, path: '', references: [] },
    ]);
  });

  it('the same message as for text given to the library', async () => {
    const dir = tmp();
    const text = 'format: privacy-statement/v1\n#' + 'x'.repeat(limits.inputBytes) + '\n';
    writeFileSync(join(dir, 's.yaml'), text);
    const { report } = await json(['check', 's.yaml'], dir);
    expect(report!.diagnostics.map((d) => d.message)).toEqual([only(diagnosticsOf(text), 'input-too-large').message]);
  });

  it('in a directory: a large statement is refused, a large other file is not taken for one', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'statements'));
    writeFileSync(join(dir, 'statements', 'big.yaml'), 'format: privacy-statement/v1\n');
    truncateSync(join(dir, 'statements', 'big.yaml'), 5 * 1024 * 1024);
    const { code, report } = await json(['check', 'statements'], dir);
    expect(code).toBe(1);
    expect(report!.diagnostics.map((d) => [d.rule, d.file])).toEqual([['input-too-large', 'statements/big.yaml']]);
    writeFileSync(join(dir, 'statements', 'data.json'), '[' + '1,'.repeat(1024 * 1024) + '1]');
    const r = await runHere(['check', 'statements'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^privacy-statement: statements\/data\.json is not a statement source/);
  });

  it('bytes that are not UTF-8, at their line and column, instead of a replaced character', async () => {
    const dir = tmp();
    const text = minimal();
    const at = text.indexOf('Rotterdam');
    // `Rotterdam` with an `é` saved as Latin-1: one byte 0xE9.
    const bytes = Buffer.concat([Buffer.from(text.slice(0, at + 3)), Buffer.from([0xe9]), Buffer.from(text.slice(at + 3))]);
    writeFileSync(join(dir, 'latin1.yaml'), bytes);
    const { code, report } = await json(['check', 'latin1.yaml'], dir);
    expect(code).toBe(1);
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at) + 3;
    expect(report!.diagnostics).toEqual([
      {
        rule: 'invalid-encoding',
        severity: 'error',
        message: 'The file is not UTF-8 text: the byte 0xE9 (in Latin-1, `é`) here is not part of any character. Save the file as UTF-8 (in most editors: Save as…, then the encoding UTF-8), or retype the character.',
        messageId: 'load.not-utf8.latin1',
        file: 'latin1.yaml',
        line,
        column,
        path: '',
        references: [],
      },
    ]);
  });

  it('a file saved as UTF-16, and one with a UTF-8 byte order mark (which is fine)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(minimal(), 'utf16le')]));
    writeFileSync(join(dir, 'bom.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(minimal())]));
    const { report } = await json(['check', 'utf16.yaml', 'bom.yaml'], dir);
    const errors = report!.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([['invalid-encoding', 'utf16.yaml', 1, 1]]);
    expect(errors[0]!.message).toMatch(/^The file is saved as UTF-16 text/);
  });

  it('an alias inside its own anchor\'s value: exit 1 and a diagnostic at the alias, not a crash', async () => {
    const dir = tmp();
    const text = edit(minimal(), 'statement:\n  id: minimal', 'statement: &s\n  again: *s\n  id: minimal');
    writeFileSync(join(dir, 'cycle.yaml'), text);
    const { code, report, stderr } = await json(['check', 'cycle.yaml'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report!.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['alias-cycle', 4, 10]]);
  });

  it('a build with a refused file writes nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.yaml'), minimal());
    writeFileSync(join(dir, 'bad.yaml'), Buffer.concat([Buffer.from(minimal()), Buffer.from([0x80])]));
    const r = await runCli(['build', 'ok.yaml', 'bad.yaml', '--to', 'md', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invalid-encoding');
    expect(() => readdirSync(join(dir, 'out'))).toThrow();
  });
});

describe('operational errors read well: exit 2 and one line', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'psc-op-'));

  it('a directory without statements', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    const r = await runHere(['check', 'empty'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: empty contains no statement files (.yaml, .yml or .json)\n');
  });

  it('an output directory that cannot be created', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    writeFileSync(join(dir, 'file'), 'x');
    const r = await runCli(['build', 's.yaml', '--out', 'file/sub'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: --out file/sub: file is a file, not a directory, so no directory can be made in it\n');
  });

  it('a missing file among several', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 's.yaml'), minimal());
    const r = await runHere(['check', 's.yaml', 'typo.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: typo.yaml: no such file or directory\n');
    expect(r.stdout).toBe('');
  });
});
