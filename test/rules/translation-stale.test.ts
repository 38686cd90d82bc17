import { edit } from '../helpers.js';
import { lockOf } from '../translations/lock-of.js';
import { describeRule } from './harness.js';

const description = 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }';
const sourceChanged = (t: string) => edit(t, 'en: We use your details to administer your policy.', 'en: We use your details to administer your policy and to handle claims.');
const fraudNl = 'nl: Wij houden voor intern gebruik een registratie bij van incidenten zoals wanbetaling en fraude.';
const withSource = (locale: string) => (t: string) => edit(t, 'locales: [en, nl]', `locales: [en, nl]\n  sourceLocale: ${locale}`);
/** An arrangement on a processor: a text the statement does not show. */
const arrangement = (t: string) => edit(t, '    role: processor\n', '    role: processor\n    arrangement: { en: We agreed on the arrangement., nl: Wij hebben afspraken gemaakt. }\n');

describeRule('translation-stale', {
  triggers: [
    {
      name: 'the English source text changed after the Dutch translation was accepted',
      edit: sourceChanged,
      translations: lockOf,
      expect: {
        line: 'description: { en: We use your details',
        path: '/purposes/0/description/nl',
        message: 'Description of purpose “Performing your insurance contract”: the English text has changed since this Dutch translation was accepted, and the translation has not. Bring the Dutch text in line (or have it translated: `privacy-statement translations <statement> --export nl`), then accept it: `privacy-statement translations <statement> --accept --locale nl --path /purposes/0/description`.',
      },
    },
    {
      name: 'a Dutch source text of Harmony changed: the English translation, on its own line',
      base: 'harmony',
      edit: (t) => edit(t, fraudNl, fraudNl.replace('Wij houden', 'Wij houden altijd')),
      translations: lockOf,
      expect: { line: 'en: We keep records for internal use', path: '/purposes/6/description/en', message: /^Description of purpose “Het voorkomen en bestrijden van fraude”: the Dutch text has changed since this English translation/ },
    },
    {
      name: 'the source language named by sourceLocale (nl) changed',
      edit: (t) => edit(withSource('nl')(t), 'nl: Wij gebruiken uw gegevens voor uw polis.', 'nl: Wij gebruiken uw gegevens voor uw polis en uw schades.'),
      translations: (t) => lockOf(withSource('nl')(t)),
      expect: { line: 'description: { en: We use', path: '/purposes/0/description/en', message: /the Dutch text has changed since this English translation was accepted/ },
    },
    {
      name: 'a list (examples) whose source items changed',
      edit: (t) => edit(t, 'examples: { en: [name, address]', 'examples: { en: [name, address, e-mail address]'),
      translations: lockOf,
      expect: { line: 'examples: {', path: '/dataCategories/0/examples/nl', message: /^Examples of data category “Contact details”/ },
    },
    {
      name: 'a lock file written when the texts were in another language',
      edit: withSource('nl'),
      translations: lockOf,
      expect: { line: 'sourceLocale: nl', path: '/statement/sourceLocale', message: /records translations of English \(`en`\) texts, but the texts are now written in Dutch \(`nl`\)/ },
    },
  ],
  passes: [
    { name: 'every translation as accepted', edit: (t) => t, translations: lockOf },
    { name: 'no lock file: nothing to compare, however much changed', edit: sourceChanged },
    { name: 'source and translation changed together (changed, not stale)', edit: (t) => edit(sourceChanged(t), 'nl: Wij gebruiken uw gegevens voor uw polis.', 'nl: Wij gebruiken uw gegevens voor uw polis en uw schades.'), translations: lockOf },
    { name: 'only the translation changed', edit: (t) => edit(t, 'nl: Wij gebruiken uw gegevens voor uw polis.', 'nl: Wij gebruiken uw gegevens om uw polis te beheren.'), translations: lockOf },
    { name: 'a text that is not shown (the arrangement of a processor)', edit: (t) => edit(arrangement(t), 'en: We agreed on the arrangement.', 'en: We agreed on a new arrangement.'), translations: (t) => lockOf(arrangement(t)) },
    { name: 'the purposes of Harmony reordered (the lock names them by id)', base: 'harmony', edit: (t) => reorder(t), translations: lockOf },
    { name: 'reformatted: the same texts written in other YAML styles', edit: (t) => edit(t, description, 'description:\n      en: >-\n        We use your details\n        to administer your policy.\n      nl: "Wij gebruiken uw gegevens voor uw polis."'), translations: lockOf },
  ],
});

/** Harmony with its first purpose moved to the end of the list. */
function reorder(t: string): string {
  const start = t.indexOf('  - id: application');
  const end = t.indexOf('  - id: contract');
  const block = t.slice(start, end);
  const after = t.indexOf('\nrecipients:');
  return t.slice(0, start) + t.slice(end, after + 1) + block + t.slice(after + 1);
}
