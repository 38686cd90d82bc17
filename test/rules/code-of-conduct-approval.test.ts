import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { text } from './edits.js';

const introduction = (en: string, nl: string) => (t: string) => edit(t, '  lastAmended: 2024-01-31\n', `  lastAmended: 2024-01-31\n  introduction: ${text(en, nl)}\n`);
const code = (en: string, nl: string) => (t: string) => edit(t, '  lastAmended: 2024-01-31\n', `  lastAmended: 2024-01-31\n  codesOfConduct:\n    - name: ${text(en, nl)}\n`);

describeRule('code-of-conduct-approval', {
  triggers: [
    {
      name: 'the insurers\' code called approved by the AP, in Dutch word order',
      edit: introduction('We follow the code of conduct for insurers.', 'Wij houden ons aan de door de AP goedgekeurde Gedragscode Verwerking Persoonsgegevens Verzekeraars.'),
      expect: { line: 'introduction:', path: '/statement/introduction/nl', message: /^`statement.introduction` \(Dutch\) says that the Gedragscode Verwerking Persoonsgegevens Verzekeraars is approved by the Autoriteit Persoonsgegevens\. No such approval under Art\. 40 GDPR is known/ },
    },
    {
      name: 'the code called approved in English',
      edit: introduction('We follow the Code of Conduct for the Processing of Personal Data by Insurers, approved by the Dutch Data Protection Authority.', 'Wij volgen de Gedragscode Verwerking Persoonsgegevens Verzekeraars.'),
      expect: { path: '/statement/introduction/en' },
    },
    {
      name: 'the approval in the name of the code',
      edit: code('Code of conduct for insurers (approved by the AP)', 'Gedragscode Verwerking Persoonsgegevens Verzekeraars (goedgekeurd door de Autoriteit Persoonsgegevens)'),
      expect: { line: '- name:', path: '/statement/codesOfConduct/0/name/en' },
    },
  ],
  passes: [
    { name: 'the code as the Verbond\'s self-regulation', edit: introduction('We follow the code of conduct of the Dutch Association of Insurers.', 'Wij houden ons aan de Gedragscode Verwerking Persoonsgegevens Verzekeraars van het Verbond van Verzekeraars.') },
    {
      name: 'the approval of PIFI 2021, which the AP did approve, beside the code',
      edit: introduction(
        'We follow the Code of Conduct for the Processing of Personal Data by Insurers. The Protocol Incidentenwaarschuwingssysteem Financiële Instellingen is approved by the Dutch Data Protection Authority.',
        'Wij volgen de Gedragscode Verwerking Persoonsgegevens Verzekeraars. Het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen is goedgekeurd door de Autoriteit Persoonsgegevens.',
      ),
    },
    { name: 'another code without a claim', edit: code('Code of conduct for insurers', 'Gedragscode Verwerking Persoonsgegevens Verzekeraars') },
  ],
});
