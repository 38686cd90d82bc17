import { describeRule } from './harness.js';
import { purposeLines, text, withBasis } from './edits.js';

const law = `    legalObligation: ${text('The Dutch Financial Supervision Act (Wft).', 'De Wet op het financieel toezicht (Wft).')}\n`;

describeRule('purpose-legal-obligation', {
  triggers: [
    { name: 'a legal obligation without the law', edit: (t) => withBasis(t, 'legal-obligation'), expect: { line: '  - id: contract', path: '/purposes/0', message: /relies on a legal obligation but does not say which law imposes it: add `legalObligation`/ } },
    { name: 'a public task without the law', edit: (t) => withBasis(t, 'public-task'), expect: { path: '/purposes/0', message: /a task in the public interest/ } },
    { name: 'a law on a contract purpose', edit: (t) => purposeLines(t, law), expect: { line: 'legalObligation:', path: '/purposes/0/legalObligation', message: /so the law is not shown/ } },
  ],
  passes: [{ name: 'a legal obligation naming the law', edit: (t) => withBasis(t, 'legal-obligation', law) }],
});
