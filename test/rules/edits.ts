import { edit } from '../helpers.js';

/** Edits of the minimal fixture shared by the rule tests. */

const categoriesEnd = '    examples: { en: [name, address], nl: [naam, adres] }\n';

/** Adds a data category after `contact`, used by the `contract` purpose and kept 7 years. */
export function addCategory(t: string, id: string, extra = ''): string {
  let out = edit(t, categoriesEnd, `${categoriesEnd}  - id: ${id}\n    name: { en: ${id} data, nl: ${id}gegevens }\n${extra}`);
  out = edit(out, 'dataCategories: [contact]\n    recipients', `dataCategories: [contact, ${id}]\n    recipients`);
  return edit(out, '    dataCategories: [contact]\n    period', `    dataCategories: [contact, ${id}]\n    period`);
}

/** Adds lines to the `contract` purpose, after its legal basis. */
export function purposeLines(t: string, lines: string): string {
  return edit(t, '    legalBasis: contract\n', `    legalBasis: contract\n${lines}`);
}

export function withBasis(t: string, basis: string, lines = ''): string {
  return edit(t, '    legalBasis: contract\n', `    legalBasis: ${basis}\n${lines}`);
}

/** Replaces the rights channels by a postal address only. */
export function postalOnly(t: string): string {
  return edit(t, 'rights:\n  channels:\n    email: privacy@example.nl\n', 'rights:\n  channels:\n    address: { street: Postbus 1, postalCode: 3000 AA, city: Rotterdam, country: NL }\n');
}

export function belgian(t: string): string {
  return edit(edit(t, 'authority: nl-ap', 'authority: be-gba'), 'city: Rotterdam, country: NL }\n  email: privacy@example.nl\nprivacyContact', 'city: Brussel, country: BE }\n  email: privacy@example.nl\nprivacyContact');
}

/** Adds lines to the `printer` recipient, after its role. */
export function recipientLines(t: string, lines: string): string {
  return edit(t, '    role: processor\n', `    role: processor\n${lines}`);
}

export const text = (en: string, nl: string) => `{ en: "${en}", nl: "${nl}" }`;
