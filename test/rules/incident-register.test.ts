import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const incidents = (t: string) => addCategory(t, 'incidents', '    kind: criminal\n');
const basis = (en: string, nl: string) => (t: string) => purposeLines(incidents(t), `    criminalDataBasis: ${text(en, nl)}\n`);
const ownUse = basis('Article 33(2)(b) UAVG: to protect us against offences.', 'Artikel 33, tweede lid, onder b, UAVG: ter bescherming tegen strafbare feiten.');
const described = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: ${text(en, nl)}`);

describeRule('incident-register', {
  triggers: [
    {
      name: 'the protocol named without the AP licence',
      edit: basis(
        'Article 33(2)(b) UAVG, in line with the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen.',
        'Artikel 33, tweede lid, onder b, UAVG, volgens het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen.',
      ),
      expect: {
        line: 'criminalDataBasis:',
        path: '/purposes/0/criminalDataBasis/en',
        message: /^Purpose `contract` \(Performing your insurance contract\) shares incident data with other financial institutions .* in English \(`en`\) and Dutch \(`nl`\) does not name the licence this needs\. Say that it rests on UAVG art\. 33\(4\)\(c\), .*approved as of 1 April 2021/,
      },
    },
    {
      name: 'a recipient that registers in the Extern Verwijzingsregister, the licence named in one language only',
      edit: (t) =>
        edit(
          basis('Article 33(4)(c) UAVG, with the licence of the Dutch Data Protection Authority.', 'Artikel 33, vierde lid, onder c, UAVG.')(t),
          'description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }',
          'description: { en: Records the reference in the external referral register., nl: Neemt de verwijzing op in het Extern Verwijzingsregister. }',
        ),
      expect: { path: '/purposes/0/criminalDataBasis/nl', message: /in Dutch \(`nl`\) does not name the licence/ },
    },
    {
      name: 'an incident register without criminal data',
      edit: described('We keep an incident register of fraud.', 'Wij houden een incidentenregister bij van fraude.'),
      expect: { path: '/purposes/0/dataCategories', line: '    dataCategories: [contact]\n    recipients', references: ['GDPR Art. 10', 'UAVG art. 33(2)(b)', 'UAVG art. 33(4)(c)'], message: /none of its data categories is of kind `criminal`.*mark the category `kind: criminal`/ },
    },
  ],
  passes: [
    { name: 'the licence of art. 33(4)(c) under PIFI 2021', edit: basis('Article 33(4)(c) UAVG, with the licence of the Dutch Data Protection Authority (PIFI 2021).', 'Artikel 33, vierde lid, onder c, UAVG, met de vergunning van de Autoriteit Persoonsgegevens (PIFI 2021).') },
    { name: 'an incident register for own use on art. 33(2)(b)', edit: (t) => described('We keep an incident register for our own use.', 'Wij houden voor eigen gebruik een incidentenregister bij.')(ownUse(t)) },
    { name: 'fraud prevention without an incident register', edit: described('We check your application for fraud.', 'Wij controleren uw aanvraag op fraude.') },
    {
      name: 'a Belgian statement (the protocol is Dutch)',
      edit: (t) => belgian(basis('Article 10, § 1, 1°, of the Law of 30 July 2018, and the Protocol Incidentenwaarschuwingssysteem.', 'Artikel 10, § 1, 1°, van de wet van 30 juli 2018, en het Protocol Incidentenwaarschuwingssysteem.')(t)),
    },
  ],
});
