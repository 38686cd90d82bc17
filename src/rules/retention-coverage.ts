import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** Section 1 (Art. 13(2)(a)) and the coverage part of R11. */
export default defineRule({
  meta: {
    id: 'retention-coverage',
    severity: 'error',
    references: ['GDPR Art. 13(2)(a)', 'GDPR Art. 14(2)(a)'],
    summary: 'Every data category, for every purpose that uses it, is covered by a retention rule with a period, criteria, or both.',
    rationale:
      'Art. 13(2)(a) requires the period for which the data will be stored or, if that is not possible, the criteria used to determine it — for each category of data, as WP260 explains: a blanket "as long as necessary" is not enough. The compiler therefore requires a retention rule for every data category, each with a `period` or concrete `criteria`; a rule narrowed to some purposes (`purposes:`) covers the category only for those, so every other purpose that uses the category needs a rule too.',
    examples: {
      good: 'retention:\n  - id: call-recordings\n    dataCategories: [recordings]\n    period: P180D',
      bad: 'purposes:\n  - id: training\n    dataCategories: [recordings]\n  - id: disputes\n    dataCategories: [recordings]\nretention:\n  - id: call-recordings\n    dataCategories: [recordings]\n    purposes: [training]   # nothing says how long recordings are kept for disputes\n    period: P180D',
    },
  },
  check(ctx) {
    const { input } = ctx;
    // A rule without `purposes` covers its categories for every purpose; with, only for those.
    const coveredForAll = new Set(input.retention.filter((r) => !r.purposes?.length).flatMap((r) => r.dataCategories));
    const coveredFor = (category: string, purpose: string) =>
      coveredForAll.has(category) || input.retention.some((r) => r.dataCategories.includes(category) && r.purposes?.includes(purpose));
    input.dataCategories.forEach((c, i) => {
      if (coveredForAll.has(c.id)) return;
      const named = input.retention.some((r) => r.dataCategories.includes(c.id));
      if (!named) {
        ctx.report({
          path: pointer('dataCategories', i),
          message: ctx.message('rule.retention-coverage.no-rule', { name: ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id }), id: c.id }),
        });
        return;
      }
      const uncovered = input.purposes.filter((p) => p.dataCategories.includes(c.id) && !coveredFor(c.id, p.id)).map((p) => `\`${p.id}\``);
      if (uncovered.length === 0) return;
      ctx.report({
        path: pointer('dataCategories', i),
        message: ctx.message('rule.retention-coverage.some-purposes', { name: ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id }), id: c.id, purposes: uncovered.join(', ') }),
      });
    });
    ctx.input.retention.forEach((r, i) => {
      if (r.period === undefined && r.criteria === undefined) {
        ctx.report({
          path: pointer('retention', i),
          message: ctx.message('rule.retention-coverage.no-period', { id: r.id }),
        });
      }
    });
  },
});
