import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const description = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: { en: "${en}", nl: "${nl}" }`);

describeRule('hedging-language', {
  triggers: [
    {
      name: '"may" in English',
      edit: description('We may use your details to develop new services.', 'Wij gebruiken uw gegevens voor uw polis.'),
      expect: { line: 'description:', path: '/purposes/0/description/en', message: '`description` of purpose `contract` (Performing your insurance contract) hedges with "may" in English ("We may use your details…"). Say what you do, definitely: "we use", not "we may use"; if it happens only in some cases, say in which.' },
    },
    { name: 'Dutch "wij kunnen … delen"', edit: description('We use your details.', 'Wij kunnen uw gegevens ook delen met andere verzekeraars.'), expect: { path: '/purposes/0/description/nl', message: /hedges with "kunnen" in Dutch \("Wij kunnen uw gegevens ook delen met andere verzekeraars\."\)/ } },
    { name: 'Dutch passive "kunnen worden verstrekt"', edit: description('We use your details.', 'Uw gegevens kunnen aan derden worden verstrekt.'), expect: { path: '/purposes/0/description/nl', message: /"kunnen"/ } },
    { name: 'Dutch, with the controller as subject', edit: description('We use your details.', 'Example Verzekeringen kan uw gegevens delen met andere verzekeraars.'), expect: { path: '/purposes/0/description/nl', message: /hedges with "kan" in Dutch/ } },
    { name: 'Dutch "eventueel"', edit: description('We use your details.', 'Wij delen uw gegevens eventueel met partners.'), expect: { path: '/purposes/0/description/nl', message: /"eventueel"/ } },
  ],
  passes: [
    { name: 'definite language', edit: (t) => t },
    { name: 'a right, a month and a capability', edit: description('You may object at any time; since May 2024 we record calls.', 'U kunt bezwaar maken. Wij bellen u zo snel mogelijk terug om uw schade te kunnen beoordelen.') },
  ],
});
