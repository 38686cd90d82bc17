import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** Section 1: the categories and source of data not obtained from the person. */
export default defineRule({
  meta: {
    id: 'data-source',
    severity: 'error',
    references: ['GDPR Art. 14(1)(d)', 'GDPR Art. 14(2)(f)'],
    summary: 'Data not obtained from the person says where it comes from.',
    rationale:
      'When personal data is not obtained from the person it concerns, such as medical information from a doctor, data from a register or from another insurer, the statement must give the categories of data concerned (Art. 14(1)(d)) and the source, including whether it came from publicly accessible sources (Art. 14(2)(f)). WP260 asks for the specific source, or at least its nature (public or private, the type of organisation). A `sourceDescription` on data obtained from the person is not shown.',
    examples: {
      good: 'dataCategories:\n  - id: medical\n    source: third-party\n    sourceDescription: { en: "Your general practitioner, only with your prior consent." }',
      bad: 'dataCategories:\n  - id: medical\n    source: third-party   # from whom?',
    },
  },
  check(ctx) {
    ctx.input.dataCategories.forEach((c, i) => {
      const name = (): string => ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id });
      const source = c.source ?? 'data-subject';
      if (source !== 'data-subject' && c.sourceDescription === undefined) {
        ctx.report({
          path: pointer('dataCategories', i),
          at: 'key',
          message: ctx.message(source === 'public' ? 'rule.data-source.public-unnamed' : 'rule.data-source.third-party-unnamed', { name: name() }),
        });
      } else if (source === 'data-subject' && c.sourceDescription !== undefined) {
        ctx.report({
          path: pointer('dataCategories', i, 'sourceDescription'),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.data-source.description-unused', { name: name() }),
        });
      }
    });
  },
});
