import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

const allowed = new Set(['consent', 'legitimate-interests']);

/** R4. */
export default defineRule({
  meta: {
    id: 'direct-marketing-basis',
    severity: 'error',
    references: ['GDPR Art. 6(1)', 'GDPR Art. 21(2)', 'GDPR Art. 21(3)'],
    summary: 'Direct marketing rests on consent or on legitimate interests, never on a contract or a legal obligation.',
    rationale:
      'Direct marketing is never necessary to perform an insurance contract or to comply with the law: it rests on consent (required for most electronic marketing under the ePrivacy rules) or on legitimate interests (Recital 47), and a person may object to it at any time, without giving reasons (Art. 21(2)–(3)). A direct-marketing purpose on another basis misstates why the data is used and hides that absolute right.',
    examples: {
      good: 'purposes:\n  - id: newsletter\n    legalBasis: consent\n    directMarketing: true',
      bad: 'purposes:\n  - id: newsletter\n    legalBasis: contract\n    directMarketing: true',
    },
  },
  check(ctx) {
    ctx.input.purposes.forEach((p, i) => {
      if (p.directMarketing !== true || allowed.has(p.legalBasis)) return;
      ctx.report({
        path: pointer('purposes', i, 'legalBasis'),
        message: ctx.message('rule.direct-marketing-basis.wrong-basis', { name: ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id }), basis: p.legalBasis }),
      });
    });
  },
});
