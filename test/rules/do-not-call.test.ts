import { describeRule } from './harness.js';
import { belgian, text } from './edits.js';

const section = (en: string, nl: string) => (t: string) => `${t}sections:\n  - id: calls\n    after: objection\n    title: { en: Calls, nl: Bellen }\n    body: ${text(en, nl)}\n`;

describeRule('do-not-call', {
  triggers: [
    {
      name: 'a Dutch statement that still mentions the Bel-me-niet Register',
      edit: section('Register with the Do Not Call register.', 'Schrijf u in bij het Bel-me-niet Register.'),
      expect: { line: 'body:', path: '/sections/0/body/nl', message: /mentions the Bel-me-niet Register, which was abolished on 2021-07-01/ },
    },
  ],
  passes: [
    { name: 'a Dutch statement that points to the right to object', edit: section('Object through privacy@example.nl.', 'Maak bezwaar via privacy@example.nl.') },
    { name: 'a Belgian statement naming the Bel-me-niet-meer list', edit: (t) => belgian(section('Register on the Do Not Call Me list.', 'Schrijf je in op de Bel-me-niet-meer-lijst.')(t)) },
  ],
});
