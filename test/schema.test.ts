import { describe, expect, it } from 'vitest';
import { analyze } from '../src/compile.js';
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

describe('schema errors in Dutch and French', () => {
  const inLang = (text: string, lang: 'nl' | 'fr') => analyze(text, { file: 'statement.yaml', lang }).diagnostics;
  /** The words of an English message, which a Dutch or French one must not hold (code in backquotes aside). */
  const english = /\b(?:the|has no|must be|is not|which|Did you mean|Unknown key|add|remove|should)\b/;
  const prose = (message: string) => message.replace(/`[^`]*`/g, '');

  it('name a missing key and what to add, with the same rule, place and messageId as in English', () => {
    const text = minimal().replace(/^controller:[\s\S]*?(?=^privacyContact:)/m, '');
    const en = only(diagnosticsOf(text), 'controller-identity');
    const [nl, fr] = (['nl', 'fr'] as const).map((lang) => only(inLang(text, lang), 'controller-identity'));
    expect(en.message).toBe('The file has no `controller`: add who is responsible for the processing: identity and contact details of the controller (Art. 13(1)(a) GDPR).');
    expect(nl!.message).toBe('Het bestand bevat geen `controller`: voeg de identiteit en de contactgegevens van de verwerkingsverantwoordelijke (artikel 13, lid 1, onder a, AVG) toe.');
    expect(fr!.message).toBe("Le fichier ne contient pas `controller` : ajoutez l'identité et les coordonnées du responsable du traitement (article 13, paragraphe 1, point a), du RGPD).");
    for (const d of [nl!, fr!]) {
      expect(d).toMatchObject({ rule: en.rule, line: en.line, column: en.column, path: en.path, severity: en.severity, messageId: 'schema.missing-about' });
      expect(prose(d.message)).not.toMatch(english);
    }
  });

  it('name a missing key of an item, and where the item is', () => {
    const text = edit(minimal(), '    legalBasis: contract\n', '');
    expect(only(inLang(text, 'nl'), 'purpose-legal-basis').message).toMatch(/^Verwerkingsdoeleinde `contract` bevat geen `legalBasis`: voeg de ene rechtsgrond van artikel 6, lid 1, AVG: .* toe\.$/);
    expect(only(inLang(text, 'fr'), 'purpose-legal-basis').message).toMatch(/^Finalité `contract` ne contient pas `legalBasis` : ajoutez la base juridique unique de l'article 6, paragraphe 1, du RGPD : .*\.$/);
  });

  it('suggest the key meant, in the language asked for', () => {
    const text = edit(minimal(), '  email: privacy@example.nl\nprivacyContact', '  emial: privacy@example.nl\nprivacyContact');
    expect(only(inLang(text, 'nl'), 'unknown-key')).toMatchObject({ message: 'Onbekende sleutel `emial` in `controller`. Bedoelde u `email`?', messageId: 'schema.unknown-key', line: lineOf(text, 'emial') });
    expect(only(inLang(text, 'fr'), 'unknown-key')).toMatchObject({ message: 'Clé inconnue `emial` dans `controller`. Vouliez-vous dire `email` ?', messageId: 'schema.unknown-key', line: lineOf(text, 'emial') });
    const required = edit(minimal(), 'controller:', 'controler:');
    expect(only(inLang(required, 'fr'), 'controller-identity').message).toBe('Clé inconnue `controler` au premier niveau du fichier. Vouliez-vous dire `controller` ? Les clés doivent être orthographiées exactement, et `controller` est obligatoire.');
  });

  it('explain a wrong value, a wrong date and a YAML 1.1 habit', () => {
    const role = edit(minimal(), 'role: processor', 'role: verwerker');
    expect(only(inLang(role, 'nl'), 'recipients-declared').message).toBe('`role` van ontvanger `printer` is `verwerker`; dat is hier niet toegestaan. `processor` (verwerker, verwerkt in onze opdracht), `controller` (zelfstandige verwerkingsverantwoordelijke), `joint-controller` (gezamenlijke verwerkingsverantwoordelijke, artikel 26 AVG) of `public-authority` (overheidsinstantie).');
    const date = edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: 2024-13-05');
    expect(only(inLang(date, 'fr'), 'invalid-format')).toMatchObject({ messageId: 'schema.date.no-such-day', message: "`statement.lastAmended` est `2024-13-05`, un jour qui n'existe pas ; vérifiez le mois (01 à 12) et le jour du mois (YYYY-MM-DD : année-mois-jour)." });
    const timed = edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: 2024-01-31 10:00');
    expect(only(inLang(timed, 'nl'), 'invalid-format').message).toBe('`statement.lastAmended` is `2024-01-31 10:00`, een datum met een tijdstip; een datum is hier alleen de dag, geschreven als YYYY-MM-DD: `2024-01-31`.');
    const no = edit(minimal(), 'used: false', 'used: no');
    expect(only(inLang(no, 'fr'), 'automated-decisions').message).toBe('`automatedDecisionMaking.used` doit valoir `true` ou `false`, et non le mot `no` (un fichier source lit `yes`, `no`, `on` et `off` comme des mots). Écrivez `false`.');
    const zero = edit(minimal(), 'postalCode: 3012 AA', 'postalCode: 0123');
    expect(only(inLang(zero, 'nl'), 'wrong-type').message).toBe('`controller.address.postalCode` is geschreven als `0123` zonder aanhalingstekens; YAML leest dat als het getal 123: de voorloopnul gaat verloren. Zet het tussen aanhalingstekens: `"0123"`.');
  });

  it('count in the plural forms of the language', () => {
    const text = edit(minimal(), 'dataCategories: [contact]\n    recipients', 'dataCategories: []\n    recipients');
    expect(only(inLang(text, 'fr'), 'invalid-size').message).toBe('`dataCategories` (finalité `contract`) est une liste vide ; il faut au moins 1 élément.');
    expect(only(inLang(text, 'nl'), 'invalid-size').message).toBe('`dataCategories` van verwerkingsdoeleinde `contract` is een lege lijst; er is ten minste 1 element nodig.');
  });
});
