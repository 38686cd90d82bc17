import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('recipients-declared', {
  triggers: [
    { name: 'a recipient nothing links to', edit: (t) => edit(t, '    recipients: [printer]\n', ''), expect: { line: '  - id: printer', path: '/recipients/0', message: /Recipient `printer` \(Printing company\) is not linked from any purpose/ } },
    { name: 'a recipient without role', edit: (t) => edit(t, '    role: processor\n', ''), expect: { severity: 'error', path: '/recipients/0', message: /has no `role`/ } },
  ],
  passes: [{ name: 'a recipient that lists its data', edit: (t) => edit(edit(t, '    recipients: [printer]\n', ''), '    role: processor\n', '    role: processor\n    dataCategories: [contact]\n') }],
});
