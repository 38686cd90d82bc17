import { edit, lineOf } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('translation-missing', {
  triggers: [
    {
      name: 'a text lacks one of the statement\'s languages',
      edit: (t) => edit(t, '{ en: Printing company, nl: Drukkerij }', '{ en: Printing company }'),
      expect: { line: 'name: { en: Printing company }', path: '/recipients/0/name', message: '`name` of recipient `printer` has no Dutch (`nl`) text. Add `nl: …`, or remove that language from `statement.locales`.' },
    },
    {
      name: 'a missing French text in the Harmony example',
      base: 'harmony',
      edit: (t) => edit(t, "\n        fr: Sans ces données, nous ne pouvons ni encaisser les primes ni payer les indemnités.", ''),
      expect: { line: (t) => lineOf(t, 'nl: Zonder deze gegevens kunnen wij geen premie') - 1, path: '/dataCategories/3/provision/consequence', message: /has no French \(`fr`\) text/ },
    },
    {
      name: 'a plain string in a statement with two languages',
      edit: (t) => edit(t, "description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }", 'description: Prints and sends our letters.'),
      expect: { path: '/recipients/0/description', message: /is a single text, but the statement is rendered in 2 languages \(en, nl\)/ },
    },
  ],
  passes: [
    { name: 'every text in every language', edit: (t) => t },
    { name: 'a text that is not shown (an arrangement with a processor)', edit: (t) => edit(t, '    role: processor\n', '    role: processor\n    arrangement: { en: Only in English. }\n') },
    { name: 'a recipient named by a proper noun', edit: (t) => edit(t, '{ en: Printing company, nl: Drukkerij }', 'Drukkerij De Vries') },
    { name: 'a single-language statement with plain strings', edit: (t) => edit(edit(t, 'locales: [en, nl]', 'locales: [en]'), "description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }", 'description: Prints and sends our letters.') },
  ],
});
