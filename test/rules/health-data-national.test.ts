import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const health = (t: string) => addCategory(t, 'health', '    kind: special\n    special: health\n');
const uavg = `    specialCategoryCondition: substantial-public-interest\n    specialCategoryLaw: ${text('Article 30(3) UAVG.', 'Artikel 30, derde lid, UAVG.')}\n`;
const adviser = (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', 'description: { en: "Our medical adviser assesses your health declaration.", nl: "Onze medisch adviseur beoordeelt uw gezondheidsverklaring." }');

describeRule('health-data-national', {
  triggers: [
    {
      name: 'a Belgian insurer processing health data without explicit consent',
      edit: (t) => belgian(purposeLines(health(t), `    specialCategoryCondition: substantial-public-interest\n    specialCategoryLaw: ${text('Some law.', 'Een wet.')}\n`)),
      expect: { line: 'specialCategoryCondition:', path: '/purposes/0/specialCategoryCondition', references: ['GDPR Art. 9(2)(a)', 'Law of 30 July 2018, art. 9'], message: /Belgian law has no exception .* rely on `explicit-consent`/ },
    },
    {
      name: 'UAVG art. 30(3) without the medical adviser',
      edit: (t) => purposeLines(health(t), uavg),
      expect: { line: 'specialCategoryLaw:', path: '/purposes/0/specialCategoryLaw', references: ['UAVG art. 30(3)'], message: /texts in English \(`en`\) and Dutch \(`nl`\) do not say that a medical adviser is responsible/ },
    },
    {
      name: 'the medical adviser named in one language only',
      edit: (t) => edit(adviser(purposeLines(health(t), uavg)), 'Our medical adviser assesses', 'Our doctor assesses'),
      expect: { references: ['UAVG art. 30(3)'], message: /texts in English \(`en`\) do not say/ },
    },
  ],
  passes: [
    { name: 'UAVG art. 30(3) under a medical adviser', edit: (t) => adviser(purposeLines(health(t), uavg)) },
    { name: 'a Belgian insurer on explicit consent', edit: (t) => belgian(purposeLines(health(t), '    specialCategoryCondition: explicit-consent\n')) },
    { name: 'a Dutch insurer on explicit consent', edit: (t) => purposeLines(health(t), '    specialCategoryCondition: explicit-consent\n') },
  ],
});
