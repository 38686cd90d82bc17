import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, examples, harmony, lineOf, minimal, root, runCli, runHere, itSlow } from '../helpers.js';
import { lockOf } from './lock-of.js';
import { withTarget } from './xliff-helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-translations-'));

/** A directory with a statement (and its lock file, when given). */
function dirWith(text: string, lock?: string, name = 'statement.yaml'): string {
  const dir = tmp();
  writeFileSync(join(dir, name), text);
  if (lock !== undefined) writeFileSync(join(dir, name.replace(/\.(ya?ml|json)$/, '') + '.translations.json'), lock);
  return dir;
}

const fraudNl = 'nl: Wij houden voor intern gebruik een registratie bij van incidenten zoals wanbetaling en fraude.';
const staleHarmony = () => edit(harmony(), fraudNl, fraudNl.replace('Wij houden', 'Wij houden altijd'));

describe('privacy-statement translations', () => {
  it('prints the status as JSON: path, locale and status of every translation', async () => {
    const dir = dirWith(staleHarmony(), lockOf(harmony()));
    const r = await runCli(['translations', 'statement.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.texts).toHaveLength(214);
    expect(out.texts[0]).toMatchObject({ path: '/statement/introduction', locale: 'en', status: 'current' });
    const stale = out.texts.filter((t: { status: string }) => t.status !== 'current');
    expect(stale).toEqual([
      expect.objectContaining({ path: '/purposes/6/description', locale: 'en', status: 'stale', line: lineOf(harmony(), 'en: We keep records for internal use'), column: 11 }),
      expect.objectContaining({ path: '/purposes/6/description', locale: 'fr', status: 'stale', line: lineOf(harmony(), 'fr: Nous conservons des dossiers'), column: 11 }),
    ]);
    expect(out.counts).toEqual({ current: 212, stale: 2, changed: 0, new: 0 });
  });

  it('prints a table for people; without a lock file every translation is new', async () => {
    const dir = dirWith(minimal());
    const r = await runHere(['translations', 'statement.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('statement.yaml: written in English (en), translated into Dutch (nl).');
    expect(r.stdout).toContain('No lock file yet (statement.translations.json): every translation is new.');
    expect(r.stdout).toMatch(/^\/purposes\/0\/description +nl +new +22 +Description of purpose “Performing your insurance contract”$/m);
    expect(r.stdout).toContain('6 translations: 0 current, 0 stale, 0 changed, 6 new.');
  });

  it('prints the table in Dutch under LANG=nl_BE.UTF-8, labels included', async () => {
    const dir = dirWith(minimal());
    const r = await runHere(['translations', 'statement.yaml'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('statement.yaml: opgesteld in het Engels (en), vertaald in het Nederlands (nl).');
    expect(r.stdout).toContain('Nog geen vergrendelbestand (statement.translations.json): elke vertaling is nieuw.');
    expect(r.stdout).toMatch(/^tekst +taal +status +regel +wat$/m);
    expect(r.stdout).toMatch(/^\/purposes\/0\/description +nl +nieuw +22 +Beschrijving van verwerkingsdoeleinde ‘Performing your insurance contract’$/m);
    expect(r.stdout).toContain('6 vertalingen: 0 actueel, 0 verouderd, 0 gewijzigd, 6 nieuw.');
  });

  it('--accept writes the lock file; check then warns at a stale translation, and fails under --strict', async () => {
    const dir = dirWith(harmony());
    const accepted = await runHere(['translations', 'statement.yaml', '--accept'], { cwd: dir });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('Accepted 214 translations (en: 107, fr: 107) of statement.yaml in statement.translations.json');
    expect(readFileSync(join(dir, 'statement.translations.json'), 'utf8')).toBe(lockOf(harmony()));
    expect((await runHere(['check', 'statement.yaml'], { cwd: dir })).stdout).toContain('1 file checked: no problems.');

    writeFileSync(join(dir, 'statement.yaml'), staleHarmony());
    const checked = await runHere(['check', 'statement.yaml', '--format', 'json'], { cwd: dir });
    expect(checked.code).toBe(0);
    const warnings = JSON.parse(checked.stdout).diagnostics;
    expect(warnings.map((d: { rule: string; line: number; column: number; path: string }) => [d.rule, d.line, d.column, d.path])).toEqual([
      ['translation-stale', lineOf(harmony(), 'en: We keep records for internal use'), 11, '/purposes/6/description/en'],
      ['translation-stale', lineOf(harmony(), 'fr: Nous conservons des dossiers'), 11, '/purposes/6/description/fr'],
    ]);
    expect((await runHere(['check', 'statement.yaml', '--strict'], { cwd: dir })).code).toBe(1);
    const built = await runCli(['build', 'statement.yaml', '--to', 'md', '--out', 'dist'], { cwd: dir });
    expect(built.code).toBe(0);
    expect(built.stdout + built.stderr).toContain('translation-stale');

    // Accepting the French one only leaves the English one stale.
    const one = await runHere(['translations', 'statement.yaml', '--accept', '--locale', 'fr', '--path', '/purposes/6/description'], { cwd: dir });
    expect(one.stdout).toContain('Accepted 1 translation (fr: 1) of statement.yaml in statement.translations.json; of them 1 stale.');
    const after = JSON.parse((await runHere(['check', 'statement.yaml', '--format', 'json'], { cwd: dir })).stdout).diagnostics;
    expect(after.map((d: { path: string }) => d.path)).toEqual(['/purposes/6/description/en']);
  });

  it('check of a directory passes by the lock files beside the statements', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'statements'));
    writeFileSync(join(dir, 'statements', 'minimal.yaml'), minimal());
    writeFileSync(join(dir, 'statements', 'minimal.translations.json'), lockOf(minimal()));
    const r = await runHere(['check', 'statements', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).errorCount).toBe(0);
  });

  it('a broken lock file is an error at the lock file', async () => {
    const dir = dirWith(minimal(), '<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n');
    const r = await runHere(['check', 'statement.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^statement\.translations\.json:1:1 +error +The translations lock file has an unresolved merge conflict/m);
    const status = await runHere(['translations', 'statement.yaml'], { cwd: dir });
    expect(status.code).toBe(1);
    expect(status.stderr).toContain('unresolved merge conflict');
  });

  it('--export writes XLIFF 1.2 on stdout or to --out; --import writes a translation back and accepts it', async () => {
    const dir = dirWith(staleHarmony(), lockOf(harmony()));
    const r = await runCli(['translations', 'statement.yaml', '--export', 'fr'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">/);
    expect(r.stdout).toMatch(/<trans-unit id="\/purposes\/6\/description"[^>]*>\s*<source>Wij houden altijd[^<]*<\/source>\s*<target state="needs-review-translation">/);
    const out = await runHere(['translations', 'statement.yaml', '--export', 'fr', '--out', 'harmony.fr.xlf'], { cwd: dir });
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, 'harmony.fr.xlf'), 'utf8')).toBe(r.stdout);

    const before = readFileSync(join(dir, 'statement.yaml'), 'utf8');
    writeFileSync(join(dir, 'harmony.fr.xlf'), withTarget(r.stdout, '/purposes/6/description', 'Nous tenons toujours un registre interne des incidents.'));
    const imported = await runHere(['translations', 'statement.yaml', '--import', 'harmony.fr.xlf'], { cwd: dir });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported harmony.fr.xlf into statement.yaml: 1 French translation written; accepted in statement.translations.json.');
    const after = readFileSync(join(dir, 'statement.yaml'), 'utf8');
    const line = lineOf(before, 'fr: Nous conservons des dossiers') - 1;
    expect(after.split('\n')).toEqual(before.split('\n').map((l, i) => (i === line ? '      fr: Nous tenons toujours un registre interne des incidents.' : l)));
    const status = JSON.parse((await runHere(['translations', 'statement.yaml', '--format', 'json'], { cwd: dir })).stdout);
    expect(status.counts).toEqual({ current: 213, stale: 1, changed: 0, new: 0 });
  });

  itSlow('reads an XLIFF file saved as UTF-16 by a tool, and refuses one in another encoding', async () => {
    const dir = dirWith(harmony(), lockOf(harmony()));
    const xml = (await runHere(['translations', 'statement.yaml', '--export', 'fr'], { cwd: dir })).stdout;
    const utf16 = withTarget(xml, '/purposes/1/name', 'Exécution du contrat').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    writeFileSync(join(dir, 'utf16.xlf'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
    const r = await runHere(['translations', 'statement.yaml', '--import', 'utf16.xlf'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'statement.yaml'), 'utf8')).toContain('      fr: Exécution du contrat\n');
    writeFileSync(join(dir, 'latin1.xlf'), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1'));
    const latin1 = await runHere(['translations', 'statement.yaml', '--import', 'latin1.xlf'], { cwd: dir });
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toContain('The XLIFF file says it is encoded in ISO-8859-1; save (or export) it as UTF-8.');
  });

  itSlow('a refused import leaves the statement and the lock file byte for byte as they were', async () => {
    const dir = dirWith(staleHarmony(), lockOf(harmony()));
    const xml = (await runHere(['translations', 'statement.yaml', '--export', 'fr'], { cwd: dir })).stdout;
    const statement = readFileSync(join(dir, 'statement.yaml'));
    const lock = readFileSync(join(dir, 'statement.translations.json'));
    const bad = {
      'source.xlf': withTarget(xml, '/purposes/1/name', 'Exécution').replace('<source>Wij houden altijd', '<source>Wij houden nooit'),
      'pointer.xlf': withTarget(xml, '/purposes/1/name', 'Exécution').replace('id="/purposes/6/name"', 'id="/purposes/99/name"'),
      'malformed.xlf': withTarget(xml, '/purposes/1/name', 'Exécution').replace('</file>', ''),
    };
    for (const [name, content] of Object.entries(bad)) {
      writeFileSync(join(dir, name), content);
      const r = await runHere(['translations', 'statement.yaml', '--import', name], { cwd: dir });
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(new RegExp(`^${name.replace('.', '\\.')}:\\d+:\\d+ +error`));
      expect(r.stderr).toContain('Nothing was imported: the statement and its lock file are unchanged.');
      expect(readFileSync(join(dir, 'statement.yaml')).equals(statement), name).toBe(true);
      expect(readFileSync(join(dir, 'statement.translations.json')).equals(lock), name).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  itSlow('usage errors exit 2 with one line', async () => {
    const dir = dirWith(harmony());
    const cases: [string[], RegExp][] = [
      [['translations', 'statement.yaml', '--accept', '--export', 'fr'], /--accept and --export are separate steps/],
      [['translations', 'statement.yaml', '--export', 'nl'], /--export nl: Dutch is the language statement\.yaml is written in; name a language it is translated into \(en, fr\)/],
      [['translations', 'statement.yaml', '--accept', '--path', '/purposes/99'], /--path \/purposes\/99: statement\.yaml has no translated text at or below that place/],
      [['translations', 'statement.yaml', '--out', 'x.xlf'], /--out names the XLIFF file that --export writes/],
      [['translations', 'statement.yaml', '--import', 'missing.xlf'], /cannot read missing\.xlf: no such file/],
      [['translations', 'nothing.yaml'], /nothing\.yaml: no such file or directory/],
      [['translations', '.'], /is a directory; name one statement file/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const kmo = tmp();
    copyFileSync(join(root, examples.kmo), join(kmo, 'kmo.yaml'));
    const r = await runHere(['translations', 'kmo.yaml', '--export', 'en'], { cwd: kmo });
    expect([r.code, r.stderr.trim()]).toEqual([2, 'privacy-statement: --export en: kmo.yaml is not published in English (its languages: nl, fr); add it to statement.locales first, or name one of those']);
    expect(existsSync(join(dir, 'statement.translations.json'))).toBe(false);
  });

  it('explains itself in --help, with examples', async () => {
    const r = await runCli(['translations', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--export <locale>');
    expect(r.stdout).toContain('$ privacy-statement translations statements/harmony.yaml --import harmony.fr.xlf');
  });
});
