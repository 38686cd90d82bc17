import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('invisible-characters', {
  triggers: [
    {
      name: 'a right-to-left override in a name',
      edit: (t) => edit(t, 'name: Example Verzekeringen', 'name: "Example \\u202EVerzekeringen"'),
      expect: { line: 'name: "Example', path: '/controller/name', message: '`controller.name` contains an invisible character (U+202E, which changes the direction of text). Remove it: retype the text around it if it came from another document.' },
    },
    {
      name: 'a control character in a text',
      edit: (t) => edit(t, 'en: Prints and sends our letters.', 'en: "Prints and\\u0007 sends our letters."'),
      expect: { path: '/recipients/0/description/en', message: /U\+0007, a control character/ },
    },
    {
      name: 'a zero-width no-break space pasted into a text',
      edit: (t) => edit(t, 'en: Prints and sends our letters.', 'en: "Prints and\uFEFF sends our letters."'),
      expect: { path: '/recipients/0/description/en', message: /U\+FEFF, a zero-width no-break space\)/ },
    },
  ],
  passes: [{ name: 'tabs, line breaks and no-break spaces', edit: (t) => edit(t, 'en: Prints and sends our letters.', 'en: "Prints\\tand\\u00a0sends\\nour letters."') }],
});
