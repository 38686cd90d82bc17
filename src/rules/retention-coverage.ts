import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** Section 1 (Art. 13(2)(a)) and the coverage part of R11. */
export default defineRule({
  meta: {
    id: 'retention-coverage',
    severity: 'error',
    references: ['GDPR Art. 13(2)(a)', 'GDPR Art. 14(2)(a)'],
    summary: 'Every data category is covered by a retention rule that gives a period, criteria, or both.',
    rationale:
      'Art. 13(2)(a) requires the period for which the data will be stored or, if that is not possible, the criteria used to determine it — for each category of data, as WP260 explains: a blanket "as long as necessary" is not enough. The compiler therefore requires a retention rule for every data category, each with a `period` or concrete `criteria`.',
    examples: {
      good: 'retention:\n  - id: call-recordings\n    dataCategories: [recordings]\n    period: P180D',
      bad: 'dataCategories:\n  - id: recordings\nretention: []   # recordings has no rule',
    },
  },
  check(ctx) {
    const covered = new Set(ctx.input.retention.flatMap((r) => r.dataCategories));
    ctx.input.dataCategories.forEach((c, i) => {
      if (covered.has(c.id)) return;
      ctx.report({
        path: pointer('dataCategories', i),
        message: `Data category \`${c.id}\` (${ctx.preview(c.name) ?? c.id}) has no retention rule. Add a rule under \`retention\` that lists \`${c.id}\` in its \`dataCategories\`, with a \`period\` (such as \`P7Y\`) or \`criteria\`.`,
      });
    });
    ctx.input.retention.forEach((r, i) => {
      if (r.period === undefined && r.criteria === undefined) {
        ctx.report({
          path: pointer('retention', i),
          message: `Retention rule \`${r.id}\` gives neither a \`period\` nor \`criteria\`. Add the period (such as \`P180D\`), or the criteria that determine it.`,
        });
      }
    });
  },
});
