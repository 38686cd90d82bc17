import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'privacy-contact',
    severity: 'error',
    references: ['GDPR Art. 13(1)(b)', 'GDPR Art. 37(7)'],
    summary: 'The data protection officer (or privacy contact) is named with a way to reach them.',
    rationale:
      'Where a data protection officer is designated, the statement must give the DPO\'s contact details (Arts. 13(1)(b), 37(7)). Insurers that process health or criminal data on a large scale must designate one (Art. 37(1)(c)). A statement without any privacy contact is therefore flagged, and a contact without an e-mail address, postal address, form or phone number is an error.',
    examples: {
      good: 'privacyContact:\n  role: dpo\n  email: dpo@example.nl',
      bad: 'privacyContact:\n  role: dpo\n  # no email, address, contactForm or phone',
    },
  },
  check(ctx) {
    const contact = ctx.input.privacyContact;
    if (!contact) {
      ctx.report({
        path: '',
        severity: 'warning',
        message: ctx.message('rule.privacy-contact.none'),
      });
      return;
    }
    if (!contact.email && !contact.address && !contact.contactForm && !contact.phone) {
      ctx.report({
        path: pointer('privacyContact'),
        at: 'key',
        message: ctx.message(contact.role === 'dpo' ? 'rule.privacy-contact.dpo-unreachable' : 'rule.privacy-contact.contact-unreachable'),
      });
    }
  },
});
