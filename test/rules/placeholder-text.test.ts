import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('placeholder-text', {
  triggers: [
    { name: 'a name left as TODO', edit: (t) => edit(t, 'name: Example Verzekeringen', 'name: TODO Verzekeringen'), expect: { line: 'name: TODO', path: '/controller/name', message: /`controller.name` is still a placeholder \("TODO Verzekeringen"\)/ } },
    {
      name: 'a text saying what to write',
      edit: (t) => edit(t, 'description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }', 'description: { en: "TODO: who prints your letters", nl: Drukt en verstuurt onze brieven. }'),
      expect: { path: '/recipients/0/description/en', message: /Replace it with what it asks for \("who prints your letters"\), and remove `TODO`\./ },
    },
    { name: 'an address at the reserved .invalid domain', edit: (t) => edit(t, 'email: dpo@example.nl', 'email: dpo@my-insurer.invalid'), expect: { line: 'dpo@my-insurer.invalid', path: '/privacyContact/email', message: /reserved domain `.invalid`/ } },
  ],
  passes: [
    { name: 'real values', edit: (t) => t },
    { name: 'a word that merely contains the letters', edit: (t) => edit(t, 'name: Example Verzekeringen', 'name: Todoroki Verzekeringen') },
  ],
});
