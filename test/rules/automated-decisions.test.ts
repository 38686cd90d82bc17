import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const decision = '  decisions:\n    - name: { en: Acceptance, nl: Acceptatie }\n      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n      significance: { en: You may be refused., nl: U kunt worden geweigerd. }\n      purposes: [contract]\n';

describeRule('automated-decisions', {
  triggers: [
    { name: 'used without decisions', edit: (t) => edit(t, 'used: false', 'used: true'), expect: { line: 'automatedDecisionMaking:', path: '/automatedDecisionMaking', message: /no decisions are described/ } },
    { name: 'not declared at all', edit: (t) => edit(t, 'automatedDecisionMaking:\n  used: false\n', ''), expect: { line: 'format:', path: '', message: /has no `automatedDecisionMaking`/ } },
    { name: 'a decision without its logic', edit: (t) => edit(t, 'used: false', 'used: true') + decision.replace('      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n', ''), expect: { path: '/automatedDecisionMaking/decisions/0', message: /has no `logic`/ } },
  ],
  passes: [{ name: 'a described decision', edit: (t) => edit(t, 'used: false', 'used: true') + decision }],
});
