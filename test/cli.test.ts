import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, examples, harmony, lib, lineOf, minimal, root, runCli, runHere, itSlow } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-'));

/**
 * Runs the command line with a probe that reports, as the process exits, which modules it loaded
 * from packages (not the tests' own build of the command line, which is in node_modules/.cache).
 */
async function runProbed(args: string[], options: { cwd?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string; loaded: string[] }> {
  const probe = join(mkdtempSync(join(tmpdir(), 'psc-probe-')), 'probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write('loaded: ' + JSON.stringify(Object.keys(require.cache).filter((m) => /[\\\\/]node_modules[\\\\/]/.test(m)).map((m) => m.replace(/^.*[\\\\/]node_modules[\\\\/]/, 'node_modules/'))) + '\\n'));\n",
  );
  const r = await runCli(args, { ...options, env: { NODE_OPTIONS: `--require ${probe}` } });
  const line = /^loaded: (.*)\n/m.exec(r.stderr);
  const loaded = (JSON.parse(line?.[1] ?? 'null') as string[]).filter((m) => !m.startsWith('node_modules/.cache/'));
  return { ...r, stderr: r.stderr.replace(/^loaded: .*\n/m, ''), loaded };
}

function writeSource(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('privacy-statement check', () => {
  it('passes the Harmony example with exit 0', async () => {
    const r = await runCli(['check', examples.harmony]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 file checked: no problems.\n');
    expect(r.stderr).toBe('');
  });

  it('reports a missing French translation, an unknown category and a misspelt key at their lines, exit 1', async () => {
    const dir = tmp();
    const cases: [string, string, string, string][] = [
      ["\n        fr: Sans ces données, nous ne pouvons ni encaisser les primes ni payer les indemnités.", '', 'translation-missing', 'nl: Zonder deze gegevens kunnen wij geen premie'],
      ['dataCategories: [personal, contact, financial, product]', 'dataCategories: [personal, contact, finance, product]', 'unknown-reference', 'dataCategories: [personal, contact, finance'],
      ['  email: privacy@harmony.nl\n  website', '  emial: privacy@harmony.nl\n  website', 'unknown-key', 'emial:'],
    ];
    for (const [from, to, rule, at] of cases) {
      const text = edit(harmony(), from, to);
      const file = writeSource(dir, `${rule}.yaml`, text);
      const r = await runHere(['check', file, '--format', 'json'], { cwd: dir });
      expect(r.code, rule).toBe(1);
      const report = JSON.parse(r.stdout);
      const d = report.diagnostics.find((x: { rule: string }) => x.rule === rule);
      const line = rule === 'translation-missing' ? lineOf(text, at) - 1 : lineOf(text, at);
      expect(d, rule).toMatchObject({ file: `${rule}.yaml`, line });
    }
  });

  it('prints text diagnostics as file:line:col, severity, message, rule and references, then a summary', async () => {
    const dir = tmp();
    const text = edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct');
    writeSource(dir, 'bad.yaml', text);
    const r = await runHere(['check', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    const line = lineOf(text, 'legalBasis: contrct');
    expect(r.stdout).toMatch(new RegExp(`^bad\\.yaml:${line}:17  error    \`legalBasis\` of purpose \`contract\` is \`contrct\`.*  \\(purpose-legal-basis · GDPR Art\\. 13\\(1\\)\\(c\\) · GDPR Art\\. 6\\(1\\)\\)$`, 'm'));
    expect(r.stdout.trim().split('\n').at(-1)).toBe('✖ 1 error and 0 warnings in 1 file.');
  });

  it('prints JSON exactly as cli.md describes', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct'));
    const r = await runHere(['check', 's.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['diagnostics', 'errorCount', 'warningCount']);
    expect(report.errorCount).toBe(1);
    expect(report.diagnostics[0]).toEqual({
      rule: 'purpose-legal-basis',
      severity: 'error',
      message: expect.stringContaining('`legalBasis` of purpose `contract` is `contrct`'),
      messageId: 'schema.not-one-of',
      file: 's.yaml',
      line: lineOf(minimal(), 'legalBasis: contract'),
      column: 17,
      path: '/purposes/0/legalBasis',
      references: ['GDPR Art. 13(1)(c)', 'GDPR Art. 6(1)'],
    });
  });

  it('prints GitHub annotations', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct'));
    const r = await runHere(['check', 's.yaml', '--format', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=s\\.yaml,line=${lineOf(minimal(), 'legalBasis: contract')},col=17,title=purpose-legal-basis::\`legalBasis\``, 'm'));
  });

  it('turns warnings into errors with --strict', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', edit(minimal(), 'privacyContact:\n  role: dpo\n  email: dpo@example.nl\n', ''));
    expect((await runHere(['check', 's.yaml'], { cwd: dir })).code).toBe(0);
    const strict = await runHere(['check', 's.yaml', '--strict', '--format', 'json'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).diagnostics[0]).toMatchObject({ rule: 'privacy-contact', severity: 'error' });
  });

  it('checks every statement in a directory', async () => {
    const r = await runHere(['check', 'examples', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).errorCount).toBe(0);
  });
});

describe('privacy-statement build', () => {
  it('writes every locale and format, PDF included, and a manifest', async () => {
    const dir = tmp();
    // The fixture that uses every field, in its two languages (the examples' PDFs are tested in test/pdf.test.ts).
    const r = await runProbed(['build', join(root, 'test/fixtures/full.yaml'), '--out', 'out'], { cwd: dir });
    expect(r.stderr).toBe('');
    // PDFKit and fontkit come from their installed packages (see "the bundle" below).
    expect(r.loaded).toContain('node_modules/pdfkit/js/pdfkit.js');
    expect(r.loaded).toContain('node_modules/fontkit/dist/main.cjs');
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, 'out')).sort();
    expect(files).toEqual(['full.en.html', 'full.en.md', 'full.en.pdf', 'full.nl.html', 'full.nl.md', 'full.nl.pdf', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8'));
    expect(manifest.files).toHaveLength(6);
    for (const entry of manifest.files) {
      const content = readFileSync(join(dir, 'out', entry.path));
      expect(entry).toMatchObject({ statement: 'full', bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') });
    }
    expect(manifest.files.find((f: { path: string }) => f.path === 'full.en.html')).toMatchObject({ locale: 'en', format: 'html' });
    expect(manifest.files.find((f: { path: string }) => f.path === 'full.nl.pdf')).toMatchObject({ locale: 'nl', format: 'pdf' });
    expect(readFileSync(join(dir, 'out/full.nl.pdf')).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    // PDF/UA by default, not PDF/A.
    const ua = readFileSync(join(dir, 'out/full.nl.pdf'), 'latin1');
    expect(ua).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(ua).not.toContain('pdfaid');
  });

  it('writes PDF/A-2a with --pdf-standard pdf-a-2a', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', minimal());
    const archive = await runCli(['build', 's.yaml', '--to', 'pdf', '--locale', 'en', '--pdf-standard', 'pdf-a-2a', '--out', 'a'], { cwd: dir });
    expect(archive.code).toBe(0);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['manifest.json', 'minimal.en.pdf']);
    expect(readFileSync(join(dir, 'a/minimal.en.pdf'), 'latin1')).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
  });

  it('writes nothing when the input has errors, and leaves earlier outputs alone', async () => {
    const dir = tmp();
    const bad = writeSource(dir, 'bad.yaml', edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct'));
    const r = await runCli(['build', bad, '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/minimal.en.md'), 'earlier');
    const again = await runCli(['build', bad, '--out', 'out', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(readFileSync(join(dir, 'out/minimal.en.md'), 'utf8')).toBe('earlier');
    expect(readdirSync(join(dir, 'out'))).toEqual(['minimal.en.md']);
  });

  it('builds only the requested locales and formats', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', minimal());
    const r = await runCli(['build', 's.yaml', '--locale', 'nl', '--to', 'html', '--html', 'fragment', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['manifest.json', 'minimal.nl.html']);
    expect(readFileSync(join(dir, 'dist/minimal.nl.html'), 'utf8').startsWith('<article')).toBe(true);
    expect(JSON.parse(r.stdout).outputs).toHaveLength(1);
  });

  itSlow('produces identical bytes whatever the time zone and language of the machine', async () => {
    const a = tmp();
    const b = tmp();
    // One language is enough here: test/pdf-bytes.test.ts holds the PDF to the same in-process.
    await runCli(['build', join(root, examples.harmony), '--locale', 'fr', '--out', a], { env: { TZ: 'Pacific/Kiritimati', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' } });
    await runCli(['build', join(root, examples.harmony), '--locale', 'fr', '--out', b], { env: { TZ: 'America/Los_Angeles', LANG: 'C', LC_ALL: 'C' } });
    const files = readdirSync(a);
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual(['harmony.fr.pdf']);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });
});

describe('usage errors: exit 2, one line, no stack trace', () => {
  it.each([
    [['check', 'does-not-exist.yaml'], /does-not-exist\.yaml: no such file or directory/],
    [['check', '--fromat', 'json', 'x.yaml'], /unknown option '--fromat'/],
    [['build', 'examples/harmony/statement.yaml', '--to', 'docx'], /unknown format docx; choose from md, html, pdf/],
    [['build', 'examples/harmony/statement.yaml', '--pdf-standard', 'pdf-x'], /argument 'pdf-x' is invalid.*pdf-ua, pdf-a-2a/],
    [['build', 'examples/harmony/statement.yaml', '--locale', 'de'], /unknown locale de/],
    [['check', 'build.config.mjs'], /build\.config\.mjs is not a \.yaml, \.yml or \.json file/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['check'], /missing required argument 'input'/],
  ])('%j', async (args, message) => {
    const r = await runHere(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a locale the statement is not written in', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', minimal());
    const r = await runCli(['build', 's.yaml', '--locale', 'fr'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: --locale fr: s.yaml is written in en, nl only; leave out --locale or choose from those\n');
  });

  it('refuses a directory with files that are not statements', async () => {
    const dir = tmp();
    writeSource(dir, 'a.yaml', minimal());
    writeSource(dir, 'config.json', '{"name": "x"}');
    const r = await runHere(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config\.json is not a statement source/);
  });

  it('refuses an output directory that is a file', async () => {
    const dir = tmp();
    writeSource(dir, 's.yaml', minimal());
    writeFileSync(join(dir, 'out'), 'x');
    const r = await runCli(['build', 's.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(statSync(join(dir, 'out')).isFile()).toBe(true);
  });
});

describe('the bundle', () => {
  it('the library loads PDFKit only with the PDF writer, which is imported only when PDF is asked for', () => {
    const dir = join(lib, 'chunks');
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'));
    // PDFKit (with fontkit) is loaded from its installed package.
    const importing = chunks.filter((f) => /from\s*"pdfkit"/.test(readFileSync(join(dir, f), 'utf8')));
    expect(importing).toHaveLength(1);
    expect(importing[0]).toMatch(/^pdf-/);
    for (const f of [...chunks.map((c) => join(dir, c)), join(lib, 'index.js')]) {
      const code = readFileSync(f, 'utf8');
      // A static import (`import … from "./pdf-….js"` or `import "./pdf-….js"`), minified or not; `import("…")` is fine.
      expect(code, f).not.toMatch(new RegExp(String.raw`import\s*(?:[\w*{$][^;()]*?from\s*)?["']\./(?:chunks/)?${importing[0]!.replace('.', '\\.')}["']`));
    }
  });

  it('the command line loads PDFKit only when it writes a PDF', async () => {
    // With a PDF, it loads them from their installed packages: see "writes every locale and format" above.
    expect((await runProbed(['check', examples.harmony])).loaded).toEqual([]);
    expect((await runProbed(['build', examples.harmony, '--to', 'md,html', '--out', mkdtempSync(join(tmpdir(), 'psc-out-'))])).loaded).toEqual([]);
  });

  it('is ASCII only, which V8 keeps in one byte per character (one other character doubles a file in memory)', () => {
    const files = ['cli.cjs', 'index.js', ...readdirSync(join(lib, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
    for (const f of files) {
      const code = readFileSync(join(lib, f), 'utf8');
      const at = code.search(/[^\x00-\x7f]/);
      expect(at < 0 ? '' : `${f}: ${JSON.stringify(code.slice(Math.max(0, at - 40), at + 10))}`).toBe('');
    }
  });
});

describe('help', () => {
  it('teaches the commands with examples and exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('check [options] <input...>');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes:');
    const build = await runCli(['build', '--help']);
    expect(build.stdout).toContain('--html <mode>');
    expect(build.stdout).toContain('--pdf-standard <standard>');
    expect(build.stdout).toMatch(/\(md, html, pdf\)/);
    expect(build.stdout).toContain('manifest.json');
  });

  it('prints the version', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
