import type { Authority, Jurisdiction, LanguageUse, LegalForm, NationalRules } from './types.js';

interface Folder {
  jurisdiction: { id: string; adjective: string; languages: Record<string, { tag: string; citation: string }> };
  authority: { id: string; country: string; checked: string; locales: Record<string, unknown> };
  national: object;
  legalForms: { forms: Record<string, object> };
}

/**
 * One jurisdiction from the JSON files of its folder. The files are checked against these types
 * by test/jurisdictions.test.ts (every language, every style, the authority's own id), so that a
 * new folder that lacks something fails there rather than in a statement.
 */
export function defineJurisdiction(folder: Folder): Jurisdiction {
  const { jurisdiction, authority, national, legalForms } = folder;
  return {
    id: jurisdiction.id as Jurisdiction['id'],
    country: authority.country,
    adjective: jurisdiction.adjective,
    authority: authority as unknown as Authority,
    languages: jurisdiction.languages as unknown as Record<keyof Authority['locales'], LanguageUse>,
    national: national as unknown as NationalRules,
    legalForms: Object.entries(legalForms.forms).map(([id, form]) => ({ id, ...(form as Omit<LegalForm, 'id'>) })),
  };
}
