import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { text } from './edits.js';

const provision = (lines: string) => (t: string) => edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', `    examples: { en: [name, address], nl: [naam, adres] }\n    provision:\n${lines}`);

describeRule('data-provision', {
  triggers: [
    {
      name: 'a required provision without its consequence',
      edit: provision('      requirement: statutory\n'),
      expect: { line: '    provision:', path: '/dataCategories/0/provision', message: /must be provided \(`statutory`\), but the statement does not say what happens if it is not: add `provision.consequence`/ },
    },
    { name: 'no category says whether it must be provided', edit: (t) => t, expect: { line: 'dataCategories:', path: '/dataCategories', severity: 'warning', message: /No data category says whether people must provide it/ } },
  ],
  passes: [
    { name: 'a contractual requirement with its consequence', edit: provision(`      requirement: contractual\n      consequence: ${text('Without these data we cannot insure you.', 'Zonder deze gegevens kunnen wij u niet verzekeren.')}\n`) },
    { name: 'voluntary data', edit: provision('      requirement: voluntary\n') },
  ],
});
