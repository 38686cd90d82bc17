import { describeRule } from './harness.js';

const section = (id: string, after: string) => `sections:\n  - id: ${id}\n    after: ${after}\n    title: { en: T, nl: T }\n    body: { en: B., nl: B. }\n`;

describeRule('section-placement', {
  triggers: [
    { name: 'a custom section with a standard id', edit: (t) => t + section('objection', 'rights'), expect: { line: 'id: objection', path: '/sections/0/id', message: /is the id of a standard section/ } },
    { name: 'a custom section with the form of a generated anchor', edit: (t) => t + section('purpose-contract', 'rights'), expect: { line: 'id: purpose-contract', path: '/sections/0/id', message: /has the form of the anchors/ } },
    { name: 'placed after a section that does not exist', edit: (t) => t + section('survey', 'recipient'), expect: { line: 'after: recipient', path: '/sections/0/after', message: /Did you mean `recipients`\?/ } },
    {
      name: 'sections placed after each other in a circle',
      edit: (t) => t + section('a', 'b') + section('b', 'a').replace('sections:\n', ''),
      expect: { path: '/sections/0/after', message: /circle/ },
    },
  ],
  passes: [{ name: 'after a standard section', edit: (t) => t + section('survey', 'recipients') }],
});
