import { pointer } from '../load/pointer.js';
import { specialPurposesOf, usesSpecialCategories } from '../model/decisions.js';
import { defineRule } from './types.js';

/** Art. 9(2) conditions under which Art. 22(4) lets a decision use special categories of data. */
const article22Conditions = new Set(['explicit-consent', 'substantial-public-interest']);

/**
 * R10, Art. 22(2) and 22(4): which exception allows each automated decision, and, when it uses
 * special categories of data, under which condition and with which safeguards.
 */
export default defineRule({
  meta: {
    id: 'automated-decision-exception',
    severity: 'error',
    references: ['GDPR Art. 22(2)', 'GDPR Art. 22(4)', 'GDPR Art. 13(2)(f)'],
    summary: 'Each automated decision says which exception of Art. 22(2) allows it and, with special categories of data, its Art. 22(4) condition.',
    rationale:
      "A decision based solely on automated processing that has legal or similarly significant effects is forbidden (Art. 22(1)) unless it is necessary for a contract with the person (Art. 22(2)(a)), authorised by Union or member-state law that lays down suitable safeguards (22(2)(b)), or based on the person's explicit consent (22(2)(c)). The statement must say which exception applies, and for (b) which law: the rights to human intervention, to express one's view and to contest (Art. 22(3)) come with (a) and (c), the safeguards of that law with (b). A decision that uses special categories of data, such as health data, is only allowed on explicit consent (Art. 9(2)(a)) or for reasons of substantial public interest on the basis of law (Art. 9(2)(g)), with suitable safeguards (Art. 22(4)). A decision without `exception` is a warning, so that statements written before the field existed still build; special data without an Art. 22(4) condition is an error. In the Netherlands art. 40 UAVG is such a law only for decisions that are not based on profiling.",
    examples: {
      good: 'automatedDecisionMaking:\n  used: true\n  decisions:\n    - name: { en: Online acceptance }\n      exception: contract\n      logic: { en: "We compare your answers with our acceptance criteria." }\n      significance: { en: "You may be refused cover." }',
      bad: 'automatedDecisionMaking:\n  used: true\n  decisions:\n    - name: { en: Medical acceptance }\n      exception: contract\n      specialCategories: true   # health data, but no specialCategoryCondition\n      logic: { en: "We score your health declaration." }\n      significance: { en: "You may be refused cover." }',
    },
  },
  check(ctx) {
    const adm = ctx.input.automatedDecisionMaking;
    if (!adm.used) return;
    (adm.decisions ?? []).forEach((d, i) => {
      const at = (...field: string[]) => pointer('automatedDecisionMaking', 'decisions', i, ...field);
      const name = (): string => ctx.say('subject.decision', { n: i + 1, name: ctx.preview(d.name) ?? '' });
      if (d.exception === undefined) {
        ctx.report({
          path: at(),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.automated-decision-exception.no-exception', { name: name() }),
          references: ['GDPR Art. 22(2)', 'GDPR Art. 13(2)(f)'],
        });
      } else if (d.exception === 'law' && d.law === undefined) {
        ctx.report({
          path: at('exception'),
          message: ctx.message('rule.automated-decision-exception.no-law', { name: name() }),
          references: ['GDPR Art. 22(2)(b)'],
        });
      } else if (d.exception !== 'law' && d.law !== undefined) {
        ctx.report({
          path: at('law'),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.automated-decision-exception.law-unused', { name: name(), exception: d.exception }),
          references: ['GDPR Art. 22(2)(b)'],
        });
      }

      const special = usesSpecialCategories(d, ctx.input, ctx.index.categoriesOf);
      if (!special) {
        for (const field of ['specialCategoryCondition', 'specialCategoryLaw', 'safeguards'] as const) {
          if (d[field] === undefined) continue;
          ctx.report({
            path: at(field),
            at: 'key',
            severity: 'warning',
            message: ctx.message(d.specialCategories === false ? 'rule.automated-decision-exception.field-unused-off' : 'rule.automated-decision-exception.field-unused-none', { name: name(), field }),
            references: ['GDPR Art. 22(4)'],
          });
        }
        return;
      }
      const which = specialPurposesOf(d, ctx.input, ctx.index.categoriesOf);
      const why = d.specialCategories ? '' : ctx.say('rule.automated-decision-exception.through', { purposes: which.map((p) => ctx.say('place.item', { noun: ctx.say('noun.purpose'), id: p.id })).join(', ') });
      if (d.specialCategoryCondition === undefined) {
        // Statements written before the field existed could only say it at the purpose: accepted with a warning when that is an Art. 22(4) condition.
        const covered = which.length > 0 && which.every((p) => article22Conditions.has(p.specialCategoryCondition ?? ''));
        ctx.report({
          path: at(),
          at: 'key',
          ...(covered ? { severity: 'warning' as const } : {}),
          message: covered
            ? ctx.message('rule.automated-decision-exception.no-condition-covered', { name: name(), why })
            : ctx.message('rule.automated-decision-exception.no-condition', { name: name(), why }),
          references: ['GDPR Art. 22(4)'],
        });
        return;
      }
      if (d.specialCategoryCondition === 'substantial-public-interest' && d.specialCategoryLaw === undefined) {
        ctx.report({
          path: at('specialCategoryCondition'),
          message: ctx.message('rule.automated-decision-exception.no-special-law', { name: name() }),
          references: ['GDPR Art. 22(4)', 'GDPR Art. 9(2)(g)'],
        });
      }
      if (d.specialCategoryCondition !== 'substantial-public-interest' && d.specialCategoryLaw !== undefined) {
        ctx.report({
          path: at('specialCategoryLaw'),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.automated-decision-exception.special-law-unused', { name: name(), condition: d.specialCategoryCondition }),
          references: ['GDPR Art. 22(4)', 'GDPR Art. 9(2)(g)'],
        });
      }
      if (d.safeguards === undefined) {
        ctx.report({
          path: at('specialCategoryCondition'),
          severity: 'warning',
          message: ctx.message('rule.automated-decision-exception.no-safeguards', { name: name() }),
          references: ['GDPR Art. 22(4)'],
        });
      }
    });
  },
});
