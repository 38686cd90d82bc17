import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import tiltExample from '../fixtures/tilt/tilt-example.json' with { type: 'json' };
import tiltSchema from '../fixtures/tilt/tilt-schema.json' with { type: 'json' };
import { examples, read } from '../helpers.js';
import { exampleInput, exampleNames, outputsOf, text } from './helpers.js';

// TILT's schema is draft-07 and uses patterns written for JavaScript without the `u` flag (`\:`),
// and `additionalItems` beside a single `items`, which ajv's strict mode refuses to ignore silently.
// CommonJS packages: their class and function are the default export's `default`.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(tiltSchema);

interface Tilt {
  meta: { version: number; versionId: string; language: string; name: string; url: string; _hash: string; created: string; modified: string };
  controller: { name: string; country: string };
  dataDisclosed: { category: string; purposes: { purpose: string }[]; legalBases: { reference: string }[]; storage: { temporal?: { ttl: string }[] }[] }[];
  thirdCountryTransfers: { country: string; standardDataProtectionClause: { available: boolean } }[];
  rightToComplain: { supervisoryAuthority: { name: string; country: string } };
}

describe('tilt output', () => {
  it('the vendored schema is the one TILT publishes, and accepts TILT’s own example', () => {
    expect(tiltSchema.$schema).toBe('http://json-schema.org/draft-07/schema');
    expect(read('test/fixtures/tilt/LICENSE')).toContain('MIT License');
    expect(validate(tiltExample), JSON.stringify(validate.errors)).toBe(true);
    // And refuses a document that lacks what it requires.
    expect(validate({ meta: {} })).toBe(false);
  });

  for (const name of exampleNames) {
    it(`${name}: one TILT document per locale, valid against the TILT schema`, async () => {
      const input = exampleInput(name);
      const outputs = await outputsOf(read(examples[name]), ['tilt']);
      expect(outputs.map((o) => o.fileName)).toEqual(input.statement.locales.map((l) => `${input.statement.id}.${l}.tilt.json`));
      for (const output of outputs) {
        const tilt = JSON.parse(text(output)) as Tilt;
        expect(validate(tilt), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
        expect(tilt.meta.language).toBe(output.locale);
        // TILT's version is an integer: the version id read as the hexadecimal number it is.
        expect(tilt.meta.versionId).toBe(output.version);
        expect(tilt.meta.version).toBe(parseInt(output.version, 16));
        expect(tilt.meta.modified).toBe(input.statement.lastAmended);
        expect(tilt.meta.url).toBe(`${input.statement.id}.${output.locale}.html`);
        expect(tilt.controller.country).toBe(input.controller.address.country);
        expect(tilt.dataDisclosed).toHaveLength(input.dataCategories.length);
        // Each category carries the legal bases of the purposes that use it.
        input.dataCategories.forEach((category, i) => {
          const users = input.purposes.filter((p) => p.dataCategories.includes(category.id));
          expect(tilt.dataDisclosed[i]!.purposes).toHaveLength(users.length);
          const refs = tilt.dataDisclosed[i]!.legalBases.map((b) => b.reference);
          const basis: Record<string, string> = { consent: 'GDPR-6-1-a', contract: 'GDPR-6-1-b', 'legal-obligation': 'GDPR-6-1-c', 'vital-interests': 'GDPR-6-1-d', 'public-task': 'GDPR-6-1-e', 'legitimate-interests': 'GDPR-6-1-f' };
          for (const p of users) expect(refs).toContain(basis[p.legalBasis]);
        });
        expect(tilt.rightToComplain.supervisoryAuthority.country).toBe(input.statement.authority === 'nl-ap' ? 'NL' : 'BE');
      }
    });
  }

  it('is in the language of the file', async () => {
    const outputs = await outputsOf(read(examples.kmo), ['tilt']);
    const fr = JSON.parse(text(outputs.find((o) => o.locale === 'fr')!)) as Tilt;
    const nl = JSON.parse(text(outputs.find((o) => o.locale === 'nl')!)) as Tilt;
    expect(fr.rightToComplain.supervisoryAuthority.name).toBe('Autorité de protection des données (APD)');
    expect(nl.rightToComplain.supervisoryAuthority.name).toBe('Gegevensbeschermingsautoriteit (GBA)');
    expect(fr.dataDisclosed[0]!.category).not.toBe(nl.dataDisclosed[0]!.category);
  });
});
