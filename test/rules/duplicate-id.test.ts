import { edit, lineOf } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('duplicate-id', {
  triggers: [
    {
      name: 'two recipients with one id',
      edit: (t) => edit(t, '    role: processor\n', '    role: processor\n  - id: printer\n    name: { en: Mailer, nl: Verzender }\n    description: { en: Sends letters., nl: Verstuurt brieven. }\n    role: processor\n'),
      expect: { line: (t) => lineOf(t, 'id: printer', 2), path: '/recipients/1/id', message: 'The recipient id `printer` is used twice (items 1 and 2 of `recipients`). Ids must be unique: rename one of them and the references to it.' },
    },
  ],
  passes: [{ name: 'unique ids', edit: (t) => t }],
});
