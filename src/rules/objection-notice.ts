import { pointer } from '../load/pointer.js';
import { deriveRights } from '../model/rights.js';
import { defineRule } from './types.js';

/**
 * R5. The notice itself is the renderer's `objection` section, present whenever R3 or R4
 * applies, and `section-placement` keeps custom sections from replacing it. What the input
 * must supply is a way to object that is as easy as the marketing it objects to.
 */
export default defineRule({
  meta: {
    id: 'objection-notice',
    severity: 'error',
    references: ['GDPR Art. 21(4)', 'GDPR Art. 21(5)', 'GDPR Art. 12(2)'],
    summary: 'Where the right to object applies, the separate objection notice can offer an electronic way to object.',
    rationale:
      'When processing rests on legitimate interests or is direct marketing, the right to object must be brought to the person\'s attention explicitly and separately from other information (Art. 21(4)); the compiler always renders it as its own section. Objecting must also be easy: a person must be able to object by electronic means (Art. 21(5)), and the controller must facilitate the exercise of rights (Art. 12(2)). Objecting to e-mail marketing by letter only is not that. The notice therefore needs an e-mail address or a web form among the rights channels.',
    examples: {
      good: 'purposes:\n  - id: newsletter\n    legalBasis: consent\n    directMarketing: true\nrights:\n  channels:\n    email: privacy@example.nl',
      bad: 'purposes:\n  - id: newsletter\n    legalBasis: consent\n    directMarketing: true\nrights:\n  channels:\n    address: { street: Postbus 1, postalCode: 3000 AA, city: Rotterdam, country: NL }',
    },
  },
  check(ctx) {
    const { channels } = ctx.input.rights;
    if (channels.email || channels.contactForm) return;
    const rights = deriveRights(ctx.input);
    const marketing = rights.objectionMarketing.map((p) => `\`${p.id}\``);
    const general = rights.objectionGeneral.map((p) => `\`${p.id}\``);
    if (marketing.length > 0) {
      ctx.report({
        path: pointer('rights', 'channels'),
        at: 'key',
        message: ctx.message('rule.objection-notice.marketing', { count: marketing.length, purposes: marketing.join(', ') }),
      });
    } else if (general.length > 0) {
      ctx.report({
        path: pointer('rights', 'channels'),
        at: 'key',
        severity: 'warning',
        message: ctx.message('rule.objection-notice.general', { count: general.length, purposes: general.join(', ') }),
      });
    }
  },
});
