import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/**
 * Section 1, Art. 13(2)(e). The input cannot tell data a person is asked for from data the
 * insurer observes or creates (call recordings, policy numbers), for which the question does
 * not arise; a warning per category would flag those too. So the warning is for a statement
 * that says nowhere whether people must provide their data.
 */
export default defineRule({
  meta: {
    id: 'data-provision',
    severity: 'error',
    references: ['GDPR Art. 13(2)(e)'],
    summary: 'The statement says whether data must be provided and, where it must, what happens if it is not.',
    rationale:
      'Art. 13(2)(e) requires the statement to say whether providing personal data is a statutory or contractual requirement, or a requirement to enter into a contract, whether the person is obliged to provide it, and the possible consequences of not providing it. An insurer that needs health answers to accept an application must say that without them it cannot insure; optional data must be marked as optional. Each `provision` that is not `voluntary` needs its `consequence`.',
    examples: {
      good: 'dataCategories:\n  - id: contact\n    provision:\n      requirement: contract-prerequisite\n      consequence: { en: "Without these data we cannot insure you." }',
      bad: 'dataCategories:\n  - id: contact\n    provision:\n      requirement: statutory   # and the consequence?',
    },
  },
  check(ctx) {
    const categories = ctx.input.dataCategories;
    categories.forEach((c, i) => {
      const p = c.provision;
      if (!p || p.requirement === 'voluntary' || p.consequence !== undefined) return;
      ctx.report({
        path: pointer('dataCategories', i, 'provision'),
        at: 'key',
        message: ctx.message('rule.data-provision.no-consequence', { name: ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id }), requirement: p.requirement }),
      });
    });
    const fromPerson = categories.filter((c) => (c.source ?? 'data-subject') === 'data-subject');
    if (fromPerson.length > 0 && !categories.some((c) => c.provision)) {
      ctx.report({
        path: pointer('dataCategories'),
        at: 'key',
        severity: 'warning',
        message: ctx.message('rule.data-provision.none', { examples: fromPerson.slice(0, 2).map((c) => `\`${c.id}\``).join(` ${ctx.say('word.or')} `) }),
      });
    }
  },
});
