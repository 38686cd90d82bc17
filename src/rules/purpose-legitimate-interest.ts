import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** R3, and the legitimate interest of section 1. */
export default defineRule({
  meta: {
    id: 'purpose-legitimate-interest',
    severity: 'error',
    references: ['GDPR Art. 13(1)(d)', 'GDPR Art. 14(2)(b)'],
    summary: 'A purpose on legitimate interests says which interest; other purposes do not give one.',
    rationale:
      'When processing rests on legitimate interests (Art. 6(1)(f)), the statement must say which interests the controller or a third party pursues (Arts. 13(1)(d), 14(2)(b)). Naming the interest is what lets a person weigh it against their own and decide whether to object (Art. 21(1)); "our legitimate interests" alone says nothing. A `legitimateInterest` given with another legal basis is not shown and usually means the basis is wrong.',
    examples: {
      good: 'purposes:\n  - id: fraud\n    legalBasis: legitimate-interests\n    legitimateInterest: { en: "Protecting us and our customers against fraud." }',
      bad: 'purposes:\n  - id: fraud\n    legalBasis: legitimate-interests   # which interest?',
    },
  },
  check(ctx) {
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      if (p.legalBasis === 'legitimate-interests' && p.legitimateInterest === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: ctx.message('rule.purpose-legitimate-interest.missing', { name: name() }),
        });
      } else if (p.legalBasis !== 'legitimate-interests' && p.legitimateInterest !== undefined) {
        ctx.report({
          path: pointer('purposes', i, 'legitimateInterest'),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.purpose-legitimate-interest.unused', { name: name(), basis: p.legalBasis }),
        });
      }
    });
  },
});
