import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { text } from './edits.js';

const criteria = (en: string, nl: string) => (t: string) => edit(t, '    period: P7Y\n', `    criteria: ${text(en, nl)}\n`);

describeRule('vague-retention', {
  triggers: [
    {
      name: '"as long as necessary" without a period',
      edit: criteria('As long as necessary for the purposes.', 'Zolang als nodig voor de doeleinden.'),
      expect: { line: 'criteria:', path: '/retention/0/criteria/en', message: /gives no `period`, and its criteria in English come down to "as long as necessary"/ },
    },
    { name: 'Dutch "niet langer dan nodig"', edit: criteria('Until your contract ends.', 'Wij bewaren uw gegevens niet langer dan nodig.'), expect: { path: '/retention/0/criteria/nl', message: /in Dutch come down to "niet langer dan nodig"/ } },
  ],
  passes: [
    { name: 'criteria with the event and the time after it', edit: criteria('As long as necessary, and at most 2 years after your contract ends.', 'Tot 2 jaar na het einde van uw overeenkomst.') },
    { name: 'an event a person can apply', edit: criteria('Until you close your account.', 'Tot u uw account opzegt.') },
    { name: 'a period', edit: (t) => t },
  ],
});
