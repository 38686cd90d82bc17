import { pointer } from '../load/pointer.js';
import { restsOnConsent } from '../model/rights.js';
import { defineRule } from './types.js';

/** R6. */
export default defineRule({
  meta: {
    id: 'consent-withdrawal',
    severity: 'warning',
    references: ['GDPR Art. 7(3)', 'GDPR Art. 13(2)(c)'],
    summary: 'Consent can be withdrawn as easily as it was given, and the statement says how.',
    rationale:
      'Where processing rests on consent, or on explicit consent for special categories of data, the statement must mention the right to withdraw it at any time (Art. 13(2)(c)); the compiler derives that right from the legal bases. Withdrawing must be as easy as giving consent (Art. 7(3)): consent given with a tick on a web site cannot require a letter to withdraw. When the only rights channel is a postal address, the purpose must say how consent is withdrawn online in `consentWithdrawal`. A `consentWithdrawal` on a purpose that does not rest on consent is not shown.',
    examples: {
      good: 'purposes:\n  - id: newsletter\n    legalBasis: consent\n    consentWithdrawal: { en: "Use the unsubscribe link in every newsletter." }',
      bad: 'purposes:\n  - id: newsletter\n    legalBasis: consent   # and rights.channels has only a postal address',
    },
  },
  check(ctx) {
    const { channels } = ctx.input.rights;
    const electronic = channels.email !== undefined || channels.contactForm !== undefined;
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      if (restsOnConsent(p)) {
        if (!electronic && p.consentWithdrawal === undefined) {
          ctx.report({
            path: pointer('purposes', i),
            at: 'key',
            message: ctx.message('rule.consent-withdrawal.by-letter-only', { name: name() }),
          });
        }
      } else if (p.consentWithdrawal !== undefined) {
        ctx.report({
          path: pointer('purposes', i, 'consentWithdrawal'),
          at: 'key',
          message: ctx.message('rule.consent-withdrawal.not-consent', { name: name(), basis: p.legalBasis }),
        });
      }
    });
  },
});
