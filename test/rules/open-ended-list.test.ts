import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('open-ended-list', {
  triggers: [
    {
      name: '"etc." as the last example',
      edit: (t) => edit(t, 'examples: { en: [name, address], nl: [naam, adres] }', 'examples: { en: [name, address, etc.], nl: [naam, adres] }'),
      expect: { line: 'examples:', path: '/dataCategories/0/examples/en/2', message: 'The data category `contact` (Contact details) leaves its list open with "etc." in English. Name every kind of data it covers, so that the reader knows the whole list.' },
    },
    {
      name: '"onder andere" in a recipient',
      edit: (t) => edit(t, 'nl: Drukt en verstuurt onze brieven.', 'nl: Drukt onder andere onze brieven.'),
      expect: { path: '/recipients/0/description/nl', message: /recipient `printer` \(Printing company\) leaves its list open with "onder andere" in Dutch/ },
    },
  ],
  passes: [{ name: 'complete lists', edit: (t) => t }],
});
