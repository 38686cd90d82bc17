import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { text } from './edits.js';

const log = (date: string) => (t: string) => `${t}changes:\n  - date: ${date}\n    summary: ${text('New retention periods.', 'Nieuwe bewaartermijnen.')}\n`;

describeRule('change-log', {
  triggers: [
    { name: 'a change after the last amendment', edit: log('2024-03-01'), expect: { line: '  - date: 2024-03-01', path: '/changes/0/date', message: /has an entry of 2024-03-01, after `statement.lastAmended` \(2024-01-31\)/ } },
    { name: 'an amendment that is not logged', edit: log('2023-06-01'), expect: { line: 'lastAmended:', path: '/statement/lastAmended', message: /newest change log entry is of 2023-06-01/ } },
  ],
  passes: [
    { name: 'the last amendment logged', edit: log('2024-01-31') },
    { name: 'no change log', edit: (t) => edit(t, 'lastAmended: 2024-01-31', 'lastAmended: 2024-01-30') },
  ],
});
