import { expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import { edit, minimal } from '../helpers.js';
import { describeRule } from './harness.js';

const inName = (name: string) => (t: string) => edit(t, 'name: Example Verzekeringen', `name: ${JSON.stringify(name)}`);
const inText = (text: string) => (t: string) => edit(t, 'en: Prints and sends our letters.', `en: ${JSON.stringify(text)}`);

describeRule('font-coverage', {
  triggers: [
    {
      name: 'Chinese characters in a name',
      edit: inName('Example 保险'),
      expect: { line: 'name: "Example', path: '/controller/name', message: '`controller.name` contains “保” (U+4FDD), which the PDF\'s font (Source Sans 3) cannot show: it would be blank in the PDF. Write it in Latin letters, or leave out the PDF (`--to md,html`).' },
    },
    { name: 'an emoji in a text', edit: inText('We print 🖨 letters.'), expect: { path: '/recipients/0/description/en', message: /contains “🖨” \(U\+1F5A8\)/ } },
    { name: 'a Hebrew name', edit: inName('שלום'), expect: { message: /contains “ש” \(U\+05E9\)/ } },
    { name: 'an Arabic name', edit: inName('تأمين'), expect: { message: /\(U\+062A\)/ } },
    { name: 'Japanese in a text', edit: inText('保険 insurance'), expect: { message: /\(U\+4FDD\)/ } },
    { name: 'a character of the private use area', edit: inName('Example \uE000'), expect: { message: /\(U\+E000\)/ } },
    { name: 'a character it cannot show after an invisible one, which invisible-characters names', edit: inName('Example\u200B 保'), expect: { message: /contains “保” \(U\+4FDD\)/ } },
  ],
  passes: [
    { name: 'accented Latin, Greek, Cyrillic, typographic quotes, the euro and no-break spaces', edit: inText('Café « prêt » — €5, ’t Hof, Ελλάδα, Україна, Łódź, Œuvre\u202F!') },
  ],
});

it('invisible characters are reported once, by invisible-characters with their names, not also here', () => {
  const rules = analyze(inName('Ex\u200Bam\u2028pl\u0085e\u{E0041}')(minimal()), { formats: ['pdf'] }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
  expect(rules).toEqual(['invisible-characters']);
});
