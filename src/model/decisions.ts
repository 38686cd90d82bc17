import type { AutomatedDecision, DataCategory, Purpose, StatementSource } from './input.generated.js';

type CategoriesOf = (purpose: Purpose) => DataCategory[];

/**
 * Whether an automated decision uses special categories of data (Art. 9(1)), so that Art. 22(4)
 * applies: as `specialCategories` says, or else whether a purpose it serves uses them.
 */
export function usesSpecialCategories(decision: AutomatedDecision, input: StatementSource, categoriesOf: CategoriesOf): boolean {
  if (decision.specialCategories !== undefined) return decision.specialCategories;
  return specialPurposesOf(decision, input, categoriesOf).length > 0;
}

/** The purposes a decision serves that use special categories of data. */
export function specialPurposesOf(decision: AutomatedDecision, input: StatementSource, categoriesOf: CategoriesOf): Purpose[] {
  const ids = new Set(decision.purposes ?? []);
  return input.purposes.filter((p) => ids.has(p.id) && categoriesOf(p).some((c) => c.kind === 'special'));
}

/** Whether a decision rests on the person's explicit consent: under Art. 22(2)(c), or for its special data under Art. 9(2)(a). */
export function decisionOnConsent(decision: AutomatedDecision): boolean {
  return decision.exception === 'explicit-consent' || decision.specialCategoryCondition === 'explicit-consent';
}

/**
 * Whether the rights of Art. 22(3) (human intervention, one's own view, contest) come with a
 * decision: for the exceptions of Art. 22(2)(a) and (c). A decision authorised by law (22(2)(b))
 * has the safeguards that law lays down instead. A decision that does not say is taken to have them.
 */
export function decisionHasArticle22Rights(decision: AutomatedDecision): boolean {
  return decision.exception !== 'law';
}
