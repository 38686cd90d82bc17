import { describe, expect, it } from 'vitest';
import schema from '../schemas/privacy-statement.schema.json' with { type: 'json' };
import { cite, citeTokens, hasCitationStyle, parseProvision } from '../src/jurisdictions/citation.js';
import { allLegalFormIds, jurisdictions, jurisdictionOfCountry, languageUse, legalFormOf, legalFormsFor } from '../src/jurisdictions/index.js';
import type { Locale } from '../src/model/input.generated.js';

const locales = schema.$defs.locale.enum as Locale[];

describe('the jurisdiction registry', () => {
  it('has exactly the authorities the schema offers in `statement.authority`', () => {
    expect(Object.keys(jurisdictions).sort()).toEqual([...schema.properties.statement.properties.authority.enum].sort());
  });

  for (const [id, j] of Object.entries(jurisdictions)) {
    describe(id, () => {
      it('is listed under its own id, with its authority', () => {
        expect(j.id).toBe(id);
        expect(j.authority.id).toBe(id);
        expect(j.country).toMatch(/^[A-Z]{2}$/);
        expect(j.authority.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(j.national.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });

      it('gives the authority, the national id and its legal forms in every language', () => {
        for (const locale of locales) {
          const a = j.authority.locales[locale];
          expect(a.name.length, `${id} ${locale} authority name`).toBeGreaterThan(0);
          expect(a.address.length).toBeGreaterThan(1);
          expect(a.website).toMatch(/^https:\/\//);
          expect(a.phone).toMatch(/\d/);
          expect(j.national.nationalId.words[locale], `${id} ${locale} national id`).toBeTruthy();
          if (j.national.doNotCallList) expect(j.national.doNotCallList.words[locale]).toBeTruthy();
          for (const form of j.legalForms) {
            expect(form.words[locale]?.name, `${id} ${form.id} ${locale}`).toBeTruthy();
            expect(['common', 'neuter', 'masculine', 'feminine']).toContain(form.words[locale]!.gender);
          }
        }
      });

      it('writes every language with a tag and a citation style that exists for it', () => {
        for (const locale of locales) {
          const use = languageUse(j.id, locale);
          expect(use.tag === locale || use.tag.startsWith(`${locale}-`), `${id}: ${use.tag} is a variant of ${locale}`).toBe(true);
          expect(hasCitationStyle(use.citation, locale), `${id}: ${use.citation} in ${locale}`).toBe(true);
        }
      });
    });
  }

  it('has exactly the legal forms the schema offers in `controller.legalForm`', () => {
    expect(allLegalFormIds()).toEqual([...schema.properties.controller.properties.legalForm.enum].sort());
  });

  it('recognises a legal form from the end of a legal name, in its country, when none is named', () => {
    const form = (legalName: string | Record<string, string>, country = 'NL', legalForm?: string) => legalFormOf({ legalName, address: { country }, ...(legalForm ? { legalForm } : {}) }, 'nl-ap')?.id;
    expect(form('Adviesbureau Voorbeeld B.V.')).toBe('bv');
    expect(form('Groep LB Republico VOF', 'BE')).toBe('vof');
    expect(form({ nl: 'KMO-verzekeringen NV', fr: 'KMO-assurances SA' }, 'BE')).toBe('nv');
    expect(form('AG Insurance SA/NV', 'BE')).toBe('nv');
    expect(form('Harmony')).toBeUndefined();
    // Only a whole word at the end: "HBV" is not a B.V.
    expect(form('Stichting HBV')).toBeUndefined();
    expect(form('Harmony', 'NL', 'owm')).toBe('owm');
  });

  it('gives one citation style to each language tag, whichever jurisdiction uses it', () => {
    const styleOf = new Map<string, string>();
    for (const j of Object.values(jurisdictions)) {
      for (const use of Object.values(j.languages)) {
        expect(styleOf.get(use.tag) ?? use.citation, use.tag).toBe(use.citation);
        styleOf.set(use.tag, use.citation);
      }
    }
  });

  it('writes Belgian Dutch and French as nl-BE and fr-BE, Dutch of the Netherlands as nl', () => {
    expect(languageUse('be-gba', 'nl').tag).toBe('nl-BE');
    expect(languageUse('be-gba', 'fr').tag).toBe('fr-BE');
    expect(languageUse('be-gba', 'en').tag).toBe('en');
    expect(languageUse('nl-ap', 'nl').tag).toBe('nl');
  });

  it('finds a jurisdiction by country, and the legal forms of a controller by its country', () => {
    expect(jurisdictionOfCountry('BE')?.id).toBe('be-gba');
    expect(jurisdictionOfCountry('NL')?.id).toBe('nl-ap');
    expect(jurisdictionOfCountry('LU')).toBeUndefined();
    const belgianNv = legalFormsFor('BE', 'nl-ap').find((f) => f.id === 'nv')!;
    expect([belgianNv.words.nl.abbreviation, belgianNv.words.fr.abbreviation]).toEqual(['NV', 'SA']);
    expect(legalFormsFor('NL', 'be-gba').find((f) => f.id === 'nv')!.words.fr.abbreviation).toBe('N.V.');
    // A controller in a country without a jurisdiction of its own: the statement's jurisdiction.
    expect(legalFormsFor('LU', 'be-gba')).toBe(jurisdictions['be-gba'].legalForms);
  });
});

describe('citations', () => {
  const b = parseProvision('GDPR 6(1)(b)')!;
  it('reads a provision: article, paragraph, point', () => {
    expect(b).toEqual({ instrument: 'GDPR', article: '6', paragraph: '1', point: 'b' });
    expect(parseProvision('GDPR 45')).toEqual({ instrument: 'GDPR', article: '45' });
    expect(parseProvision('GDPR 21(1)')).toEqual({ instrument: 'GDPR', article: '21', paragraph: '1' });
    expect(parseProvision('AVG 6')).toBeUndefined();
    expect(parseProvision('GDPR 6(1)(b) and more')).toBeUndefined();
  });

  it('writes each style as its readers do', () => {
    expect(cite(b, 'nl', 'nl-lid')).toBe('artikel 6 lid 1 onder b AVG');
    expect(cite(b, 'nl', 'be-dotted')).toBe('artikel 6.1.b) AVG');
    expect(cite(b, 'fr', 'be-dotted')).toBe('article 6.1.b) du RGPD');
    expect(cite(b, 'fr', 'be-paragraph')).toBe('article 6, § 1er, b), du RGPD');
    expect(cite(b, 'fr', 'eu')).toBe('article 6, paragraphe 1, point b), du RGPD');
    expect(cite(b, 'nl', 'eu')).toBe('artikel 6, lid 1, punt b), AVG');
    expect(cite(b, 'en', 'eu')).toBe('Article 6(1)(b) GDPR');
    const p = parseProvision('GDPR 22(3)')!;
    expect([cite(p, 'nl', 'nl-lid'), cite(p, 'nl', 'be-dotted'), cite(p, 'fr', 'eu'), cite(p, 'fr', 'be-dotted'), cite(p, 'en', 'eu')]).toEqual([
      'artikel 22 lid 3 AVG',
      'artikel 22.3 AVG',
      'article 22, paragraphe 3, du RGPD',
      'article 22.3 du RGPD',
      'Article 22(3) GDPR',
    ]);
    const a = parseProvision('GDPR 45')!;
    expect([cite(a, 'nl', 'nl-lid'), cite(a, 'nl', 'be-dotted'), cite(a, 'fr', 'eu'), cite(a, 'en', 'eu')]).toEqual(['artikel 45 AVG', 'artikel 45 AVG', 'article 45 du RGPD', 'Article 45 GDPR']);
  });

  it('replaces the tokens of a locale text, and refuses one that is not a provision', () => {
    expect(citeTokens('uw toestemming ([[GDPR 6(1)(a)]])', 'nl', 'be-dotted')).toBe('uw toestemming (artikel 6.1.a) AVG)');
    expect(() => citeTokens('see [[Article 6]]', 'en', 'eu')).toThrow(/not a citation/);
  });
});
