import { describe, expect, it } from 'vitest';
import { diagnosticsOf, edit, lineOf, minimal, only } from './helpers.js';

describe('schema errors a lawyer can act on', () => {
  it('names an unknown key, suggests the right one, and points at it', () => {
    const text = edit(minimal(), '  email: privacy@example.nl\nprivacyContact', '  emial: privacy@example.nl\nprivacyContact');
    const d = only(diagnosticsOf(text), 'unknown-key');
    expect(d.message).toBe('Unknown key `emial` in `controller`. Did you mean `email`?');
    expect(d).toMatchObject({ line: lineOf(text, 'emial'), column: 3, path: '/controller/emial', references: [] });
  });

  it('lists the allowed keys when nothing is close', () => {
    const text = edit(minimal(), '  email: privacy@example.nl\nprivacyContact', '  email: privacy@example.nl\n  favouriteColour: blue\nprivacyContact');
    const d = only(diagnosticsOf(text), 'unknown-key');
    expect(d.message).toContain('The keys allowed here are: `name`, `legalName`');
  });

  it('reports an unsupported language in a text', () => {
    const text = edit(minimal(), '{ en: Contact details, nl: Contactgegevens }', '{ en: Contact details, nl: Contactgegevens, de: Kontaktdaten }');
    const d = only(diagnosticsOf(text), 'unknown-key');
    expect(d.message).toContain('`de` in `name` of data category `contact` is not a language of this compiler');
    expect(d.line).toBe(lineOf(text, 'de: Kontaktdaten'));
  });

  it('explains an invalid value with the allowed ones and a suggestion', () => {
    const text = edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct');
    const d = only(diagnosticsOf(text), 'purpose-legal-basis');
    expect(d.message).toContain('`legalBasis` of purpose `contract` is `contrct`, which is not one of `consent`, `contract`');
    expect(d.message).toContain('Did you mean `contract`?');
    expect(d.references).toEqual(['GDPR Art. 13(1)(c)', 'GDPR Art. 6(1)']);
    expect(d).toMatchObject({ line: lineOf(text, 'contrct'), column: 17, path: '/purposes/0/legalBasis' });
  });

  it('says what the allowed values mean when no value is close, from the input format', () => {
    const text = edit(minimal(), 'role: processor', 'role: verwerker');
    const d = only(diagnosticsOf(text), 'recipients-declared');
    expect(d.message).toContain(
      'is `verwerker`, which is not allowed here. `processor` (processes on our behalf), `controller` (independent controller), `joint-controller` (Art. 26 GDPR) or `public-authority`.',
    );
    expect(d).toMatchObject({ line: lineOf(text, 'role: verwerker') });
  });

  it('says a purpose has one legal basis when several are listed', () => {
    const text = edit(minimal(), 'legalBasis: contract', 'legalBasis: [contract, consent]');
    const d = only(diagnosticsOf(text), 'purpose-legal-basis');
    expect(d.message).toContain('lists 2 legal bases. A purpose has exactly one legal basis');
  });

  it('reports a missing required field at the object that lacks it', () => {
    const text = edit(minimal(), '  name: Example Verzekeringen\n', '');
    const d = only(diagnosticsOf(text), 'controller-identity');
    expect(d.message).toMatch(/^`controller` has no `name`: add the name people know the controller by/);
    expect(d).toMatchObject({ line: lineOf(text, 'controller:'), column: 1, path: '/controller', references: ['GDPR Art. 13(1)(a)', 'GDPR Art. 14(1)(a)'] });
  });

  it('reports a missing field without GDPR tag as missing-field', () => {
    const text = edit(minimal(), '  - id: contact\n    dataCategories: [contact]\n    period: P7Y\n', '  - dataCategories: [contact]\n    period: P7Y\n');
    const d = only(diagnosticsOf(text), 'missing-field');
    expect(d.message).toContain('Retention rule 1 has no `id`');
  });

  it('explains formats: durations, dates, e-mail, country codes', () => {
    const cases: [string, string, string][] = [
      ['period: P7Y', 'period: 7 years', 'an ISO 8601 period such as `P180D`'],
      ['lastAmended: 2024-01-31', 'lastAmended: 31-01-2024', 'a date written as YYYY-MM-DD'],
      ['  email: privacy@example.nl\nprivacyContact', '  email: privacy(at)example.nl\nprivacyContact', 'an e-mail address, such as'],
      ['country: NL }', 'country: Netherlands }', 'a two-letter ISO country code'],
    ];
    for (const [from, to, expected] of cases) {
      const text = edit(minimal(), from, to);
      const diagnostics = diagnosticsOf(text);
      expect(diagnostics, to).toHaveLength(1);
      expect(diagnostics[0]!.message, to).toContain(expected);
      expect(diagnostics[0]!.line, to).toBe(lineOf(text, to.split('\n')[0]!.trim()));
    }
  });

  it('says that a date in the right form does not exist', () => {
    for (const date of ['2024-13-01', '2024-00-10', '2024-01-32']) {
      const text = edit(minimal(), 'lastAmended: 2024-01-31', `lastAmended: ${date}`);
      const d = only(diagnosticsOf(text), 'invalid-format');
      expect(d.message, date).toBe(`\`statement.lastAmended\` is \`${date}\`, a day that does not exist; check the month (01 to 12) and the day of the month (YYYY-MM-DD).`);
      expect(d.line).toBe(lineOf(text, `lastAmended: ${date}`));
    }
  });

  it('asks for quotes when a number is given where text is expected', () => {
    const text = edit(minimal(), 'postalCode: 3012 AA', 'postalCode: 3300');
    const d = only(diagnosticsOf(text), 'wrong-type');
    expect(d.message).toContain('must be text; put it in quotes, such as `"3300"`');
  });

  it('rejects yes/no where true/false is meant', () => {
    const text = edit(minimal(), 'used: false', 'used: no');
    const d = only(diagnosticsOf(text), 'automated-decisions');
    expect(d.message).toBe('`automatedDecisionMaking.used` must be `true` or `false`, not the word `no` (a statement source reads `yes`, `no`, `on` and `off` as words). Write `false`.');
  });

  it('says what an empty file is', () => {
    const d = only(diagnosticsOf(''), 'empty-file');
    expect(d.message).toContain('The file is empty');
  });
});

describe('common YAML slips', () => {
  it('explains a comma that splits a text in a { … } map', () => {
    const text = edit(minimal(), '{ en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }', '{ en: Prints, and sends our letters., nl: Drukt en verstuurt onze brieven. }');
    const d = only(diagnosticsOf(text), 'unknown-key');
    expect(d.message).toBe('`and sends our letters.` is read as a key of `description` of recipient `printer`, probably because a comma inside `{ … }` ends the text before it. Put texts that contain a comma or a colon in quotes, or write each language on its own line.');
  });
});

describe('messages for missing fields', () => {
  it('are whole sentences, whatever field is missing', async () => {
    const { rootSchema, resolve } = await import('../src/validate/schema-index.js');
    const { parse, stringify } = await import('yaml');
    const base = parse(minimal()) as Record<string, unknown>;
    const required = (resolve(rootSchema)!.required as string[]).filter((k) => k !== 'format');
    expect(required).toEqual(expect.arrayContaining(['statement', 'controller', 'purposes']));
    for (const key of required) {
      const copy = { ...base };
      delete copy[key];
      const d = diagnosticsOf(stringify(copy)).find((x) => x.path === '');
      expect(d, key).toBeDefined();
      const open = (d!.message.match(/\(/g) ?? []).length;
      const close = (d!.message.match(/\)/g) ?? []).length;
      expect(open, d!.message).toBe(close);
      expect(d!.message, key).toMatch(/[.)`]\.?$/);
      expect(d!.message, key).not.toMatch(/ Art\.$/);
    }
  });
});

describe('a misspelt required key', () => {
  it('is one diagnostic at the key, under the rule of the missing field', () => {
    const text = edit(minimal(), 'legalBasis: contract', 'legalbasis: contract');
    const diagnostics = diagnosticsOf(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      rule: 'purpose-legal-basis',
      line: lineOf(text, 'legalbasis'),
      column: 5,
      path: '/purposes/0/legalbasis',
      message: 'Unknown key `legalbasis` in purpose `contract`. Did you mean `legalBasis`? Keys must be spelt exactly, and `legalBasis` is required.',
    });
  });
});
