import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const used = (t: string) => edit(t, 'used: false', 'used: true');
/** A decision serving the contract purpose, with extra fields. */
const decision = (extra = '') => (t: string) =>
  used(t) +
  `  decisions:\n    - name: { en: Acceptance, nl: Acceptatie }\n      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n      significance: { en: You may be refused., nl: U kunt worden geweigerd. }\n      purposes: [contract]\n${extra}`;
/** The contract purpose also uses health data, on the given Art. 9(2) condition. */
const health = (condition: string) => (t: string) =>
  edit(
    edit(edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n  - id: health\n    name: { en: Health, nl: Gezondheid }\n    kind: special\n    special: health\n'), 'dataCategories: [contact]\n    recipients', `dataCategories: [contact, health]\n    specialCategoryCondition: ${condition}\n    recipients`),
    '    dataCategories: [contact]\n    period',
    '    dataCategories: [contact, health]\n    period',
  );
const law = '      specialCategoryLaw: { en: Article 30(3)(b) UAVG., nl: Artikel 30 lid 3 onder b UAVG. }\n';

describeRule('automated-decision-exception', {
  triggers: [
    {
      name: 'a decision that does not say which exception allows it (a warning: statements written before the field existed)',
      edit: decision(),
      expect: { path: '/automatedDecisionMaking/decisions/0', severity: 'warning', references: ['GDPR Art. 22(2)', 'GDPR Art. 13(2)(f)'], message: /does not say which exception of Art\. 22\(2\)/ },
    },
    {
      name: 'a decision authorised by law that does not name the law',
      edit: decision('      exception: law\n'),
      expect: { line: 'exception: law', path: '/automatedDecisionMaking/decisions/0/exception', references: ['GDPR Art. 22(2)(b)'], message: /does not say which law/ },
    },
    {
      name: 'a law given with another exception, so not shown',
      edit: decision('      exception: contract\n      law: { en: A law., nl: Een wet. }\n'),
      expect: { line: 'law: { en: A law.', severity: 'warning', references: ['GDPR Art. 22(2)(b)'], message: /not shown/ },
    },
    {
      name: 'special category data through its purpose, without an Art. 22(4) condition',
      edit: (t) => decision('      exception: contract\n')(health('health-care')(t).replace('    specialCategoryCondition: health-care\n', `    specialCategoryCondition: health-care\n    specialCategoryLaw: { en: Article 30(3) UAVG., nl: Artikel 30 lid 3 UAVG. }\n`)),
      expect: { path: '/automatedDecisionMaking/decisions/0', references: ['GDPR Art. 22(4)'], message: /through purpose `contract`.*explicit consent \(Art\. 9\(2\)\(a\)\)/ },
    },
    {
      name: 'special category data said at the decision, without a condition',
      edit: decision('      exception: contract\n      specialCategories: true\n'),
      expect: { path: '/automatedDecisionMaking/decisions/0', severity: 'error', references: ['GDPR Art. 22(4)'], message: /uses special categories of data\. An automated decision may use them only/ },
    },
    {
      name: 'special data whose purpose rests on explicit consent, the decision silent (a warning)',
      edit: (t) => decision('      exception: explicit-consent\n')(health('explicit-consent')(t)),
      expect: { path: '/automatedDecisionMaking/decisions/0', severity: 'warning', references: ['GDPR Art. 22(4)'], message: /does not say which: add `specialCategoryCondition`/ },
    },
    {
      name: 'substantial public interest without the law',
      edit: decision('      exception: contract\n      specialCategories: true\n      specialCategoryCondition: substantial-public-interest\n      safeguards: { en: A medical adviser reviews each refusal., nl: Een medisch adviseur beoordeelt elke weigering. }\n'),
      expect: { line: 'specialCategoryCondition: substantial', references: ['GDPR Art. 22(4)', 'GDPR Art. 9(2)(g)'], message: /needs a basis in Union or member-state law/ },
    },
    {
      name: 'special data without safeguards',
      edit: decision('      exception: explicit-consent\n      specialCategories: true\n      specialCategoryCondition: explicit-consent\n'),
      expect: { line: 'specialCategoryCondition: explicit', severity: 'warning', references: ['GDPR Art. 22(4)'], message: /suitable measures/ },
    },
    {
      name: 'a condition for special data the decision does not use',
      edit: decision('      exception: contract\n      specialCategoryCondition: explicit-consent\n'),
      expect: { line: 'specialCategoryCondition: explicit', severity: 'warning', references: ['GDPR Art. 22(4)'], message: /none of its purposes uses a category of kind `special`/ },
    },
  ],
  passes: [
    { name: 'decisions are not taken', edit: (t) => t },
    { name: 'a decision on a contract', edit: decision('      exception: contract\n') },
    { name: 'a decision authorised by a named law', edit: decision('      exception: law\n      law: { en: Article 40 UAVG and the Pension Act., nl: Artikel 40 UAVG en de Pensioenwet. }\n') },
    {
      name: 'special data on explicit consent, with safeguards',
      edit: (t) => decision('      exception: explicit-consent\n      specialCategoryCondition: explicit-consent\n      safeguards: { en: A medical adviser reviews each refusal., nl: Een medisch adviseur beoordeelt elke weigering. }\n')(health('explicit-consent')(t)),
    },
    {
      name: 'special data on a substantial public interest with its law and safeguards',
      edit: decision(`      exception: contract\n      specialCategories: true\n      specialCategoryCondition: substantial-public-interest\n${law}      safeguards: { en: A medical adviser reviews each refusal., nl: Een medisch adviseur beoordeelt elke weigering. }\n`),
    },
    { name: 'a purpose with special data the decision says it does not use', edit: (t) => decision('      exception: contract\n      specialCategories: false\n')(health('explicit-consent')(t)) },
  ],
});
