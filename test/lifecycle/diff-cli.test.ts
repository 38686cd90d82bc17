import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, minimal, runCli, runHere } from '../helpers.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'psc-diff-'));
/** Version 2 of the minimal statement: a new recipient for the contract, and a longer retention period. */
const v2 = () =>
  edit(
    edit(edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: 2025-03-01\n  effectiveFrom: 2025-04-15'), 'period: P7Y', 'period: P10Y'),
    '    role: processor\n',
    '    role: processor\n  - id: reinsurer\n    name: { en: Reinsurer, nl: Herverzekeraar }\n    description: { en: Reinsures part of the risk., nl: Herverzekert een deel van het risico. }\n    role: controller\n',
  ).replace('recipients: [printer]', 'recipients: [printer, reinsurer]');

function files(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'v1.yaml'), minimal());
  writeFileSync(join(dir, 'v2.yaml'), v2());
  return dir;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.nl', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });

describe('privacy-statement diff', () => {
  it('prints the contract JSON: from, to, changes and counts', async () => {
    const dir = files();
    const r = await runCli(['diff', 'v1.yaml', 'v2.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.from).toMatchObject({ file: 'v1.yaml', lastAmended: '2024-01-31' });
    expect(out.to).toMatchObject({ file: 'v2.yaml', lastAmended: '2025-03-01', effectiveFrom: '2025-04-15' });
    expect(out.from.version).toMatch(/^[0-9a-f]{12}$/);
    expect(out.counts).toEqual({ material: 2, favourable: 0, editorial: 1 });
    expect(out.changes[0]).toEqual({
      class: 'material',
      kind: 'added',
      subject: 'recipient',
      id: 'reinsurer',
      path: '/recipients/1',
      summary: 'New recipient: “Reinsurer” (independent controller).',
      references: ['GDPR Art. 13(1)(e)', 'GDPR Art. 13(3)', 'WP260 rev.01 § 31'],
    });
    expect(out.changes.map((c: { subject: string }) => c.subject)).toEqual(['recipient', 'retention', 'statement']);
    expect(out.diagnostics).toBeUndefined();
  });

  it('groups the changes by class for people, in the statement language asked for', async () => {
    const dir = files();
    const r = await runHere(['diff', 'v1.yaml', 'v2.yaml', '--locale', 'nl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wezenlijke wijzigingen (2)');
    expect(r.stdout).toContain('Redactionele wijzigingen (1)');
    expect(r.stdout).toContain('Bewaartermijn van ‘Contactgegevens’ verlengd: tien jaar (was zeven jaar).');
    expect(r.stdout.indexOf('Wezenlijke')).toBeLessThan(r.stdout.indexOf('Redactionele'));
  });

  it('--lang fr: headings, labels and the --fail-on line in French; the summaries stay in the statement language', async () => {
    const dir = files();
    const r = await runHere(['diff', 'v1.yaml', 'v2.yaml', '--lang', 'fr', '--fail-on', 'material'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^De v1\.yaml \(2024-01-31, version [0-9a-f]{12}\)$/);
    expect(lines[1]).toMatch(/^À  v2\.yaml \(2025-03-01, version [0-9a-f]{12}\)$/);
    expect(r.stdout).toContain('Modifications substantielles (2) : les personnes concernées doivent en être informées');
    expect(r.stdout).toContain('  ajout         New recipient: “Reinsurer” (independent controller).');
    expect(r.stdout).toContain('Modifications rédactionnelles (1)');
    expect(r.stderr).toBe('privacy-statement: 2 modifications substantielles (--fail-on material) : faites-les examiner avant la publication de cette version.\n');
  });

  it('writes a change memo in Markdown', async () => {
    const dir = files();
    const r = await runHere(['diff', 'v1.yaml', 'v2.yaml', '--format', 'markdown'], { cwd: dir });
    expect(r.stdout).toMatch(/^# Changes to the privacy statement minimal\n/);
    expect(r.stdout).toContain('## Material changes');
    expect(r.stdout).toContain('- New recipient: “Reinsurer” (independent controller). (GDPR Art. 13(1)(e); GDPR Art. 13(3); WP260 rev.01 § 31)');
    expect(r.stdout).toContain('The new version takes effect on 15 April 2025.');
  });

  it('--fail-on material exits 1 when a change is material, 0 when none is', async () => {
    const dir = files();
    const r = await runHere(['diff', 'v1.yaml', 'v2.yaml', '--fail-on', 'material'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 material changes (--fail-on material)');
    writeFileSync(join(dir, 'v3.yaml'), edit(minimal(), 'email: dpo@example.nl', 'email: fg@example.nl'));
    expect((await runHere(['diff', 'v1.yaml', 'v3.yaml', '--fail-on', 'material'], { cwd: dir })).code).toBe(0);
  });

  it('warns material-change-notice when material changes get less than 30 days', async () => {
    const dir = files();
    writeFileSync(join(dir, 'v2.yaml'), v2().replace('effectiveFrom: 2025-04-15', 'effectiveFrom: 2025-03-10'));
    const r = await runHere(['diff', 'v1.yaml', 'v2.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).diagnostics).toMatchObject([{ rule: 'material-change-notice', file: 'v2.yaml', line: 8, path: '/statement/effectiveFrom' }]);
    expect((await runHere(['diff', 'v1.yaml', 'v2.yaml', '--strict'], { cwd: dir })).code).toBe(1);
  });

  it('checks both inputs first: one with errors gives exit 1 and its diagnostics', async () => {
    const dir = files();
    writeFileSync(join(dir, 'bad.yaml'), edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct'));
    const r = await runHere(['diff', 'v1.yaml', 'bad.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics[0]).toMatchObject({ file: 'bad.yaml', line: 23, rule: 'purpose-legal-basis' });
  });

  it('--since reads the old version from git', async () => {
    const dir = tmp();
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'statement.yaml'), minimal());
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'v1');
    writeFileSync(join(dir, 'statement.yaml'), v2());
    const r = await runHere(['diff', 'statement.yaml', '--since', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.from).toMatchObject({ file: 'statement.yaml', revision: 'HEAD', lastAmended: '2024-01-31' });
    expect(out.counts.material).toBe(2);
    // From a subdirectory, and with the old version broken: its diagnostics name the revision.
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'v2');
    writeFileSync(join(dir, 'statement.yaml'), edit(v2(), 'legalBasis: contract', 'legalBasis: contrct'));
    git(dir, 'commit', '-qam', 'broken');
    writeFileSync(join(dir, 'statement.yaml'), v2());
    const broken = await runHere(['diff', 'statement.yaml', '--since', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).diagnostics[0].file).toBe('statement.yaml@HEAD');
  });

  it('usage errors: no git repository, unknown revision, missing file, wrong number of files', async () => {
    const dir = files();
    const notRepo = await runHere(['diff', 'v2.yaml', '--since', 'HEAD~1'], { cwd: dir });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toBe('privacy-statement: v2.yaml is not in a git repository, so --since HEAD~1 has nothing to read; compare two files instead: privacy-statement diff <old> <new>\n');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'first');
    const unknown = await runHere(['diff', 'v2.yaml', '--since', 'v1999'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^privacy-statement: --since v1999: no such revision/);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    writeFileSync(join(dir, 'new.yaml'), minimal());
    const untracked = await runHere(['diff', 'new.yaml', '--since', 'HEAD'], { cwd: dir });
    expect(untracked.code).toBe(2);
    expect(untracked.stderr).toContain('new.yaml did not exist at revision HEAD');
    expect((await runHere(['diff', 'v1.yaml', 'missing.yaml'], { cwd: dir })).code).toBe(2);
    const one = await runHere(['diff', 'v1.yaml'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('name the old and the new version');
    expect(one.stderr).not.toMatch(/\n\s+at /);
  });
});
