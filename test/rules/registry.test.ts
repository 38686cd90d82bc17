import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import schema from '../../schemas/privacy-statement.schema.json' with { type: 'json' };
import { catalogue } from '../../src/rules/catalogue.js';
import { ruleById, rules } from '../../src/rules/index.js';
import { read, root } from '../helpers.js';

/**
 * How provisions are written in diagnostics (cli.md): "GDPR Art. 13(1)(d)", "UAVG art. 33(4)(c)",
 * "Law of 30 July 2018, art. 10", a Commission decision by its number, and the sector's own rules
 * by their full names, without article numbers until their texts have been checked.
 */
const reference =
  /^(?:GDPR Art\. \d+(?:\(\d+\))?(?:\([a-z]\))?|UAVG art\. \d+(?:\(\d+\))?(?:\([a-z]\))?|Law of \d{1,2} [A-Z][a-z]+ \d{4}, art\. \d+|Telecommunicatiewet art\. \d+\.\d+|WP260 rev\.01 § \d+|Commission Implementing Decision \(EU\) \d{4}\/\d+|Gedragscode Verwerking Persoonsgegevens Verzekeraars|Protocol Incidentenwaarschuwingssysteem Financiële Instellingen \d{4})$/;

function schemaRuleIds(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => schemaRuleIds(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-gdpr-rule') out.add(value as string);
      else schemaRuleIds(value, out);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it('registers every rule file in src/rules', () => {
    const helpers = new Set(['index', 'types', 'run', 'input-index', 'catalogue', 'prose', 'lint-words', 'national', 'insurers']);
    const files = readdirSync(join(root, 'src/rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).filter((f) => !helpers.has(f));
    expect(files.sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });

  for (const rule of rules) {
    const { id, summary, rationale, references, examples, severity } = rule.meta;
    it(`${id}: is documented, cited, exemplified and tested`, () => {
      expect(['error', 'warning']).toContain(severity);
      expect(summary.trim(), 'summary').not.toBe('');
      expect(summary, 'summary is one line ending in a full stop').toMatch(/^[^\n]+\.$/);
      expect(rationale.trim().length, 'rationale').toBeGreaterThan(80);
      expect(references.length, 'references').toBeGreaterThan(0);
      for (const ref of references) expect(ref, 'reference written as in cli.md').toMatch(reference);
      for (const [kind, fragment] of Object.entries(examples)) {
        expect(fragment.trim(), `examples.${kind}`).not.toBe('');
        const doc = parseDocument(fragment);
        expect(doc.errors.map((e) => e.message), `examples.${kind} is YAML`).toEqual([]);
        expect(typeof doc.toJS(), `examples.${kind} is a block of keys`).toBe('object');
      }
      const test = join(root, 'test/rules', `${id}.test.ts`);
      expect(existsSync(test), `test/rules/${id}.test.ts`).toBe(true);
      expect(read(`test/rules/${id}.test.ts`)).toContain(`describeRule('${id}'`);
    });
  }

  it('names only existing rules in the schema (x-gdpr-rule)', () => {
    const ids = [...schemaRuleIds(schema)];
    expect(ids.length, 'the schema names rules at all').toBeGreaterThan(5);
    for (const id of ids) expect(ruleById(id), `x-gdpr-rule: ${id}`).toBeDefined();
  });

  it('has every rule’s summary and rationale in Dutch and French, with the same code fragments', () => {
    const english = catalogue('en');
    for (const lang of ['nl', 'fr'] as const) {
      const entries = catalogue(lang);
      const docs = JSON.parse(read(`locales/rules/${lang}.json`)) as Record<string, { summary: string; rationale?: string }>;
      expect(Object.keys(docs).sort(), `locales/rules/${lang}.json`).toEqual(english.map((e) => e.id).sort());
      english.forEach((en, i) => {
        const here = entries[i]!;
        expect(here.id).toBe(en.id);
        expect(here.summary, `${lang} ${en.id}`).not.toBe(en.summary);
        expect(here.summary).toBe(docs[en.id]!.summary);
        // The file itself, not the catalogue (which falls back to the English).
        expect(docs[en.id]!.rationale === undefined, `${lang} ${en.id}: a rationale exactly where the English has one`).toBe(en.rationale === undefined);
        if (en.rationale !== undefined) expect(here.rationale, `${lang} ${en.id}`).not.toBe(en.rationale);
        // `keys` and `values` are the input format's own words: the same in every language.
        for (const code of `${en.summary} ${en.rationale ?? ''}`.match(/`[^`]+`/g) ?? []) expect(`${here.summary} ${here.rationale ?? ''}`, `${lang} ${en.id}`).toContain(code);
      });
    }
  });

  it('can explain every rule id a diagnostic can carry', () => {
    const known = new Set(catalogue().map((e) => e.id));
    const emitted = new Set<string>();
    // Rules report under their own meta id; everything else names its rule id in the call.
    for (const file of sourceFiles(join(root, 'src')).filter((f) => !f.includes(join('src', 'rules')))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\brule: '([a-z][a-z-]+)'|\b(?:at|base)\('([a-z][a-z-]+)'|'(syntax-error|duplicate-key)'/g)) emitted.add((m[1] ?? m[2] ?? m[3])!);
    }
    expect(emitted.size).toBeGreaterThan(10);
    for (const id of emitted) expect(known.has(id), `${id} is not in the catalogue (src/rules/catalogue.ts)`).toBe(true);
  });
});
