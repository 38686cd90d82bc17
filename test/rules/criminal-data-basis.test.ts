import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const incidents = (t: string) => addCategory(t, 'incidents', '    kind: criminal\n');

describeRule('criminal-data-basis', {
  triggers: [
    {
      name: 'criminal data without a basis, Dutch statement',
      edit: incidents,
      expect: { line: '  - id: contract', path: '/purposes/0', references: ['GDPR Art. 10', 'UAVG art. 33'], message: /uses criminal data \(`incidents`\).*add `criminalDataBasis` naming UAVG art\. 33/ },
    },
    {
      name: 'criminal data without a basis, Belgian statement',
      edit: (t) => belgian(incidents(t)),
      expect: { path: '/purposes/0', references: ['GDPR Art. 10', 'Law of 30 July 2018, art. 10'], message: /naming art\. 10 of the Law of 30 July 2018/ },
    },
    {
      name: 'a basis that does not name the national law',
      edit: (t) => purposeLines(incidents(t), `    criminalDataBasis: ${text('To protect ourselves against fraud.', 'Artikel 33 van de Uitvoeringswet AVG.')}\n`),
      expect: { line: 'criminalDataBasis:', path: '/purposes/0/criminalDataBasis/en', severity: 'warning', references: ['GDPR Art. 10', 'UAVG art. 33'], message: /\(`en`\) does not name UAVG art\. 33/ },
    },
    {
      name: 'a basis on a purpose without criminal data',
      edit: (t) => purposeLines(t, `    criminalDataBasis: ${text('Article 33 UAVG.', 'Artikel 33 UAVG.')}\n`),
      expect: { path: '/purposes/0/criminalDataBasis', severity: 'warning', references: ['GDPR Art. 10'] },
    },
  ],
  passes: [
    { name: 'UAVG art. 33 named in every language', edit: (t) => purposeLines(incidents(t), `    criminalDataBasis: ${text('Article 33 of the Dutch GDPR Implementation Act (UAVG).', 'Artikel 33 UAVG, ter bescherming van onze belangen.')}\n`) },
    { name: 'the Belgian law named', edit: (t) => belgian(purposeLines(incidents(t), `    criminalDataBasis: ${text('Article 10 of the Law of 30 July 2018.', 'Artikel 10 van de wet van 30 juli 2018.')}\n`)) },
  ],
});
