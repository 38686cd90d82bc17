import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { belgian, recipientLines, text } from './edits.js';

const cis = (t: string) => edit(t, 'name: { en: Printing company, nl: Drukkerij }', 'name: Stichting CIS');
const arrangement = `    arrangement: ${text('We are responsible for what we register; CIS manages the register.', 'Wij zijn verantwoordelijk voor wat wij registreren; CIS beheert het register.')}\n`;

describeRule('industry-register', {
  triggers: [
    { name: 'Stichting CIS as a processor', edit: cis, expect: { line: 'role: processor', path: '/recipients/0/role', message: /names Stichting CIS, but its role is `processor`.*set `role: joint-controller`/ } },
    { name: 'a Dutch register in a Belgian statement', edit: (t) => belgian(cis(t)), expect: { line: '  - id: printer', path: '/recipients/0', references: ['GDPR Art. 13(1)(e)'], message: /a Dutch register .* this statement is for `be-gba`/ } },
    { name: 'Datassur in a Dutch statement', edit: (t) => edit(t, 'name: { en: Printing company, nl: Drukkerij }', 'name: Datassur'), expect: { path: '/recipients/0', references: ['GDPR Art. 13(1)(e)'], message: /names Datassur, a Belgian register/ } },
  ],
  passes: [
    { name: 'Stichting CIS as a joint controller', edit: (t) => edit(recipientLines(cis(t), arrangement), 'role: processor', 'role: joint-controller') },
    { name: 'Datassur in a Belgian statement', edit: (t) => belgian(edit(t, 'name: { en: Printing company, nl: Drukkerij }', 'name: Datassur')) },
  ],
});
