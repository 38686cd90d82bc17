import { describeRule } from './harness.js';
import { text, withBasis } from './edits.js';

const interest = (en: string, nl: string) => (t: string) => withBasis(t, 'legitimate-interests', `    legitimateInterest: ${text(en, nl)}\n`);

describeRule('vague-legitimate-interest', {
  triggers: [
    {
      name: '"Our legitimate interests."',
      edit: interest('Our legitimate interests.', 'Het behartigen van onze klantrelatie.'),
      expect: { line: 'legitimateInterest:', path: '/purposes/0/legitimateInterest/en', message: /says only "Our legitimate interests\." in English, which repeats the legal basis/ },
    },
    { name: 'the controller\'s legitimate interest, in Dutch', edit: interest('Keeping our records accurate.', 'Het gerechtvaardigd belang van Example Verzekeringen.'), expect: { path: '/purposes/0/legitimateInterest/nl' } },
  ],
  passes: [{ name: 'an interest that says what it is', edit: interest('Our legitimate interest in preventing fraud against us.', 'Ons gerechtvaardigd belang om fraude tegen ons te voorkomen.') }],
});
