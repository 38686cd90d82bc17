import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const decision = '  decisions:\n    - name: { en: Acceptance, nl: Acceptatie }\n      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n      significance: { en: You may be refused., nl: U kunt worden geweigerd. }\n      purposes: [contract]\n';

describeRule('automated-decisions', {
  triggers: [
    { name: 'used without decisions', edit: (t) => edit(t, 'used: false', 'used: true'), expect: { line: 'automatedDecisionMaking:', path: '/automatedDecisionMaking', message: /no decisions are described/ } },
    { name: 'not declared at all', edit: (t) => edit(t, 'automatedDecisionMaking:\n  used: false\n', ''), expect: { line: 'format:', path: '', message: /has no `automatedDecisionMaking`/ } },
    { name: 'a decision without its logic', edit: (t) => edit(t, 'used: false', 'used: true') + decision.replace('      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n', ''), expect: { path: '/automatedDecisionMaking/decisions/0', message: /has no `logic`/ } },
    {
      name: 'special category data in an automated decision without explicit consent',
      edit: (t) =>
        edit(edit(edit(t, 'used: false', 'used: true') + decision, "    examples: { en: [name, address], nl: [naam, adres] }\n", "    examples: { en: [name, address], nl: [naam, adres] }\n  - id: health\n    name: { en: Health, nl: Gezondheid }\n    kind: special\n    special: health\n"), 'dataCategories: [contact]\n    recipients', 'dataCategories: [contact, health]\n    specialCategoryCondition: health-care\n    specialCategoryLaw: { en: Article 30(3) UAVG., nl: Artikel 30 lid 3 UAVG. }\n    recipients').replace('    dataCategories: [contact]\n    period', '    dataCategories: [contact, health]\n    period'),
      expect: { path: '/automatedDecisionMaking/decisions/0', references: ['GDPR Art. 22(4)'], message: /only allowed on explicit consent or a substantial public interest/ },
    },
  ],
  passes: [{ name: 'a described decision', edit: (t) => edit(t, 'used: false', 'used: true') + decision }],
});
