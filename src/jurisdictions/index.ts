import type { Locale } from '../model/input.generated.js';
import beGba from './be-gba/index.js';
import nlAp from './nl-ap/index.js';
import type { Jurisdiction, JurisdictionId, LanguageUse, LegalForm } from './types.js';

export type { Authority, AuthorityText, Gender, Jurisdiction, JurisdictionId, LanguageUse, LegalForm, LegalFormWords, NationalRules } from './types.js';

/**
 * Every jurisdiction, one folder each: its authority, national rules, legal forms, and how each
 * language is written under it. A new jurisdiction is one folder and one line here (and its id
 * in the schema's `statement.authority`, which test/jurisdictions.test.ts keeps equal to this list).
 */
export const jurisdictions: Readonly<Record<JurisdictionId, Jurisdiction>> = {
  'nl-ap': nlAp,
  'be-gba': beGba,
};

export function jurisdiction(id: JurisdictionId): Jurisdiction {
  return jurisdictions[id];
}

/** The jurisdiction of a country, if the compiler has one. */
export function jurisdictionOfCountry(country: string): Jurisdiction | undefined {
  return Object.values(jurisdictions).find((j) => j.country === country);
}

/** How a language is written under a jurisdiction: its tag (nl-BE) and citation style. */
export function languageUse(id: JurisdictionId, locale: Locale): LanguageUse {
  return jurisdictions[id].languages[locale];
}

/**
 * The legal forms a controller established in `country` may have: those of its country's
 * jurisdiction, or, for a country without one, those of the statement's jurisdiction.
 */
export function legalFormsFor(country: string, fallback: JurisdictionId): LegalForm[] {
  return (jurisdictionOfCountry(country) ?? jurisdictions[fallback]).legalForms;
}

/** Every legal form id of every jurisdiction: the values `controller.legalForm` may take. */
export function allLegalFormIds(): string[] {
  return [...new Set(Object.values(jurisdictions).flatMap((j) => j.legalForms.map((f) => f.id)))].sort();
}

/**
 * The controller's legal form: the one `controller.legalForm` names, among those of its
 * country, or else the one its legal name ends with ("… N.V.", "… SA"); undefined when neither
 * tells.
 */
export function legalFormOf(controller: { legalForm?: string; legalName?: string | Partial<Record<Locale, string>>; address: { country: string } }, fallback: JurisdictionId): LegalForm | undefined {
  const forms = legalFormsFor(controller.address.country, fallback);
  if (controller.legalForm !== undefined) return forms.find((f) => f.id === controller.legalForm);
  const names = controller.legalName === undefined ? [] : typeof controller.legalName === 'string' ? [controller.legalName] : Object.values(controller.legalName);
  for (const name of names) {
    const form = forms.find((f) => (f.spellings ?? []).some((spelling) => endsWithWord(name ?? '', spelling)));
    if (form) return form;
  }
  return undefined;
}

function endsWithWord(name: string, word: string): boolean {
  return name.endsWith(word) && /[\s,]$/.test(name.slice(0, name.length - word.length));
}
