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
      const name = `Purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id})`;
      if (needsLaw.has(p.legalBasis) && p.legalObligation === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: `${name} relies on ${p.legalBasis === 'public-task' ? 'a task in the public interest' : 'a legal obligation'} but does not say which law imposes it: add \`legalObligation\` naming the law (and article), such as the Wwft or the tax retention obligation.`,
        });
      } else if (!needsLaw.has(p.legalBasis) && p.legalObligation !== undefined) {
        ctx.report({
          path: pointer('purposes', i, 'legalObligation'),
          at: 'key',
          message: `${name} gives a \`legalObligation\`, but its legal basis is \`${p.legalBasis}\`, so the law is not shown. If the purpose is required by law, set \`legalBasis: legal-obligation\`; otherwise remove \`legalObligation\`.`,
        });
      }
    });
  },
});
