import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** R10. */
export default defineRule({
  meta: {
    id: 'automated-decisions',
    severity: 'error',
    references: ['GDPR Art. 13(2)(f)', 'GDPR Art. 22'],
    summary: 'Automated decision-making is always declared; each decision explains its logic and consequences.',
    rationale:
      'Art. 13(2)(f) requires the statement to say whether decisions are taken solely by automated means, including profiling, and if so to give meaningful information about the logic involved and the significance and envisaged consequences. Such decisions come with the rights to human intervention, to express one\'s view and to contest the decision (Art. 22(3)), and may use special categories of data only on explicit consent or a substantial public interest (Art. 22(4)); `automated-decision-exception` checks which exception and condition each decision relies on.',
    examples: {
      good: 'automatedDecisionMaking:\n  used: true\n  decisions:\n    - name: { en: Online acceptance }\n      logic: { en: "We compare your answers with our acceptance criteria." }\n      significance: { en: "You may be refused cover; a person reviews on request." }',
      bad: 'automatedDecisionMaking:\n  used: true   # no decisions',
    },
  },
  check(ctx) {
    const adm = ctx.input.automatedDecisionMaking;
    const decisions = adm.decisions ?? [];
    if (adm.used && decisions.length === 0) {
      ctx.report({
        path: pointer('automatedDecisionMaking'),
        at: 'key',
        message: '`automatedDecisionMaking.used` is true, but no decisions are described. Add `decisions`, each with `name`, `logic` and `significance`.',
      });
    }
    if (!adm.used && decisions.length > 0) {
      ctx.report({
        path: pointer('automatedDecisionMaking', 'decisions'),
        at: 'key',
        severity: 'warning',
        message: '`automatedDecisionMaking.used` is false, so the decisions listed are not shown. Set `used: true` if these decisions are taken, or remove them.',
      });
    }
  },
});
