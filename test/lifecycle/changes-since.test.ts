import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { edit, examples, minimal, read, runCli } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-since-'));
const v2 = (effective = '2025-04-15') =>
  edit(edit(minimal(), 'lastAmended: 2024-01-31', `lastAmended: 2025-03-01\n  effectiveFrom: ${effective}`), 'period: P7Y', 'period: P10Y').replace(
    '    dataCategories: [contact]\n    recipients: [printer]',
    '    dataCategories: [contact]\n    recipients: [printer]\n  - id: marketing\n    name: { en: Offers by e-mail, nl: Aanbiedingen per e-mail }\n    description: { en: We e-mail you offers., nl: Wij mailen u aanbiedingen. }\n    legalBasis: consent\n    dataCategories: [contact]',
  );

const changesSection = (md: string) => md.slice(md.indexOf('{#changes}'));

describe('the statement\'s own "what changed" list', () => {
  it('lists material and favourable changes in every locale, before the hand-written log, dated and with the date they apply', async () => {
    const result = await compile(v2(), { changesSince: minimal(), formats: ['md'] });
    expect(result.errorCount).toBe(0);
    const en = changesSection(result.outputs.find((o) => o.locale === 'en')!.content as string);
    expect(en).toContain('Changes in the version of 1 March 2025, compared with the previous version:');
    expect(en).toContain('- We now also use personal data for a new purpose: “Offers by e-mail” (legal basis: consent).');
    expect(en).toContain('- We now keep “Contact details” for 10 years (previously seven years).');
    expect(en).toContain('These changes apply from 15 April 2025.');
    const nl = changesSection(result.outputs.find((o) => o.locale === 'nl')!.content as string);
    expect(nl).toContain('- Wij gebruiken persoonsgegevens nu ook voor een nieuw doel: ‘Aanbiedingen per e-mail’ (grondslag: toestemming).');
    expect(nl).toContain('Deze wijzigingen gelden vanaf 15 april 2025.');
    // Editorial changes (the date) are not listed for readers.
    expect(en).not.toContain('Date of last amendment');
  });

  it('always says that material changes are announced before they take effect', async () => {
    const result = await compile(minimal(), { formats: ['md'] });
    expect(changesSection(result.outputs[0]!.content as string)).toContain('we will announce them in this statement and, where we can, directly to you, before they take effect');
  });

  it('warns material-change-notice, and --strict refuses to build', async () => {
    const early = await compile(v2('2025-03-05'), { changesSince: minimal(), formats: ['md'] });
    expect(early.diagnostics.filter((d) => d.rule === 'material-change-notice')).toMatchObject([{ severity: 'warning', path: '/statement/effectiveFrom', line: 8 }]);
    expect(early.outputs.length).toBeGreaterThan(0);
    // A statement without other warnings, so that --strict has only this one to refuse.
    const provided = (text: string) => text.replace('    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n    provision: { requirement: contract-prerequisite, consequence: { en: Without them we cannot insure you., nl: Zonder deze gegevens kunnen wij u niet verzekeren. } }\n');
    const strict = await compile(provided(v2('2025-03-05')), { changesSince: provided(minimal()), formats: ['md'], strict: true });
    expect(strict.diagnostics).toMatchObject([{ rule: 'material-change-notice', severity: 'error' }]);
    expect(strict.outputs).toEqual([]);
  });

  it('an earlier version with errors is reported under its own name', async () => {
    const r = await compile(v2(), { changesSince: edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct'), changesSinceFile: 'old.yaml', formats: ['md'] });
    expect(r.errorCount).toBe(1);
    expect(r.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: 'old.yaml', rule: 'purpose-legal-basis', line: 23 });
    expect(r.outputs).toEqual([]);
  });
});

describe('build --changes-since', () => {
  it('takes an earlier file, or a git revision for each statement', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'old.yaml'), minimal());
    writeFileSync(join(dir, 's.yaml'), v2());
    const r = await runCli(['build', 's.yaml', '--changes-since', 'old.yaml', '--to', 'md'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dist/minimal.en.md'), 'utf8')).toContain('We now keep “Contact details” for 10 years (previously seven years).');

    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.nl', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(join(dir, 's.yaml'), minimal());
    git('add', 's.yaml');
    git('commit', '-qm', 'v1');
    git('tag', 'v2024');
    writeFileSync(join(dir, 's.yaml'), v2());
    const rev = await runCli(['build', 's.yaml', '--changes-since', 'v2024', '--to', 'md', '--out', 'rev'], { cwd: dir });
    expect(rev.code, rev.stdout + rev.stderr).toBe(0);
    expect(readFileSync(join(dir, 'rev/minimal.nl.md'), 'utf8')).toContain('Wij bewaren ‘Contactgegevens’ nu tien jaar (voorheen zeven jaar).');

    const missing = await runCli(['build', 's.yaml', '--changes-since', 'gone.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--changes-since gone.yaml: no such file');
    const norev = await runCli(['build', 's.yaml', '--changes-since', 'v1999'], { cwd: dir });
    expect(norev.code).toBe(2);
    expect(norev.stderr).toContain('--changes-since v1999: no such revision');
  });

  it('works on the shipped examples and their previous versions', async () => {
    for (const [current, previous] of [
      [examples.harmony, 'examples/harmony/2018/statement.yaml'],
      [examples.kmo, 'examples/kmo-verzekeringen/2021/statement.yaml'],
      [examples.adviseur, 'examples/adviseur/2020/statement.yaml'],
    ] as const) {
      const result = await compile(read(current), { file: current, changesSince: read(previous), formats: ['md'] });
      expect(result.errorCount, current).toBe(0);
      expect(result.diagnostics.filter((d) => d.rule === 'material-change-notice'), current).toEqual([]);
      for (const o of result.outputs) expect(changesSection(o.content as string).split('\n- ').length, `${current} ${o.locale}`).toBeGreaterThan(4);
    }
  });
});
