import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { purposeLines, text } from './edits.js';

const code = (en: string, nl: string) => (t: string) => edit(t, '  lastAmended: 2024-01-31\n', `  lastAmended: 2024-01-31\n  codesOfConduct:\n    - name: ${text(en, nl)}\n`);
const gvpfi = code('Code of Conduct for the Processing of Personal Data by Financial Institutions', 'Gedragscode Verwerking Persoonsgegevens Financiële Instellingen');
const dated = (date: string) => (t: string) => edit(t, 'lastAmended: 2024-01-31', `lastAmended: ${date}`);
const described = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: ${text(en, nl)}`);

describeRule('superseded-code-of-conduct', {
  triggers: [
    {
      name: 'the GVPFI as the code of conduct, in every language',
      edit: gvpfi,
      expect: {
        line: '- name:',
        path: '/statement/codesOfConduct/0/name/en',
        message: /^`name` of code of conduct 1 \(English and Dutch\) names Gedragscode Verwerking Persoonsgegevens Financiële Instellingen \(GVPFI\), which is out of date for a statement dated 31 January 2024: .*Wet bescherming persoonsgegevens.*Name the Gedragscode Verwerking Persoonsgegevens Verzekeraars \(Verbond van Verzekeraars\)/,
      },
    },
    {
      name: 'the GVPFI by its abbreviation in a purpose',
      edit: described('We follow the GVPFI.', 'Wij volgen de GVPFI.'),
      expect: { line: 'description:', path: '/purposes/0/description/en', message: /^`description` of purpose `contract` \(English and Dutch\) names Gedragscode Verwerking Persoonsgegevens Financiële Instellingen/ },
    },
    {
      name: 'the 2013 incident protocol after PIFI 2021',
      edit: (t) => purposeLines(t, `    legitimateInterest: ${text('Fraud prevention under the PIFI 2013.', 'Fraudebestrijding volgens het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen 2013.')}\n`),
      expect: { path: '/purposes/0/legitimateInterest/en', message: /names an earlier version of the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen \(2013 or 2017\).*Name the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen 2021 \(PIFI 2021\)/ },
    },
    {
      name: 'the medical advisers\' professional code by its name before September 2013, in one language',
      edit: described('Our medical adviser follows the professional code of the GAV.', 'Onze medisch adviseur volgt de Beroepscode voor Geneeskundig Adviseurs werkzaam in Particuliere Verzekeringszaken.'),
      expect: { path: '/purposes/0/description/nl', message: /\(Dutch\) names Beroepscode voor Geneeskundig Adviseurs.*the GAV renamed it in its September 2013 version.*Beroepscode voor Medisch Adviseurs/ },
    },
  ],
  passes: [
    { name: 'the insurers\' code of conduct', edit: code('Code of Conduct for the Processing of Personal Data by Insurers', 'Gedragscode Verwerking Persoonsgegevens Verzekeraars') },
    { name: 'the GVPFI in a statement dated before the GDPR applied', edit: (t) => dated('2018-05-24')(gvpfi(t)) },
    { name: 'the 2013 protocol in a statement dated before PIFI 2021', edit: (t) => dated('2021-03-31')(described('We follow the PIFI 2013.', 'Wij volgen het PIFI 2013.')(t)) },
    { name: 'PIFI 2021', edit: described('We follow the PIFI 2021.', 'Wij volgen het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen 2021.') },
    { name: 'the professional code by its current name', edit: described('Our medical adviser follows the Beroepscode voor Medisch Adviseurs.', 'Onze medisch adviseur volgt de Beroepscode voor Medisch Adviseurs.') },
    {
      name: 'the GVPFI in the change log, which describes the past',
      edit: (t) => `${t}changes:\n  - date: 2024-01-31\n    summary: ${text('We now follow the insurers\' code instead of the Gedragscode Verwerking Persoonsgegevens Financiële Instellingen.', 'Wij volgen nu de Gedragscode Verwerking Persoonsgegevens Verzekeraars in plaats van de Gedragscode Verwerking Persoonsgegevens Financiële Instellingen.')}\n`,
    },
  ],
});
