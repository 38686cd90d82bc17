import { defineRule } from './types.js';

/**
 * R1. Enforced by the schema, whose errors on `purposes[].legalBasis`, `description` and the
 * list itself are reported under this rule (see `x-gdpr-rule` in the schema): one basis per
 * purpose, from the closed list of Art. 6(1).
 */
export default defineRule({
  meta: {
    id: 'purpose-legal-basis',
    severity: 'error',
    references: ['GDPR Art. 13(1)(c)', 'GDPR Art. 6(1)'],
    summary: 'Every purpose is described and has exactly one legal basis of Art. 6(1).',
    rationale:
      'Art. 13(1)(c) requires the purposes of the processing together with the legal basis for each. Listing purposes in one place and legal bases in another — so that the reader cannot tell which basis covers which purpose — is the classic transparency failure; the Belgian authority fined an insurer for it (GBA decision 24/2020). A purpose that needs two bases is really two purposes, and must be written as two.',
    examples: {
      good: 'purposes:\n  - id: newsletter\n    legalBasis: consent\n  - id: customer-mailings\n    legalBasis: legitimate-interests',
      bad: 'purposes:\n  - id: mailings\n    legalBasis: [consent, legitimate-interests]',
    },
  },
  check() {
    // Everything this rule requires is expressed in the schema.
  },
});
