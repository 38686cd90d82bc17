import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';
import { schemaRules } from '../src/validate/schema.js';
import { runCli, runHere } from './helpers.js';

describe('privacy-statement rules', () => {
  it('lists every rule with its severity, provisions and one line', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    for (const rule of rules) {
      expect(r.stdout).toMatch(new RegExp(`^  ${rule.meta.id} +${rule.meta.severity} +${rule.meta.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      expect(r.stdout).toContain(rule.meta.references.join(' · '));
    }
    for (const id of Object.keys(schemaRules)) expect(r.stdout).toMatch(new RegExp(`^  ${id} `, 'm'));
  });

  it('prints its headings, severities and summaries in Dutch with --lang nl', async () => {
    const r = await runHere(['rules', '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^AVG-regels \\(${rules.length}\\)\n`));
    expect(r.stdout).toMatch(/^Invoerregels \(syntaxis en invoerformaat\) \(\d+\)$/m);
    expect(r.stdout).toMatch(/^ {2}purpose-legitimate-interest +fout +Een verwerkingsdoeleinde dat op gerechtvaardigde belangen berust, vermeldt welk belang; andere verwerkingsdoeleinden vermelden er geen\.$/m);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('Voer `privacy-statement explain <regel>` uit voor de redenen achter een regel en voorbeelden.');
  });

  it('prints JSON for scripts', async () => {
    const r = await runHere(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const { rules: listed } = JSON.parse(r.stdout) as { rules: { id: string; kind: string; severity: string; references: string[]; summary: string }[] };
    const gdpr = listed.filter((e) => e.kind === 'gdpr');
    expect(gdpr.map((e) => e.id)).toEqual(rules.map((rule) => rule.meta.id));
    expect(gdpr[0]).toEqual({ id: rules[0]!.meta.id, kind: 'gdpr', severity: rules[0]!.meta.severity, references: rules[0]!.meta.references, summary: rules[0]!.meta.summary });
    expect(listed.map((e) => e.id)).toContain('unknown-key');
  });
});

describe('privacy-statement explain', () => {
  it('prints the summary, provisions, rationale and both examples', async () => {
    const r = await runCli(['explain', 'purpose-legitimate-interest']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^purpose-legitimate-interest {2}error by default\n/);
    expect(r.stdout).toContain('Provisions: GDPR Art. 13(1)(d) · GDPR Art. 14(2)(b)');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Naming the interest is what lets a person weigh it against their own');
    expect(r.stdout).toContain('Passes:\n\n    purposes:\n      - id: fraud');
    expect(r.stdout).toContain('Reported:\n\n    purposes:');
  });

  it('speaks the language of the messages', async () => {
    const fr = await runHere(['explain', 'purpose-legitimate-interest', '--lang', 'fr']);
    expect(fr.code).toBe(0);
    expect(fr.stdout.replace(/\s+/g, ' ')).toContain('Une finalité fondée sur les intérêts légitimes indique lequel');
    const nl = await runHere(['rules', '--lang', 'nl']);
    expect(nl.stdout).toMatch(/purpose-legitimate-interest +fout +Een verwerkingsdoeleinde dat op gerechtvaardigde belangen berust/);
  });

  it('explains the input format rules too', async () => {
    const r = await runHere(['explain', 'unknown-key']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(schemaRules['unknown-key']);
  });

  it('refuses an unknown rule with exit 2 and a suggestion', async () => {
    const r = await runHere(['explain', 'purpose-legitimate-intrest']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("privacy-statement: unknown rule 'purpose-legitimate-intrest'; did you mean 'purpose-legitimate-interest'? Run `privacy-statement rules` to list every rule.\n");
    const fr = await runHere(['explain', 'purpose-legitimate-intrest', '--lang', 'fr']);
    expect(fr.stderr).toBe("privacy-statement: règle inconnue 'purpose-legitimate-intrest' ; vouliez-vous dire 'purpose-legitimate-interest' ? Lancez `privacy-statement rules` pour obtenir la liste de toutes les règles.\n");
    const part = await runHere(['explain', 'legitimate-interest']);
    expect(part.code).toBe(2);
    expect(part.stderr).toContain("'purpose-legitimate-interest'");
  });
});
