import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('unknown-reference', {
  triggers: [
    {
      name: 'a purpose names a data category that does not exist',
      edit: (t) => edit(t, 'dataCategories: [contact]\n    recipients', 'dataCategories: [contacts]\n    recipients'),
      expect: { line: 'dataCategories: [contacts]', path: '/purposes/0/dataCategories/0', message: 'Purpose `contract` refers to data category `contacts`, which is not defined in `dataCategories`. Did you mean `contact`?' },
    },
    {
      name: 'a purpose names an unknown recipient',
      edit: (t) => edit(t, 'recipients: [printer]', 'recipients: [printers, mailer]'),
      expect: { path: '/purposes/0/recipients/0', message: /recipient `printers`.*Did you mean `printer`\?/ },
    },
    {
      name: 'a retention rule names an unknown purpose',
      edit: (t) => edit(t, '    period: P7Y', '    purposes: [marketing]\n    period: P7Y'),
      expect: { line: 'purposes: [marketing]', path: '/retention/0/purposes/0', message: /Retention rule `contact` refers to purpose `marketing`.*use one of: `contract`/ },
    },
  ],
  passes: [{ name: 'the minimal statement', edit: (t) => t }],
});
