import { describeRule } from './harness.js';
import { addCategory, belgian, purposeLines, text } from './edits.js';

const bsn = (t: string) => addCategory(t, 'bsn', '    kind: national-id\n');

describeRule('national-id-basis', {
  triggers: [
    { name: 'the BSN without its statutory basis', edit: bsn, expect: { line: '  - id: contract', path: '/purposes/0', references: ['GDPR Art. 87', 'UAVG art. 46'], message: /the citizen service number \(BSN\), which may only be used where the law allows it: add `nationalIdBasis`/ } },
    { name: 'the Belgian national register number without its basis', edit: (t) => belgian(bsn(t)), expect: { path: '/purposes/0', references: ['GDPR Art. 87', 'Law of 8 August 1983, art. 8'], message: /national register number/ } },
    { name: 'a basis on a purpose without the number', edit: (t) => purposeLines(t, `    nationalIdBasis: ${text('Article 46 UAVG.', 'Artikel 46 UAVG.')}\n`), expect: { path: '/purposes/0/nationalIdBasis', severity: 'warning', references: ['GDPR Art. 87', 'UAVG art. 46'] } },
  ],
  passes: [{ name: 'the BSN with its basis', edit: (t) => purposeLines(bsn(t), `    nationalIdBasis: ${text('Article 46 UAVG and the tax law that requires the BSN.', 'Artikel 46 UAVG en de fiscale wet die het BSN voorschrijft.')}\n`) }],
});
