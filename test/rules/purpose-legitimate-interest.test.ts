import { describeRule } from './harness.js';
import { purposeLines, text, withBasis } from './edits.js';

const interest = `    legitimateInterest: ${text('Keeping our customer records accurate.', 'Ons klantenbestand juist houden.')}\n`;

describeRule('purpose-legitimate-interest', {
  triggers: [
    {
      name: 'legitimate interests without saying which',
      edit: (t) => withBasis(t, 'legitimate-interests'),
      expect: {
        line: '  - id: contract',
        path: '/purposes/0',
        message: 'Purpose `contract` (Performing your insurance contract) relies on legitimate interests but does not say which interest: add `legitimateInterest` saying which interest is pursued, in words a customer can weigh against their own.',
      },
    },
    { name: 'an empty interest is a schema error reported under this rule', edit: (t) => withBasis(t, 'legitimate-interests', '    legitimateInterest: ""\n'), expect: { line: 'legitimateInterest: ""', path: '/purposes/0/legitimateInterest', message: /is empty/ } },
    { name: 'an interest on another legal basis', edit: (t) => purposeLines(t, interest), expect: { line: 'legitimateInterest:', path: '/purposes/0/legitimateInterest', severity: 'warning', message: /its legal basis is `contract`, so the interest is not shown/ } },
  ],
  passes: [{ name: 'legitimate interests with the interest', edit: (t) => withBasis(t, 'legitimate-interests', interest) }],
});
