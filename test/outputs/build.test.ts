import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import { compile, type Output } from '../../src/compile.js';
import { formats } from '../../src/writers/index.js';
import { examples, lib, read, root, runCli, itSlow } from '../helpers.js';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'psc-outputs-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const hash = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');
const dataFormats = ['json', 'jsonld', 'tilt', 'csv', 'xlsx'] as const;

/** Harmony's data outputs from the built library in a fresh process with another zone, language and clock. */
function inProcess(env: Record<string, string>, clock: string): { hashes: Record<string, string>; zone: string; now: string } {
  const script = `
    const RealDate = Date;
    const fixed = RealDate.parse(${JSON.stringify(clock)});
    globalThis.Date = class extends RealDate {
      constructor(...args) { super(...(args.length > 0 ? args : [fixed])); }
      static now() { return fixed; }
    };
    import { readFileSync } from 'node:fs';
    import { createHash } from 'node:crypto';
    const { compile } = await import(${JSON.stringify(pathToFileURL(join(lib, 'index.js')).href)});
    const result = await compile(readFileSync(${JSON.stringify(join(root, examples.harmony))}, 'utf8'), { formats: ${JSON.stringify(dataFormats)} });
    console.log(JSON.stringify({
      hashes: Object.fromEntries(result.outputs.map((o) => [o.fileName, createHash('sha256').update(o.content).digest('hex')])),
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      now: new Date().toISOString(),
    }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { hashes: Record<string, string>; zone: string; now: string };
}

describe('build --to all', () => {
  it('writes every format, each file listed in the manifest with its version', async () => {
    const out = tmp();
    const run = await runCli(['build', examples.adviseur, '--to', 'all', '--out', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The register is built, and the example gives every purpose's register fields: no warning.
    expect(run.stdout).toBe('');
    const files = readdirSync(out).sort();
    expect(files).toEqual(
      [
        'adviseur.jsonld',
        'manifest.json',
        ...(['nl', 'en'] as const).flatMap((l) => ['md', 'html', 'pdf', 'json', 'tilt.json', 'register.csv', 'register.xlsx'].map((ext) => `adviseur.${l}.${ext}`)),
      ].sort(),
    );
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string; statement: string; locale: string; format: string; version: string; sha256: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(files.filter((f) => f !== 'manifest.json'));
    const jsonld = manifest.files.find((f) => f.path === 'adviseur.jsonld')!;
    expect(jsonld).toMatchObject({ statement: 'adviseur', locale: 'nl,en', format: 'jsonld' });
    expect(jsonld.version).toMatch(/^[0-9a-f]{12}$/);
    for (const f of manifest.files) {
      expect(f.version, f.path).toBe(jsonld.version);
      expect(f.sha256, f.path).toBe(hash(readFileSync(join(out, f.path))));
    }
    expect(manifest.files.find((f) => f.path === 'adviseur.en.register.xlsx')).toMatchObject({ statement: 'adviseur', locale: 'en', format: 'xlsx' });
  }, 120_000);

  itSlow('writes the same bytes twice, for several statements at once', async () => {
    const outs = [tmp(), tmp()];
    for (const out of outs) {
      const run = await runCli(['build', examples.harmony, examples.kmo, '--to', dataFormats.join(','), '--out', out, '--quiet']);
      expect(run.code).toBe(0);
    }
    const files = readdirSync(outs[0]!).sort();
    // Harmony in three languages, KMO Verzekeringen in two: a JSON-LD file each, four files per language, the manifest.
    expect(files).toHaveLength(2 + 4 * 5 + 1);
    expect(files).toContain('kmo-verzekeringen.jsonld');
    expect(files).toEqual(readdirSync(outs[1]!).sort());
    for (const name of files) expect(hash(readFileSync(join(outs[1]!, name))), name).toBe(hash(readFileSync(join(outs[0]!, name))));
  }, 120_000);

  it('names the formats, and all, in its help and its error for an unknown one', async () => {
    const run = await runCli(['build', examples.harmony, '--to', 'md,docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown format docx; choose from ${formats.join(', ')}`);
    const help = await runCli(['build', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('(md, html, pdf), data formats (json, jsonld, tilt, csv, xlsx), or all (default: md,html,pdf)');
  });

  // The default formats' files are also checked by test/cli.test.ts ("writes every locale and format").
  itSlow('keeps md, html and pdf as the default', async () => {
    const out = tmp();
    const run = await runCli(['build', examples.adviseur, '--out', out, '--quiet', '--locale', 'nl']);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['adviseur.nl.html', 'adviseur.nl.md', 'adviseur.nl.pdf', 'manifest.json']);
    expect(run.stdout).not.toContain('register-incomplete');
  });
});

describe('data outputs', () => {
  itSlow('are the same bytes in every time zone, language and day, from the built library as from the sources', async () => {
    const here = inProcess({ TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }, '2026-01-01T00:00:00Z');
    const elsewhere = inProcess({ TZ: 'Pacific/Kiritimati', LANG: 'nl_NL.UTF-8', LC_ALL: 'nl_NL.UTF-8' }, '2031-12-31T23:59:59Z');
    expect(here.zone).toBe('UTC');
    expect(elsewhere.zone).toBe('Pacific/Kiritimati');
    expect(elsewhere.now).toBe('2031-12-31T23:59:59.000Z');
    expect(Object.keys(here.hashes)).toHaveLength(1 + 4 * 3);
    expect(elsewhere.hashes).toEqual(here.hashes);
    const sources = await compile(read(examples.harmony), { formats: [...dataFormats] });
    expect(Object.fromEntries(sources.outputs.map((o) => [o.fileName, hash(o.content)]))).toEqual(here.hashes);
  }, 60_000);

  it('are typed by format in the library: bytes for xlsx (and pdf), text for the others', async () => {
    const result = await compile(read('test/fixtures/minimal.yaml'), { formats: ['xlsx', 'json', 'jsonld'] });
    expect(result.outputs.map((o) => o.format)).toEqual(['xlsx', 'json', 'xlsx', 'json', 'jsonld']);
    for (const o of result.outputs) {
      if (o.format === 'xlsx') {
        expectTypeOf(o.content).toEqualTypeOf<Uint8Array>();
        expect(o.content).toBeInstanceOf(Uint8Array);
      } else if (o.format === 'json' || o.format === 'jsonld') {
        expectTypeOf(o.content).toEqualTypeOf<string>();
        expect(typeof o.content).toBe('string');
      }
    }
    expectTypeOf<Output<'pdf'>['content']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<Output<'csv'>['content']>().toEqualTypeOf<string>();
  });
});
