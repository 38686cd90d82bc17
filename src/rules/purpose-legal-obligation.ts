import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

const needsLaw = new Set(['legal-obligation', 'public-task']);

/** R2. */
export default defineRule({
  meta: {
    id: 'purpose-legal-obligation',
    severity: 'warning',
    references: ['GDPR Art. 6(3)', 'GDPR Art. 13(1)(c)'],
    summary: 'A purpose on a legal obligation or a public task names the law that imposes it.',
    rationale:
      'Processing necessary for a legal obligation (Art. 6(1)(c)) or a task in the public interest (Art. 6(1)(e)) must be laid down by Union or member state law (Art. 6(3)). "Because the law requires it" leaves the reader unable to check which obligation is meant and what it covers; naming the law, such as the anti-money-laundering act or the tax retention obligation, makes the legal basis verifiable.',
    examples: {
      good: 'purposes:\n  - id: aml\n    legalBasis: legal-obligation\n    legalObligation: { nl: "De Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft)." }',
      bad: 'purposes:\n  - id: aml\n    legalBasis: legal-obligation   # which law?',
    },
  },
  check(ctx) {
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      if (needsLaw.has(p.legalBasis) && p.legalObligation === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: ctx.message(p.legalBasis === 'public-task' ? 'rule.purpose-legal-obligation.public-task-no-law' : 'rule.purpose-legal-obligation.obligation-no-law', { name: name() }),
        });
      } else if (!needsLaw.has(p.legalBasis) && p.legalObligation !== undefined) {
        ctx.report({
          path: pointer('purposes', i, 'legalObligation'),
          at: 'key',
          message: ctx.message('rule.purpose-legal-obligation.unused', { name: name(), basis: p.legalBasis }),
        });
      }
    });
  },
});
