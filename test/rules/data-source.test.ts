import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { addCategory, text } from './edits.js';

describeRule('data-source', {
  triggers: [
    { name: 'third-party data without its source', edit: (t) => addCategory(t, 'medical', '    source: third-party\n'), expect: { line: '  - id: medical', path: '/dataCategories/1', message: /is obtained from third parties but does not say from where: add `sourceDescription`/ } },
    { name: 'public data without its source', edit: (t) => addCategory(t, 'registry', '    source: public\n'), expect: { path: '/dataCategories/1', message: /from public sources/ } },
    {
      name: 'a source description on data from the person',
      edit: (t) => edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', `    examples: { en: [name, address], nl: [naam, adres] }\n    sourceDescription: ${text('You.', 'U.')}\n`),
      expect: { line: 'sourceDescription:', path: '/dataCategories/0/sourceDescription', severity: 'warning' },
    },
  ],
  passes: [{ name: 'third-party data with its source', edit: (t) => addCategory(t, 'medical', `    source: third-party\n    sourceDescription: ${text('Your doctor, with your consent.', 'Uw arts, met uw toestemming.')}\n`) }],
});
