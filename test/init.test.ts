import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyze } from '../src/compile.js';
import { runInit } from '../src/cli/commands/init.js';
import { useLanguage } from '../src/cli/lang.js';
import { runCli, runHere } from './helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-init-'));

describe('privacy-statement init', () => {
  for (const [template, locales] of [['nl-insurer', 'nl'], ['be-insurer', 'nl,fr'], ['intermediary', 'nl,en'], ['nl-insurer', 'fr,en,nl']] as const) {
    it(`${template} in ${locales}: a commented statement that check accepts with warnings saying what to fill in`, async () => {
      const dir = tmp();
      // The first as a user runs it (the built command line finds its templates from its own place), the others in this process.
      const run = template === 'nl-insurer' && locales === 'nl' ? runCli : runHere;
      const r = await run(['init', 'acme-verzekeringen', '--template', template, '--locales', locales], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const text = readFileSync(join(dir, 'acme-verzekeringen/statement.yaml'), 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/privacy-statement\.schema\.json$/);
      expect(text).toContain('# Every value that starts with TODO is yours to fill in');
      const value = parse(text);
      expect(value.statement.id).toBe('acme-verzekeringen');
      expect(value.statement.locales).toEqual(locales.split(','));
      expect(value.statement.lastAmended).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Only the chosen languages remain in the texts.
      const keys = new Set<string>();
      JSON.stringify(value, (k, v) => (keys.add(k), v));
      for (const l of ['nl', 'fr', 'en']) expect(keys.has(l), l).toBe(locales.split(',').includes(l));
      const diagnostics = analyze(text, { file: 'statement.yaml' }).diagnostics;
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(diagnostics.length).toBeGreaterThan(3);
      expect(diagnostics.every((d) => d.rule === 'placeholder-text')).toBe(true);
      expect(r.stdout).toContain(`Fill in the ${diagnostics.length} places marked TODO`);
      const check = await runCli(['check', 'acme-verzekeringen/statement.yaml'], { cwd: dir });
      expect(check.code).toBe(0);
      expect(check.stdout).toContain('is still a placeholder');
    });
  }

  it('refuses to overwrite, and to write where a file is', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'statement.yaml'), 'mine');
    const r = await runHere(['init', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('statement.yaml already exists; init never overwrites a statement');
    expect(readFileSync(join(dir, 'statement.yaml'), 'utf8')).toBe('mine');
    const file = await runHere(['init', 'statement.yaml'], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('is a file, not a directory');
    const template = await runHere(['init', 'x', '--template', 'fr-insurer'], { cwd: dir });
    expect(template.code).toBe(2);
  });

  it('refuses in the language of the messages', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'statement.yaml'), 'mine');
    try {
      useLanguage('nl');
      await expect(runInit(dir, { template: 'nl-insurer' })).rejects.toThrow(/^\S*statement\.yaml bestaat al; init overschrijft nooit een verklaring: kies een andere map, of zet het bestand opzij$/);
      await expect(runInit(join(dir, 'statement.yaml'), { template: 'nl-insurer' })).rejects.toThrow(/statement\.yaml is een bestand, geen map/);
      useLanguage('fr');
      await expect(runInit(dir, { template: 'nl-insurer', id: 'Acme' })).rejects.toThrow(/existe déjà ; init n'écrase jamais une déclaration/);
    } finally {
      useLanguage('en', false);
    }
    expect(readFileSync(join(dir, 'statement.yaml'), 'utf8')).toBe('mine');
  });
});

describe('init where no directory can be made', () => {
  it('refuses with one line naming the directory, instead of never returning', async () => {
    const r = await runHere(['init', '/proc/1/x/acme']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privacy-statement: cannot create /proc/1/x/acme: /proc/1 does not accept new directories (it is on a special file system)\n');
  });
});
