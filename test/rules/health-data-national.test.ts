import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const health = (t: string) => addCategory(t, 'health', '    kind: special\n    special: health\n');
const law = (en: string, nl: string, condition = 'substantial-public-interest') => (t: string) =>
  purposeLines(health(t), `    specialCategoryCondition: ${condition}\n    specialCategoryLaw: ${text(en, nl)}\n`);
const uavg = law('Article 30(3)(b) UAVG.', 'Artikel 30, derde lid, aanhef en onder b, UAVG.');
const described = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: ${text(en, nl)}`);
const adviser = described('Our medical adviser assesses your health declaration.', 'Onze medisch adviseur beoordeelt uw gezondheidsverklaring.');
const risk = (t: string) => edit(t, 'name: { en: Performing your insurance contract, nl: Uitvoeren van uw verzekering }', 'name: { en: Assessing the risk to be insured, nl: Beoordelen van het te verzekeren risico }');
const gvpv = 'Gedragscode Verwerking Persoonsgegevens Verzekeraars';

describeRule('health-data-national', {
  triggers: [
    {
      name: 'a Belgian insurer processing health data without explicit consent',
      edit: (t) => belgian(purposeLines(health(t), `    specialCategoryCondition: substantial-public-interest\n    specialCategoryLaw: ${text('Some law.', 'Een wet.')}\n`)),
      expect: { line: 'specialCategoryCondition:', path: '/purposes/0/specialCategoryCondition', references: ['GDPR Art. 9(2)(a)'], message: /Belgian law has no exception .* rely on `explicit-consent`/ },
    },
    {
      name: 'UAVG art. 30(3)(b) without the medical adviser',
      edit: uavg,
      expect: {
        line: 'specialCategoryLaw:',
        path: '/purposes/0/specialCategoryLaw',
        references: ['UAVG art. 30(4)', gvpv],
        message: /texts in English \(`en`\) and Dutch \(`nl`\) do not say that a medical adviser is responsible.*only by persons bound to confidentiality \(UAVG art\. 30\(4\)\), under the responsibility of the medical adviser .*as the Gedragscode Verwerking Persoonsgegevens Verzekeraars provides/,
      },
    },
    {
      name: 'the medical adviser named in one language only',
      edit: (t) => edit(adviser(uavg(t)), 'Our medical adviser assesses', 'Our doctor assesses'),
      expect: { references: ['UAVG art. 30(4)', gvpv], message: /texts in English \(`en`\) do not say/ },
    },
    {
      name: 'an insurer on Art. 9(2)(h), the condition for care providers',
      edit: (t) => adviser(law('Article 30(3)(b) UAVG.', 'Artikel 30 lid 3 sub b UAVG.', 'health-care')(t)),
      expect: { line: 'specialCategoryCondition: health-care', path: '/purposes/0/specialCategoryCondition', references: ['GDPR Art. 9(2)(g)', 'GDPR Art. 9(2)(h)', 'UAVG art. 30(3)(b)'], message: /with `health-care`, Art\. 9\(2\)\(h\), which covers care providers .*set `specialCategoryCondition: substantial-public-interest`/ },
    },
    {
      name: 'UAVG art. 30(3) without its limb',
      edit: (t) => adviser(law('Article 30(3) UAVG.', 'Artikel 30, derde lid, UAVG.')(t)),
      expect: { line: 'specialCategoryLaw:', path: '/purposes/0/specialCategoryLaw/en', references: ['UAVG art. 30(3)(b)'], message: /cites UAVG art\. 30\(3\) without its limb in English \(`en`\) and Dutch \(`nl`\)\. .*"artikel 30, derde lid, aanhef en onder b, UAVG"/ },
    },
    {
      name: 'risk assessment without the right not to object',
      edit: (t) => risk(adviser(uavg(t))),
      expect: { line: 'specialCategoryLaw:', path: '/purposes/0/specialCategoryLaw', references: ['UAVG art. 30(3)(b)'], message: /assesses the risk to be insured with health data under UAVG art\. 30\(3\)\(b\), which allows that only as long as the person has not objected, but its texts in English \(`en`\) and Dutch \(`nl`\) do not say so/ },
    },
  ],
  passes: [
    { name: 'UAVG art. 30(3)(b) under a medical adviser', edit: (t) => adviser(uavg(t)) },
    {
      name: 'risk assessment that says the person may object',
      edit: (t) => risk(adviser(law('Article 30(3)(b) UAVG, as long as you have not objected to it.', 'Artikel 30, derde lid, aanhef en onder b, UAVG, zolang u daartegen geen bezwaar hebt gemaakt.')(t))),
    },
    { name: 'a Belgian insurer on explicit consent', edit: (t) => belgian(purposeLines(health(t), '    specialCategoryCondition: explicit-consent\n')) },
    { name: 'a Dutch insurer on explicit consent', edit: (t) => purposeLines(health(t), '    specialCategoryCondition: explicit-consent\n') },
  ],
});
