import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'recipients-declared',
    severity: 'warning',
    references: ['GDPR Art. 13(1)(e)'],
    summary: 'Each recipient says what it receives: it is linked from a purpose or lists its data categories.',
    rationale:
      'Art. 13(1)(e) requires the recipients or categories of recipients. WP260 adds that the statement should be as specific as possible, naming the recipients per purpose and the data they receive. A recipient that no purpose links to and that lists no data categories tells the reader nothing about what it receives.',
    examples: {
      good: 'recipients:\n  - id: repairers\n    dataCategories: [contact]',
      bad: 'recipients:\n  - id: repairers   # not linked from any purpose, no dataCategories',
    },
  },
  check(ctx) {
    const used = new Set(ctx.input.purposes.flatMap((p) => p.recipients ?? []));
    ctx.input.recipients.forEach((r, i) => {
      if (used.has(r.id) || (r.dataCategories?.length ?? 0) > 0) return;
      ctx.report({
        path: pointer('recipients', i),
        message: ctx.message('rule.recipients-declared.unlinked', { name: ctx.say('subject.recipient', { id: r.id, name: ctx.preview(r.name) ?? r.id }), id: r.id }),
      });
    });
  },
});
