import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const bsn = (t: string) => addCategory(t, 'bsn', '    kind: national-id\n');
const basis = (en: string, nl: string) => (t: string) => purposeLines(bsn(t), `    nationalIdBasis: ${text(en, nl)}\n`);

describeRule('national-id-basis', {
  triggers: [
    { name: 'the BSN without its statutory basis', edit: bsn, expect: { line: '  - id: contract', path: '/purposes/0', references: ['GDPR Art. 87', 'UAVG art. 46'], message: /the citizen service number \(BSN\), which may only be used where the law allows it: add `nationalIdBasis`.*"artikel 46 UAVG, met de wet die het gebruik van het BSN voor dit doel voorschrijft/ } },
    { name: 'the Belgian national register number without its basis', edit: (t) => belgian(bsn(t)), expect: { path: '/purposes/0', references: ['GDPR Art. 87', 'Law of 8 August 1983, art. 8'], message: /national register number/ } },
    { name: 'a basis on a purpose without the number', edit: (t) => purposeLines(t, `    nationalIdBasis: ${text('Article 46 UAVG.', 'Artikel 46 UAVG.')}\n`), expect: { path: '/purposes/0/nationalIdBasis', severity: 'warning', references: ['GDPR Art. 87', 'UAVG art. 46'] } },
    {
      name: 'a basis that names only UAVG art. 46',
      edit: basis('Article 46 of the Dutch GDPR Implementation Act (UAVG).', 'Artikel 46 van de Uitvoeringswet AVG (UAVG).'),
      expect: { line: 'nationalIdBasis:', path: '/purposes/0/nationalIdBasis/en', severity: 'warning', references: ['GDPR Art. 87', 'UAVG art. 46'], message: /^`nationalIdBasis` of purpose `contract` \(Performing your insurance contract\) names only UAVG art\. 46 in English \(`en`\) and Dutch \(`nl`\)\. .*name that law too/ },
    },
  ],
  passes: [
    { name: 'the BSN with its basis', edit: basis('Article 46 UAVG and the tax law that requires the BSN.', 'Artikel 46 UAVG en de fiscale wet die het BSN voorschrijft.') },
    { name: 'the BSN with the law named', edit: basis('Article 46 UAVG, with the Dutch Income Tax Act 2001.', 'Artikel 46 UAVG, met de Wet inkomstenbelasting 2001.') },
    { name: 'a Belgian basis (art. 46 UAVG does not apply)', edit: (t) => belgian(basis('The authorisation under art. 8 of the Law of 8 August 1983.', 'De machtiging op grond van artikel 8 van de wet van 8 augustus 1983.')(t)) },
  ],
});
