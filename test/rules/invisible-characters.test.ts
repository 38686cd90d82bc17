import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const inName = (escape: string) => (t: string) => edit(t, 'name: Example Verzekeringen', `name: "Example ${escape}Verzekeringen"`);
const inText = (escape: string) => (t: string) => edit(t, 'en: Prints and sends our letters.', `en: "Prints and${escape} sends our letters."`);

describeRule('invisible-characters', {
  triggers: [
    {
      name: 'a right-to-left override in a name',
      edit: inName('\\u202E'),
      expect: {
        line: 'name: "Example',
        path: '/controller/name',
        message: '`controller.name` contains an invisible character after “Example ”: U+202E RIGHT-TO-LEFT OVERRIDE, which changes the direction in which the text around it is shown. Remove it: retype the text around it if it came from another document.',
      },
    },
    { name: 'a control character in a text', edit: inText('\\u0007'), expect: { path: '/recipients/0/description/en', message: /after “Prints and”: U\+0007 BELL, a control character/ } },
    { name: 'a zero-width no-break space pasted into a text', edit: inText('\uFEFF'), expect: { path: '/recipients/0/description/en', message: /U\+FEFF ZERO WIDTH NO-BREAK SPACE, which cannot be seen/ } },
    { name: 'a C1 control (NEXT LINE)', edit: inText('\\u0085'), expect: { message: /U\+0085 NEXT LINE, a control character/ } },
    { name: 'the C1 control sequence introducer', edit: inName('\\u009B'), expect: { message: /U\+009B CONTROL SEQUENCE INTRODUCER/ } },
    { name: 'a line separator', edit: inText('\\u2028'), expect: { message: /U\+2028 LINE SEPARATOR, a line break that many programs do not show as one/ } },
    { name: 'a paragraph separator', edit: inText('\\u2029'), expect: { message: /U\+2029 PARAGRAPH SEPARATOR/ } },
    { name: 'a zero-width space in a name', edit: inName('\\u200B'), expect: { path: '/controller/name', message: /U\+200B ZERO WIDTH SPACE, which cannot be seen and can split or hide words/ } },
    { name: 'a zero-width joiner', edit: inName('\\u200D'), expect: { message: /U\+200D ZERO WIDTH JOINER/ } },
    { name: 'a zero-width non-joiner', edit: inName('\\u200C'), expect: { message: /U\+200C ZERO WIDTH NON-JOINER/ } },
    { name: 'a left-to-right mark', edit: inName('\\u200E'), expect: { message: /U\+200E LEFT-TO-RIGHT MARK, which changes the direction/ } },
    { name: 'a right-to-left mark', edit: inText('\\u200F'), expect: { message: /U\+200F RIGHT-TO-LEFT MARK/ } },
    { name: 'an Arabic letter mark', edit: inText('\\u061C'), expect: { message: /U\+061C ARABIC LETTER MARK/ } },
    { name: 'a right-to-left isolate', edit: inText('\\u2067'), expect: { message: /U\+2067 RIGHT-TO-LEFT ISOLATE/ } },
    { name: 'a word joiner', edit: inText('\\u2060'), expect: { message: /U\+2060 WORD JOINER/ } },
    { name: 'tag characters spelling hidden text', edit: inText('\\U000E0068\\U000E0069'), expect: { message: /U\+E0068 TAG "h", which cannot be seen and can carry hidden text\. It holds 1 more such character, of 1 other kind\./ } },
    { name: 'an interlinear annotation', edit: inText('\\uFFF9hidden\\uFFFAnote\\uFFFB'), expect: { message: /U\+FFF9 INTERLINEAR ANNOTATION ANCHOR.* It holds 2 more such characters, of 2 other kinds\./ } },
    { name: 'a Hangul filler that looks like a space', edit: inName('\\u3164'), expect: { message: /U\+3164 HANGUL FILLER, which looks like a space but is not one/ } },
    { name: 'a Braille blank', edit: inName('\\u2800'), expect: { message: /U\+2800 BRAILLE PATTERN BLANK/ } },
    { name: 'an unpaired surrogate', edit: inText('\\uD800'), expect: { message: /U\+D800 UNPAIRED SURROGATE, which is not a character at all/ } },
    { name: 'a noncharacter', edit: inText('\\uFFFE'), expect: { message: /U\+FFFE NONCHARACTER/ } },
    { name: 'an escape in a name', edit: inName('\\e'), expect: { message: /U\+001B ESCAPE/ } },
    { name: 'a Mongolian vowel separator', edit: inName('\\u180E'), expect: { message: /U\+180E MONGOLIAN VOWEL SEPARATOR/ } },
  ],
  passes: [
    { name: 'tabs, line breaks and no-break spaces', edit: (t) => edit(t, 'en: Prints and sends our letters.', 'en: "Prints\\tand\\u00a0sends\\nour letters."') },
    { name: 'French no-break spaces, narrow and wide, and the soft hyphen', edit: (t) => edit(t, 'en: Prints and sends our letters.', 'en: "Prints\\u202F: «\\u00A0letters\\u00A0» and verzeke\\u00ADringen"') },
    { name: 'letters outside the BMP that are not tags', edit: (t) => edit(t, 'en: Prints and sends our letters.', 'en: "Prints 𝐀 and sends our letters."'), formats: ['md', 'html'] },
  ],
});
