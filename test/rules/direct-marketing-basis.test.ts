import { describeRule } from './harness.js';
import { purposeLines, text, withBasis } from './edits.js';

describeRule('direct-marketing-basis', {
  triggers: [
    {
      name: 'direct marketing on a contract',
      edit: (t) => purposeLines(t, '    directMarketing: true\n'),
      expect: { line: 'legalBasis: contract', path: '/purposes/0/legalBasis', message: /is direct marketing but relies on `contract`.*use `consent`, or `legitimate-interests`/ },
    },
  ],
  passes: [
    { name: 'direct marketing on consent', edit: (t) => withBasis(t, 'consent', '    directMarketing: true\n') },
    { name: 'direct marketing on legitimate interests', edit: (t) => withBasis(t, 'legitimate-interests', `    legitimateInterest: ${text('Telling customers about similar products.', 'Klanten informeren over vergelijkbare producten.')}\n    directMarketing: true\n`) },
  ],
});
