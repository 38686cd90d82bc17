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
        message:
          'The statement names no data protection officer or privacy contact. If a DPO is designated — insurers processing health or criminal data on a large scale must designate one (Art. 37(1)(c)) — add `privacyContact` with `role: dpo` and the DPO\'s e-mail or address.',
      });
      return;
    }
    if (!contact.email && !contact.address && !contact.contactForm && !contact.phone) {
      ctx.report({
        path: pointer('privacyContact'),
        at: 'key',
        message: `\`privacyContact\` gives no way to reach the ${contact.role === 'dpo' ? 'data protection officer' : 'privacy contact'}. Add at least one of \`email\`, \`address\`, \`contactForm\` or \`phone\`.`,
      });
    }
  },
});
