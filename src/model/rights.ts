import { decisionHasArticle22Rights, decisionOnConsent } from './decisions.js';
import type { AutomatedDecision, Purpose, StatementSource } from './input.generated.js';

/**
 * The rights that apply, derived from the legal bases (gdpr-rules.md, section 2), never listed
 * by hand. Access, rectification, erasure, restriction and complaint always apply.
 */
export interface DerivedRights {
  /** R7: purposes on consent or contract (Art. 20(1)); public-task never brings it (Art. 20(3)). */
  portability: Purpose[];
  /**
   * R3: purposes on legitimate interests, open to objection on grounds of one's situation
   * (Art. 21(1)), which covers purposes on a task in the public interest (Art. 6(1)(e)) too.
   */
  objectionGeneral: Purpose[];
  /** R4: direct-marketing purposes, open to absolute objection (Art. 21(2)–(3)). */
  objectionMarketing: Purpose[];
  /** R6: purposes on consent, or on explicit consent under Art. 9(2)(a) (Art. 7(3)). */
  withdrawConsent: Purpose[];
  /**
   * R10: automated decisions are taken with the rights of Art. 22(3): on a contract or explicit
   * consent (Art. 22(2)(a), (c)), or without saying which exception; not when all are authorised by law.
   */
  automatedDecisions: boolean;
  /** Automated decisions on explicit consent (Art. 22(2)(c) or, for special data, Art. 9(2)(a)): consent can be withdrawn (Art. 7(3)). */
  decisionsOnConsent: AutomatedDecision[];
}

/** Whether a purpose rests on consent: under Art. 6(1)(a), or on explicit consent under Art. 9(2)(a). */
export function restsOnConsent(p: Purpose): boolean {
  return p.legalBasis === 'consent' || p.specialCategoryCondition === 'explicit-consent';
}

/** R10: automated decisions are taken, and described (Art. 13(2)(f), Art. 22). */
export function decisionsTaken(input: StatementSource): boolean {
  return input.automatedDecisionMaking.used && (input.automatedDecisionMaking.decisions?.length ?? 0) > 0;
}

export function deriveRights(input: StatementSource): DerivedRights {
  const { purposes } = input;
  return {
    // Art. 20(1)(a): consent under Art. 6(1)(a) or explicit consent under Art. 9(2)(a); or a contract.
    portability: purposes.filter((p) => restsOnConsent(p) || p.legalBasis === 'contract'),
    objectionGeneral: purposes.filter((p) => p.legalBasis === 'legitimate-interests' || p.legalBasis === 'public-task'),
    objectionMarketing: purposes.filter((p) => p.directMarketing === true),
    withdrawConsent: purposes.filter(restsOnConsent),
    automatedDecisions: decisionsTaken(input) && (input.automatedDecisionMaking.decisions ?? []).some(decisionHasArticle22Rights),
    decisionsOnConsent: decisionsTaken(input) ? (input.automatedDecisionMaking.decisions ?? []).filter(decisionOnConsent) : [],
  };
}

/** R5: the objection notice is its own section whenever R3 or R4 applies (Art. 21(4)). */
export function objectionApplies(rights: DerivedRights): boolean {
  return rights.objectionGeneral.length > 0 || rights.objectionMarketing.length > 0;
}
