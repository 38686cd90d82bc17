import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const named = (name: string, description: string) => (t: string) =>
  edit(edit(t, 'name: { en: Printing company, nl: Drukkerij }', `name: ${name}`), 'description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }', `description: ${description}`);

describeRule('vague-recipient', {
  triggers: [
    {
      name: '"Third parties" with a short description',
      edit: named('{ en: Third parties, nl: Derden }', '{ en: Parties we work with., nl: Partijen waarmee wij werken. }'),
      expect: { line: 'description: { en: Parties', path: '/recipients/0/description/en', message: /is named only "Third parties" in English, and its description says little more \(4 words\)/ },
    },
    { name: 'a plain "Partners"', edit: named('Partners', '{ en: Our partners., nl: Onze partners. }'), expect: { path: '/recipients/0/description/en', message: /named only "Partners"/ } },
  ],
  passes: [
    { name: 'a specific name', edit: (t) => t },
    {
      name: '"Partners" with what they do',
      edit: named('{ en: Partners, nl: Partners }', '{ en: "Shops that sell our insurance with your device; they receive your name and policy number to help you with a claim.", nl: "Winkels die onze verzekering bij uw toestel verkopen; zij krijgen uw naam en polisnummer om u bij een schade te helpen." }'),
    },
  ],
});
