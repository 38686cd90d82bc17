import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** The "used by at least one purpose" part of R11. */
export default defineRule({
  meta: {
    id: 'unused-data-category',
    severity: 'warning',
    references: ['GDPR Art. 5(1)(b)', 'GDPR Art. 13(1)(c)'],
    summary: 'Every data category is used by at least one purpose.',
    rationale:
      'Personal data may only be collected for specified purposes (Art. 5(1)(b)), and the statement must give the purposes and legal bases of the processing (Art. 13(1)(c)). A category that no purpose uses is processed for no stated purpose and on no stated legal basis: either a purpose is missing from the statement, or the category is not processed and should be removed.',
    examples: {
      good: 'dataCategories:\n  - id: contact\npurposes:\n  - id: contract\n    dataCategories: [contact]',
      bad: 'dataCategories:\n  - id: contact\n  - id: recordings   # no purpose uses it\npurposes:\n  - id: contract\n    dataCategories: [contact]',
    },
  },
  check(ctx) {
    ctx.input.dataCategories.forEach((c, i) => {
      if (ctx.index.purposesByCategory.has(c.id)) return;
      ctx.report({
        path: pointer('dataCategories', i),
        at: 'key',
        message: ctx.message('rule.unused-data-category.unused', { name: ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id }), id: c.id }),
      });
    });
  },
});
