import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('retention-coverage', {
  triggers: [
    {
      name: 'a category without retention rule',
      edit: (t) => edit(edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n  - id: calls\n    name: { en: Calls, nl: Gesprekken }\n'), 'dataCategories: [contact]\n    recipients', 'dataCategories: [contact, calls]\n    recipients'),
      expect: { line: '  - id: calls', path: '/dataCategories/1', message: 'Data category `calls` (Calls) has no retention rule. Add a rule under `retention` that lists `calls` in its `dataCategories`, with a `period` (such as `P7Y`) or `criteria`.' },
    },
    {
      name: 'a category kept under a rule narrowed to another purpose',
      edit: (t) =>
        edit(
          edit(t, "    dataCategories: [contact]\n    period: P7Y", "    dataCategories: [contact]\n    purposes: [newsletter]\n    period: P7Y"),
          "recipients:\n  - id: printer",
          "  - id: newsletter\n    name: { en: Newsletter, nl: Nieuwsbrief }\n    description: { en: News., nl: Nieuws. }\n    legalBasis: consent\n    dataCategories: [contact]\nrecipients:\n  - id: printer",
        ),
      expect: { line: '  - id: contact\n    name', path: '/dataCategories/0', message: /has retention rules only for some purposes; nothing says how long it is kept for `contract`/ },
    },
    { name: 'a rule with neither period nor criteria', edit: (t) => edit(t, '    period: P7Y\n', ''), expect: { line: '  - id: contact\n    dataCategories: [contact]\nrights', path: '/retention/0', message: /gives neither a `period` nor `criteria`\. Add the period \(such as `P180D` for 180 days or `P7Y` for 7 years\)/ } },
  ],
  passes: [{ name: 'criteria instead of a period', edit: (t) => edit(t, '    period: P7Y\n', '    criteria: { en: Until the contract ends., nl: Tot het einde van de overeenkomst. }\n') }],
});
