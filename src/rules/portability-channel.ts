import { pointer } from '../load/pointer.js';
import { deriveRights } from '../model/rights.js';
import { defineRule } from './types.js';

/** R7. Which purposes give the right is derived (model/rights.ts); this checks it can be used. */
export default defineRule({
  meta: {
    id: 'portability-channel',
    severity: 'warning',
    references: ['GDPR Art. 20(1)', 'GDPR Art. 12(3)', 'GDPR Art. 13(2)(b)'],
    summary: 'Where data portability applies, people can ask for their data electronically.',
    rationale:
      'Processing on consent or on a contract gives the right to receive one\'s data in a structured, commonly used and machine-readable format and to have it sent to another controller (Art. 20(1)); processing for a task in the public interest does not (Art. 20(3)). The compiler derives when the right applies. A machine-readable file cannot usefully be requested and delivered by letter alone, and a request made electronically is to be answered electronically (Art. 12(3)): the rights channels should include an e-mail address or a web form.',
    examples: {
      good: 'purposes:\n  - id: contract\n    legalBasis: contract\nrights:\n  channels:\n    email: privacy@example.nl',
      bad: 'purposes:\n  - id: contract\n    legalBasis: contract\nrights:\n  channels:\n    address: { street: Postbus 1, postalCode: 3000 AA, city: Rotterdam, country: NL }',
    },
  },
  check(ctx) {
    const { channels } = ctx.input.rights;
    const portable = deriveRights(ctx.input).portability;
    if (channels.email || channels.contactForm || portable.length === 0) return;
    const purposes = portable.map((p) => `\`${p.id}\``);
    ctx.report({
      path: pointer('rights', 'channels'),
      at: 'key',
      message: ctx.message('rule.portability-channel.postal-only', { count: purposes.length, purposes: purposes.join(', ') }),
    });
  },
});
