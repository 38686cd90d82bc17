import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('unused-data-category', {
  triggers: [
    {
      name: 'a category no purpose uses',
      edit: (t) => edit(edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n  - id: calls\n    name: { en: Calls, nl: Gesprekken }\n'), '    dataCategories: [contact]\n    period', '    dataCategories: [contact, calls]\n    period'),
      expect: { line: '  - id: calls', path: '/dataCategories/1', message: 'Data category `calls` (Calls) is not used by any purpose, so the statement gives no purpose or legal basis for it. Add `calls` to the `dataCategories` of the purposes that use it, or remove the category if it is not processed.' },
    },
  ],
  passes: [{ name: 'every category used', edit: (t) => t }],
});
