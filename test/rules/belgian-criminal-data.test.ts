import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const basis = (en: string, nl: string) => (t: string) => belgian(purposeLines(addCategory(t, 'criminal-record', '    kind: criminal\n'), `    criminalDataBasis: ${text(en, nl)}\n`));

describeRule('belgian-criminal-data', {
  triggers: [
    {
      name: 'art. 10 of the Law of 30 July 2018 without its case',
      edit: basis('Article 10 of the Law of 30 July 2018.', 'Artikel 10 van de wet van 30 juli 2018.'),
      expect: {
        line: 'criminalDataBasis:',
        path: '/purposes/0/criminalDataBasis/en',
        message: /^`criminalDataBasis` of purpose `contract` \(Performing your insurance contract\) cites art\. 10 of the Law of 30 July 2018 without saying which case of its § 1 applies, in English \(`en`\) and Dutch \(`nl`\)\. Name it, for example "artikel 10, § 1, 5°, van de wet van 30 juli 2018"/,
      },
    },
    { name: 'the case in one language only', edit: basis('Your explicit written consent (Law of 30 July 2018, art. 10(1)(5°)).', 'Artikel 10 van de wet van 30 juli 2018.'), expect: { path: '/purposes/0/criminalDataBasis/nl', message: /applies, in Dutch \(`nl`\)\./ } },
  ],
  passes: [
    { name: 'explicit written consent, 5°', edit: basis('Your explicit written consent, article 10, § 1, 5°, of the Law of 30 July 2018.', 'Uw uitdrukkelijke schriftelijke toestemming, artikel 10, § 1, 5°, van de wet van 30 juli 2018.') },
    { name: 'a Dutch statement', edit: (t) => purposeLines(addCategory(t, 'criminal-record', '    kind: criminal\n'), `    criminalDataBasis: ${text('Article 33(2)(a) UAVG.', 'Artikel 33, tweede lid, onder a, UAVG.')}\n`) },
  ],
});
