import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** Art. 9(2) conditions that only exist where Union or member state law provides for them. */
const needsLaw: Record<string, string> = {
  'employment-social-security': '(b)',
  'substantial-public-interest': '(g)',
  'health-care': '(h)',
  'public-health': '(i)',
  'archiving-research': '(j)',
};

/** R8. */
export default defineRule({
  meta: {
    id: 'special-category-condition',
    severity: 'error',
    references: ['GDPR Art. 9(1)', 'GDPR Art. 9(2)', 'GDPR Art. 13(1)(c)'],
    summary: 'A purpose that uses special categories of data names its Art. 9(2) condition, and the law where the condition needs one.',
    rationale:
      'Processing health data and the other special categories of Art. 9(1) is prohibited unless one of the conditions of Art. 9(2) applies, in addition to a legal basis of Art. 6. The statement must therefore say, per purpose, which condition is relied on. Conditions (b), (g), (h), (i) and (j) exist only where Union or member state law provides for them, such as art. 30(3) of the Dutch UAVG for insurers, so that law must be named. A category of kind `special` must also say which special category it is.',
    examples: {
      good: 'dataCategories:\n  - id: health\n    kind: special\n    special: health\npurposes:\n  - id: acceptance\n    dataCategories: [health]\n    specialCategoryCondition: substantial-public-interest\n    specialCategoryLaw: { nl: "Artikel 30, derde lid, UAVG." }',
      bad: 'dataCategories:\n  - id: health\n    kind: special\n    special: health\npurposes:\n  - id: acceptance\n    dataCategories: [health]   # no specialCategoryCondition',
    },
  },
  check(ctx) {
    ctx.input.dataCategories.forEach((c, i) => {
      const name = (): string => ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id });
      if (c.kind === 'special' && c.special === undefined) {
        ctx.report({
          path: pointer('dataCategories', i),
          at: 'key',
          message: ctx.message('rule.special-category-condition.which-special', { name: name() }),
          references: ['GDPR Art. 9(1)'],
        });
      } else if (c.kind !== 'special' && c.special !== undefined) {
        ctx.report({
          path: pointer('dataCategories', i, 'special'),
          at: 'key',
          message: ctx.message('rule.special-category-condition.not-special-kind', { name: name(), special: c.special, kind: c.kind ?? 'regular' }),
          references: ['GDPR Art. 9(1)'],
        });
      }
    });
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      const special = ctx.index.categoriesOf(p).filter((c) => c.kind === 'special');
      const condition = p.specialCategoryCondition;
      if (special.length === 0) {
        if (condition !== undefined) {
          ctx.report({
            path: pointer('purposes', i, 'specialCategoryCondition'),
            severity: 'warning',
            message: ctx.message('rule.special-category-condition.unused', { name: name() }),
          });
        }
        return;
      }
      const which = special.map((c) => `\`${c.id}\``).join(', ');
      if (condition === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: ctx.message('rule.special-category-condition.missing', { name: name(), categories: which }),
        });
      } else if (needsLaw[condition] && p.specialCategoryLaw === undefined) {
        ctx.report({
          path: pointer('purposes', i, 'specialCategoryCondition'),
          message: ctx.message('rule.special-category-condition.no-law', { name: name(), point: needsLaw[condition].slice(1, -1), condition, categories: which }),
        });
      }
    });
  },
});
