import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { recipientLines, text } from './edits.js';

const arrangement = `    arrangement: ${text('We answer your requests; the printer keeps its systems secure.', 'Wij beantwoorden uw verzoeken; de drukkerij beveiligt haar systemen.')}\n`;

describeRule('joint-controller-arrangement', {
  triggers: [
    { name: 'a joint controller without arrangement', edit: (t) => edit(t, 'role: processor', 'role: joint-controller'), expect: { line: '  - id: printer', path: '/recipients/0', message: /is a joint controller, but the statement does not give the essence of the arrangement: add `arrangement`/ } },
    { name: 'an arrangement with a processor', edit: (t) => recipientLines(t, arrangement), expect: { line: 'arrangement:', path: '/recipients/0/arrangement', severity: 'warning' } },
  ],
  passes: [{ name: 'a joint controller with its arrangement', edit: (t) => edit(recipientLines(t, arrangement), 'role: processor', 'role: joint-controller') }],
});
