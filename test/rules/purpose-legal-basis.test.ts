import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('purpose-legal-basis', {
  triggers: [
    { name: 'no legal basis', edit: (t) => edit(t, '    legalBasis: contract\n', ''), expect: { line: '  - id: contract', path: '/purposes/0', message: /Purpose `contract` has no `legalBasis`/ } },
    { name: 'two legal bases', edit: (t) => edit(t, 'legalBasis: contract', 'legalBasis: [contract, consent]'), expect: { line: 'legalBasis: [contract', message: /exactly one legal basis/ } },
    { name: 'no description', edit: (t) => edit(t, '    description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }\n', ''), expect: { path: '/purposes/0', message: /has no `description`/ } },
  ],
  passes: [{ name: 'one basis', edit: (t) => t }],
});
