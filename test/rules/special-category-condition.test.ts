import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { addCategory, purposeLines, text } from './edits.js';

const health = (t: string) => addCategory(t, 'health', '    kind: special\n    special: health\n');
const law = `    specialCategoryLaw: ${text('Article 30(3) UAVG.', 'Artikel 30, derde lid, UAVG.')}\n`;

describeRule('special-category-condition', {
  triggers: [
    { name: 'special data without an Art. 9(2) condition', edit: health, expect: { line: '  - id: contract', path: '/purposes/0', message: /uses special category data \(`health`\) but does not say which exception of Art\. 9\(2\) allows it/ } },
    {
      name: 'a condition that needs a law, without the law',
      edit: (t) => purposeLines(health(t), '    specialCategoryCondition: substantial-public-interest\n'),
      expect: { line: 'specialCategoryCondition:', path: '/purposes/0/specialCategoryCondition', message: /Art\. 9\(2\)\(g\).*add `specialCategoryLaw`/ },
    },
    {
      name: 'a special category that does not say which',
      edit: (t) => purposeLines(addCategory(t, 'health', '    kind: special\n'), '    specialCategoryCondition: explicit-consent\n'),
      expect: { line: '  - id: health', path: '/dataCategories/1', references: ['GDPR Art. 9(1)'], message: /does not say which special category it is: add `special`/ },
    },
    {
      name: 'a condition on a purpose without special data',
      edit: (t) => purposeLines(t, '    specialCategoryCondition: explicit-consent\n'),
      expect: { path: '/purposes/0/specialCategoryCondition', severity: 'warning', message: /none of its data categories is of kind `special`/ },
    },
  ],
  passes: [
    { name: 'explicit consent', edit: (t) => purposeLines(health(t), '    specialCategoryCondition: explicit-consent\n') },
    { name: 'a national law', edit: (t) => purposeLines(health(t), `    specialCategoryCondition: substantial-public-interest\n${law}`) },
    { name: 'a regular category', edit: (t) => edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n    kind: regular\n') },
  ],
});
