import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('invalid-date', {
  triggers: [
    { name: '30 February', edit: (t) => edit(t, 'lastAmended: 2024-01-31', 'lastAmended: 2023-02-29'), expect: { line: 'lastAmended: 2023-02-29', path: '/statement/lastAmended', message: /`2023-02-29` does not exist/ } },
    {
      name: 'a change log out of order',
      edit: (t) => t + 'changes:\n  - date: 2020-01-01\n    summary: { en: Old., nl: Oud. }\n  - date: 2024-01-31\n    summary: { en: New., nl: Nieuw. }\n',
      expect: { line: 'date: 2024-01-31', path: '/changes/1/date', message: /newest first/ },
    },
  ],
  passes: [{ name: 'a leap day', edit: (t) => edit(t, 'lastAmended: 2024-01-31', 'lastAmended: 2024-02-29') }],
});
