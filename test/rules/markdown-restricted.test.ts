import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const withDescription = (en: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description:\n      en: ${JSON.stringify(en)}\n      nl: Wij gebruiken uw gegevens voor uw polis.`);

describeRule('markdown-restricted', {
  triggers: [
    { name: 'raw HTML', edit: withDescription('Hello <script>alert(1)</script>'), expect: { line: 'en: "Hello', path: '/purposes/0/description/en', message: /contains HTML/ } },
    { name: 'a heading', edit: withDescription('# Purposes\n\nText.'), expect: { message: /contains a heading/ } },
    { name: 'a javascript: link', edit: withDescription('[click](javascript:alert(1))'), expect: { message: /links to `javascript:alert\(1\)`. Only web addresses/ } },
    { name: 'a data: link in an autolink', edit: withDescription('<data:text/html,hi>'), expect: { message: /contains HTML|links to/ } },
    { name: 'an image', edit: withDescription('![x](https://example.com/x.png)'), expect: { message: /contains an image/ } },
    { name: 'a table', edit: withDescription('| a | b |\n|---|---|\n| 1 | 2 |'), expect: { message: /contains a table/ } },
    { name: 'code', edit: withDescription('Use `rm -rf`.'), expect: { message: /contains code/ } },
    { name: 'a reference-style link', edit: withDescription('[site][1]\n\n[1]: https://example.com'), expect: { message: /reference/ } },
    { name: 'a block quote', edit: withDescription('> quoted'), expect: { message: /block quote/ } },
    { name: 'a relative link', edit: withDescription('[here](/privacy)'), expect: { message: /links to `\/privacy`/ } },
    { name: 'lists nested more than six deep', edit: withDescription('Intro.\n\n- a\n  - b\n    - c\n      - d\n        - e\n          - f\n            - g'), expect: { path: '/purposes/0/description/en', message: /nests lists \(or block quotes\) 7 levels deep, on line 9 of the text; at most 6 levels are allowed/ } },
    { name: 'thousands of block quote marks', edit: withDescription('>'.repeat(5000) + ' x'), expect: { message: /5000 levels deep, on line 1 of the text/ } },
    { name: 'more list items than a text may hold', edit: withDescription('- x\n'.repeat(201)), expect: { message: /has 201 list items and block quotes; at most 200/ } },
  ],
  passes: [
    { name: 'paragraphs, lists, emphasis, strong and https and mailto links', edit: withDescription('We **always** use *care*.\n\n- one\n- two\n\n1. first\n2. second\n\nSee [our site](https://example.com) or [mail us](mailto:privacy@example.nl) or www.example.com.') },
    { name: 'lists nested six deep', edit: withDescription('- a\n  - b\n    - c\n      - d\n        - e\n          - f') },
    { name: 'Markdown characters in a name are plain text', edit: (t) => edit(t, '{ en: Printing company, nl: Drukkerij }', '"<b>Printing</b> # company"') },
  ],
});
