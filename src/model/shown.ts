import { isEea } from '../data/countries.js';
import { segments, valueAt } from '../load/pointer.js';
import { usesSpecialCategories } from './decisions.js';
import type { AutomatedDecision, DataCategory, Purpose, Recipient, StatementSource } from './input.generated.js';
import { decisionsTaken, restsOnConsent } from './rights.js';

/**
 * Which of the input's optional texts a statement shows. The renderer shows exactly these,
 * `translation-missing` asks translations for exactly these, and the rules that warn about a
 * text given in vain use the same tests: one place, so that the three never disagree.
 */

/** The countries of a recipient as a list; none means within the EEA. */
export function countriesOf(country: string | string[] | undefined): string[] {
  return country === undefined ? [] : typeof country === 'string' ? [country] : country;
}

type CategoriesOf = (purpose: Purpose) => DataCategory[];

export const purposeTextShown = {
  legitimateInterest: (p: Purpose) => p.legalBasis === 'legitimate-interests',
  legalObligation: (p: Purpose) => p.legalBasis === 'legal-obligation' || p.legalBasis === 'public-task',
  consentWithdrawal: restsOnConsent,
  specialCategoryLaw: (p: Purpose, categoriesOf: CategoriesOf) => p.specialCategoryCondition !== undefined && categoriesOf(p).some((c) => c.kind === 'special'),
  criminalDataBasis: (p: Purpose, categoriesOf: CategoriesOf) => categoriesOf(p).some((c) => c.kind === 'criminal'),
  nationalIdBasis: (p: Purpose, categoriesOf: CategoriesOf) => categoriesOf(p).some((c) => c.kind === 'national-id'),
} as const;

export const categoryTextShown = {
  sourceDescription: (c: DataCategory) => (c.source ?? 'data-subject') !== 'data-subject',
} as const;

export const recipientTextShown = {
  arrangement: (r: Recipient) => r.role === 'joint-controller',
  /** The safeguard of a transfer is shown when the recipient is outside the EEA. */
  transfer: (r: Recipient) => countriesOf(r.country).some((c) => !isEea(c)),
} as const;

/** Automated decisions are described only when they are taken. */
export const decisionsShown = decisionsTaken;

/** The texts of a decision that is taken: some only with the exception or the special data they belong to. */
export const decisionTextShown = {
  law: (d: AutomatedDecision) => d.exception === 'law',
  specialCategoryLaw: (d: AutomatedDecision, input: StatementSource, categoriesOf: CategoriesOf) =>
    d.specialCategoryCondition === 'substantial-public-interest' && usesSpecialCategories(d, input, categoriesOf),
  safeguards: (d: AutomatedDecision, input: StatementSource, categoriesOf: CategoriesOf) => usesSpecialCategories(d, input, categoriesOf),
} as const;

function own<T extends object>(table: T, key: string): T[keyof T] | undefined {
  return Object.hasOwn(table, key) ? (table[key as keyof T] as T[keyof T]) : undefined;
}

/** Whether the text at a JSON Pointer of a (schema-valid) input appears in the statement. */
export function isShown(input: StatementSource, ptr: string, categoriesOf: CategoriesOf): boolean {
  const [list, index, key] = segments(ptr);
  if (list === 'automatedDecisionMaking' && index === 'decisions') {
    if (!decisionsShown(input)) return false;
    const [, , at, field] = segments(ptr);
    if (at === undefined || field === undefined) return true;
    const test = own(decisionTextShown, field);
    const decision = valueAt(input, `/automatedDecisionMaking/decisions/${at}`) as AutomatedDecision;
    return test ? test(decision, input, categoriesOf) : true;
  }
  if (index === undefined || key === undefined) return true;
  const item = valueAt(input, `/${list}/${index}`);
  if (list === 'purposes') {
    const test = own(purposeTextShown, key);
    return test ? test(item as Purpose, categoriesOf) : true;
  }
  if (list === 'dataCategories') {
    const test = own(categoryTextShown, key);
    return test ? test(item as DataCategory) : true;
  }
  if (list === 'recipients') {
    const test = own(recipientTextShown, key);
    return test ? test(item as Recipient) : true;
  }
  return true;
}
