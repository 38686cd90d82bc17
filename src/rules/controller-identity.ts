import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'controller-identity',
    severity: 'error',
    references: ['GDPR Art. 13(1)(a)', 'GDPR Art. 14(1)(a)'],
    summary: 'The controller is named, has an address, and can be reached by e-mail, phone or a contact form.',
    rationale:
      'The first thing Arts. 13(1)(a) and 14(1)(a) require is the identity and the contact details of the controller: who is responsible, where it is established, and how a person can reach it without having to search. A postal address alone is not enough in practice; WP260 expects different channels, such as a telephone number, an e-mail address or a contact form.',
    examples: {
      good: 'controller:\n  name: Harmony\n  address: { street: Postbus 21460, postalCode: 3001 AL, city: Rotterdam, country: NL }\n  email: privacy@harmony.nl',
      bad: 'controller:\n  name: Harmony\n  address: { street: Postbus 21460, postalCode: 3001 AL, city: Rotterdam, country: NL }\n  # no email, phone or contactForm',
    },
  },
  check(ctx) {
    const c = ctx.input.controller;
    if (!c.email && !c.phone && !c.contactForm) {
      ctx.report({
        path: pointer('controller'),
        at: 'key',
        message: ctx.message('rule.controller-identity.post-only', { name: c.name }),
      });
    }
  },
});
