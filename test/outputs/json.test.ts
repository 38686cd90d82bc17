import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/privacy-statement-output.schema.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { resolveStatement } from '../../src/model/statement.js';
import { renderDocument } from '../../src/render/document.js';
import { summaryWordLimit, wordCount } from '../../src/writers/notices.js';
import { activeContent } from '../hardening/inert.js';
import { examples, read } from '../helpers.js';
import { exampleInput, exampleNames, outputsOf, text } from './helpers.js';

// CommonJS packages: their class and function are the default export's `default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

interface JsonOutput {
  statementId: string;
  locale: string;
  version: string;
  sections: { id: string; title: string; markdown: string; html: string }[];
  purposes: { id: string; name: string; legalBasis: string; dataCategories: string[]; recipients: string[]; retention: string; link: string }[];
  notices: { summary: { markdown: string; html: string; words: number }; purposes: Record<string, { markdown: string; html: string; required: boolean; link: string }> };
  [key: string]: unknown;
}

/** Every subschema below the root: properties, items, additionalProperties and definitions. */
function fields(node: Record<string, unknown>, path = '#'): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  const visit = (child: unknown, at: string) => {
    if (child && typeof child === 'object' && !Array.isArray(child)) {
      out.push([at, child as Record<string, unknown>]);
      out.push(...fields(child as Record<string, unknown>, at));
    }
  };
  for (const [key, value] of Object.entries((node.properties as object) ?? {})) visit(value, `${path}/properties/${key}`);
  for (const [key, value] of Object.entries((node.$defs as object) ?? {})) visit(value, `${path}/$defs/${key}`);
  visit(node.items, `${path}/items`);
  if (typeof node.additionalProperties === 'object') visit(node.additionalProperties, `${path}/additionalProperties`);
  return out;
}

describe('the JSON output schema', () => {
  it('is JSON Schema 2020-12 with a description on every field, and published with the package', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const all = fields(schema as Record<string, unknown>);
    expect(all.length).toBeGreaterThan(60);
    for (const [at, field] of all) expect(typeof field.description === 'string' && (field.description as string).length > 10, `${at} has a description`).toBe(true);
    expect(pkg.files).toContain('schemas');
  });
});

describe('json output', () => {
  for (const name of exampleNames) {
    it(`${name}: one file per locale, valid against the schema, with the statement's sections and purposes`, async () => {
      const input = exampleInput(name);
      const outputs = await outputsOf(read(examples[name]), ['json']);
      expect(outputs.map((o) => o.fileName)).toEqual(input.statement.locales.map((l) => `${input.statement.id}.${l}.json`));
      const model = resolveStatement(input);
      for (const output of outputs) {
        const json = JSON.parse(text(output)) as JsonOutput;
        expect(validate(json), JSON.stringify(validate.errors, null, 1)).toBe(true);
        expect(json.statementId).toBe(input.statement.id);
        expect(json.locale).toBe(output.locale);
        expect(json.version).toBe(output.version);
        expect(json.version).toBe(model.version);
        // The sections of the full statement, in order, with their anchors.
        const doc = renderDocument(model, output.locale);
        expect(json.sections.map((s) => [s.id, s.title])).toEqual(doc.outline.map((s) => [s.id, s.title]));
        const purposes = json.sections.find((s) => s.id === 'purposes')!;
        expect(purposes.html).toContain(`<h3 id="purpose-${input.purposes[0]!.id}">`);
        expect(purposes.markdown).toContain(`{#purpose-${input.purposes[0]!.id}}`);
        expect(json.purposes.map((p) => [p.id, p.legalBasis, p.dataCategories, p.recipients ?? []])).toEqual(input.purposes.map((p) => [p.id, p.legalBasis, p.dataCategories, p.recipients ?? []]));
        // The notices: a short first layer, one notice per purpose linking to its part of the statement.
        const summary = json.notices.summary;
        // However the words are counted: letters and digits, or anything between spaces, in the Markdown or the HTML.
        expect(summary.words).toBeLessThanOrEqual(summaryWordLimit);
        expect(wordCount(summary.markdown.replace(/\]\([^)]*\)/g, ']'))).toBeLessThanOrEqual(summaryWordLimit);
        expect(summary.markdown.split(/\s+/).length).toBeLessThanOrEqual(summaryWordLimit);
        expect(summary.html.split(/\s+/).length).toBeLessThanOrEqual(summaryWordLimit);
        expect(summary.markdown).toContain(input.controller.name);
        expect(summary.html).toContain(`<a href="${input.statement.id}.${output.locale}.html">`);
        expect(Object.keys(json.notices.purposes)).toEqual(input.purposes.map((p) => p.id));
        for (const p of input.purposes) {
          const notice = json.notices.purposes[p.id]!;
          expect(notice.link).toBe(`#purpose-${p.id}`);
          expect(notice.markdown).toContain(`#purpose-${p.id})`);
          expect(notice.html).toContain(`#purpose-${p.id}"`);
        }
      }
    });
  }

  it('says in each language what a lawyer would: basis, whether the data are required, retention, withdrawal', async () => {
    const outputs = await outputsOf(read(examples.harmony), ['json']);
    const byLocale = Object.fromEntries(outputs.map((o) => [o.locale, JSON.parse(text(o)) as JsonOutput]));
    const nl = byLocale.nl!.notices;
    expect(nl.summary.markdown).toMatch(/^Harmony is verantwoordelijk voor de verwerking van uw persoonsgegevens\./);
    expect(nl.summary.markdown).toContain('U kunt ook een klacht indienen bij [de Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl)');
    expect(nl.purposes.contract!.markdown).toContain('Wij doen dat op grond van de uitvoering van de overeenkomst met u');
    expect(nl.purposes.contract!.markdown).toContain('(artikel 6 lid 1 onder b AVG)');
    expect(nl.purposes.contract!.required).toBe(true);
    expect(nl.purposes.contract!.markdown).toContain('Wij bewaren deze gegevens: ');
    expect(nl.purposes.contract!.markdown).toContain('zeven jaar, te rekenen vanaf het einde van de verzekeringsovereenkomst');
    const consent = exampleInput('harmony').purposes.find((p) => p.legalBasis === 'consent')!;
    expect(nl.purposes[consent.id]!.markdown).toContain('U kunt uw toestemming altijd intrekken.');
    expect(nl.purposes[consent.id]!.required).toBe(false);
    const fr = byLocale.fr!.notices;
    expect(fr.summary.markdown).toMatch(/^Harmony est responsable du traitement de vos données personnelles\./);
    expect(fr.purposes.contract!.markdown).toContain('Ce traitement repose sur l’exécution d’un contrat auquel vous êtes partie');
    expect(fr.purposes[consent.id]!.markdown).toContain('Vous pouvez retirer votre consentement à tout moment');
    const en = byLocale.en!.notices;
    expect(en.summary.markdown).toMatch(/^Harmony is the controller responsible for your personal data\./);
    expect(en.purposes.contract!.markdown).toContain('(Article 6(1)(b) GDPR)');
  });

  it('keeps the first layer within about 150 words however many purposes there are', async () => {
    const doc = parseDocument(read(examples.harmony));
    const input = doc.toJS() as ReturnType<typeof exampleInput>;
    const many = Array.from({ length: 40 }, (_, i) => ({ ...input.purposes[i % input.purposes.length]!, id: `purpose-${i + 1}`, name: { nl: `Een lang omschreven doel van verwerking nummer ${i + 1}`, fr: `Une finalité longuement décrite numéro ${i + 1}`, en: `A purpose described at some length, number ${i + 1}` } }));
    const outputs = await outputsOf({ ...input, purposes: many, retention: input.retention.map((r) => ({ ...r, purposes: undefined })) }, ['json']);
    for (const output of outputs) {
      const summary = (JSON.parse(text(output)) as JsonOutput).notices.summary;
      expect(summary.words).toBeLessThanOrEqual(summaryWordLimit);
      expect(summary.html.split(/\s+/).length).toBeLessThanOrEqual(summaryWordLimit);
      expect(summary.words).toBeGreaterThan(60);
      expect(summary.markdown).toMatch(/(en nog|et|and) \d+ (andere doelen|autres finalités|other purposes)/);
    }
  });

  it('shows names and the input’s prose in the notices as inert text', async () => {
    const doc = parseDocument(read('test/fixtures/minimal.yaml'));
    const input = doc.toJS() as ReturnType<typeof exampleInput>;
    const payload = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** <script>alert(2)</script>';
    const purpose = { ...input.purposes[0]!, name: { en: payload, nl: payload }, legalBasis: 'legitimate-interests' as const, legitimateInterest: { en: 'Our *interest*: [see](https://example.nl).', nl: 'Ons belang.' } };
    const outputs = await outputsOf({ ...input, controller: { ...input.controller, name: 'Smit & <Zn> [x](javascript:y)' }, purposes: [purpose] }, ['json']);
    for (const output of outputs) {
      const json = JSON.parse(text(output)) as JsonOutput;
      for (const notice of [json.notices.summary, ...Object.values(json.notices.purposes)]) {
        // Nothing active, by a real HTML parser; links to the statement's own page are the notices' own.
        expect(activeContent(notice.html).filter((p) => !/^link to minimal\.(en|nl)\.html(#purpose-contract)?$/.test(p))).toEqual([]);
        expect(notice.html).not.toContain('<strong>');
        expect(notice.html).toContain('Smit &#x26; &#x3C;Zn>');
      }
      expect(json.notices.purposes.contract!.html).toContain('&#x3C;img src=x onerror=alert(1)>');
    }
    expect((JSON.parse(text(outputs[0]!)) as JsonOutput).notices.purposes.contract!.markdown).toContain('Our legitimate interest: our interest: see.');
  });
});
