import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const basis = (en: string, nl: string) => (t: string) => purposeLines(addCategory(t, 'criminal-history', '    kind: criminal\n'), `    criminalDataBasis: ${text(en, nl)}\n`);

describeRule('criminal-data-provision', {
  triggers: [
    {
      name: 'UAVG art. 33 without a paragraph',
      edit: basis('Article 33 UAVG.', 'Artikel 33 UAVG.'),
      expect: {
        line: 'criminalDataBasis:',
        path: '/purposes/0/criminalDataBasis/en',
        message: /^`criminalDataBasis` of purpose `contract` \(Performing your insurance contract\) cites UAVG art\. 33 without its paragraph in English \(`en`\) and Dutch \(`nl`\)\. Name the one this purpose relies on: art\. 33\(2\)\(a\)/,
      },
    },
    { name: 'the paragraph in one language only', edit: basis('Article 33(2)(a) UAVG.', 'Artikel 33 van de Uitvoeringswet AVG, om uw aanvraag te beoordelen.'), expect: { path: '/purposes/0/criminalDataBasis/nl', message: /without its paragraph in Dutch \(`nl`\)\./ } },
    {
      name: 'art. 10 of the Belgian Law of 30 July 2018 without its case',
      edit: (t) => belgian(basis('Article 10 of the Law of 30 July 2018.', 'Artikel 10 van de wet van 30 juli 2018.')(t)),
      expect: {
        path: '/purposes/0/criminalDataBasis/en',
        references: ['GDPR Art. 10'],
        message: /cites art\. 10 of the Law of 30 July 2018 without its case under § 1 in English \(`en`\) and Dutch \(`nl`\)\. Name it, for example "artikel 10, § 1, 5°, van de wet van 30 juli 2018"/,
      },
    },
    { name: 'the Belgian case in one language only', edit: (t) => belgian(basis('Your explicit written consent (Law of 30 July 2018, art. 10(1)(5°)).', 'Artikel 10 van de wet van 30 juli 2018.')(t)), expect: { path: '/purposes/0/criminalDataBasis/nl', references: ['GDPR Art. 10'] } },
  ],
  passes: [
    { name: 'art. 33(2)(a) in both languages', edit: basis('Article 33(2)(a) UAVG: to assess your application.', 'Artikel 33, tweede lid, onder a, UAVG: om uw aanvraag te beoordelen.') },
    { name: 'art. 33 lid 4 sub c in the common style', edit: basis('Article 33 paragraph 4(c) UAVG, with the licence of the AP.', 'Art. 33 lid 4 sub c UAVG, met de vergunning van de AP.') },
    { name: 'explicit written consent, 5°, in Belgium', edit: (t) => belgian(basis('Your explicit written consent, article 10, § 1, 5°, of the Law of 30 July 2018.', 'Uw uitdrukkelijke schriftelijke toestemming, artikel 10, § 1, 5°, van de wet van 30 juli 2018.')(t)) },
    // incident-register warns about this one, with the licence it needs: one warning, not two.
    { name: 'art. 33 for sharing through the warning system', edit: basis('Article 33 UAVG, under the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen.', 'Artikel 33 UAVG, volgens het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen.') },
    { name: 'a Belgian basis that cites the Dutch article number', edit: (t) => belgian(basis('Article 33 of our internal rules and art. 10, § 1, 5°, of the Law of 30 July 2018.', 'Artikel 33 van ons reglement en artikel 10, § 1, 5°, van de wet van 30 juli 2018.')(t)) },
  ],
});
