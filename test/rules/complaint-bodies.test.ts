import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { belgian, text } from './edits.js';

const section = (en: string, nl: string) => (t: string) => `${t}sections:\n  - id: disputes\n    after: complaints\n    title: { en: Disputes, nl: Geschillen }\n    body: ${text(en, nl)}\n`;
const notes = (en: string, nl: string) => (t: string) => edit(t, 'rights:\n  channels:\n    email: privacy@example.nl\n', `rights:\n  channels:\n    email: privacy@example.nl\n  notes: ${text(en, nl)}\n`);
const described = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: ${text(en, nl)}`);

describeRule('complaint-bodies', {
  triggers: [
    {
      name: 'the Belgian insurance ombudsman instead of the GBA',
      edit: (t) => belgian(section('Complaints about your data can be submitted to the Ombudsman for Insurance.', 'Klachten over uw gegevens kunt u voorleggen aan de Ombudsman van de Verzekeringen.')(t)),
      expect: {
        line: 'body:',
        path: '/sections/0/body/en',
        message: /^`body` of section `disputes` \(English\) names the Ombudsman van de Verzekeringen \/ Ombudsman des Assurances without the data protection authority\. A dispute body is optional information beside the right to complain to the Gegevensbeschermingsautoriteit/,
      },
    },
    {
      name: 'Kifid instead of the AP, in the notes on rights',
      edit: notes('For complaints, contact Kifid.', 'Met klachten kunt u terecht bij het Kifid.'),
      expect: { line: 'notes:', path: '/rights/notes/en', message: /names Kifid \(Klachteninstituut Financiële Dienstverlening\) without the data protection authority.*the Autoriteit Persoonsgegevens/ },
    },
    {
      name: 'Kifid beside a financial supervisor, which is not the data protection authority',
      edit: notes('Complaints go to Kifid; our supervisor is the AFM.', 'Klachten kunt u voorleggen aan het Kifid; onze toezichthouder is de AFM.'),
      expect: { path: '/rights/notes/en', message: /names Kifid .* without the data protection authority/ },
    },
    {
      name: 'Kifid in a Belgian statement',
      edit: (t) => belgian(described('Disputes about your policy go to Kifid.', 'Geschillen over uw polis kunt u voorleggen aan het Kifid.')(t)),
      expect: { path: '/purposes/0/description/en', message: /names Kifid \(Klachteninstituut Financiële Dienstverlening\), a Dutch dispute body, but this statement is for `be-gba`/ },
    },
    {
      name: 'the College bescherming persoonsgegevens',
      edit: described('As the Dutch Data Protection Board requires, we keep records.', 'Zoals het College bescherming persoonsgegevens eist, houden wij een register bij.'),
      expect: { path: '/purposes/0/description/nl', message: /\(Dutch\) names College bescherming persoonsgegevens \(CBP\), a former data protection authority: name the Autoriteit Persoonsgegevens/ },
    },
    {
      name: 'the Belgian Privacy Commission',
      edit: (t) => belgian(section('You can complain to the Belgian Privacy Commission.', 'U kunt klagen bij de Privacycommissie.')(t)),
      expect: { path: '/sections/0/body/en', message: /names the Commissie voor de bescherming van de persoonlijke levenssfeer .*: name the Gegevensbeschermingsautoriteit/ },
    },
  ],
  passes: [
    {
      name: 'the ombudsman beside the GBA',
      edit: (t) =>
        belgian(
          section(
            'Besides complaining to the Data Protection Authority, you can submit a dispute about your insurance to the Ombudsman for Insurance.',
            'Naast uw klacht bij de Gegevensbeschermingsautoriteit kunt u een geschil over uw verzekering voorleggen aan de Ombudsman van de Verzekeringen.',
          )(t),
        ),
    },
    { name: 'Kifid beside the AP in a Dutch statement', edit: notes('Complaints go to the Autoriteit Persoonsgegevens; disputes about your insurance to Kifid.', 'Klachten kunt u indienen bij de Autoriteit Persoonsgegevens; geschillen over uw verzekering bij het Kifid.') },
    { name: 'Kifid in a purpose, where it does not tell people where to complain', edit: described('Kifid decides disputes about registrations.', 'Het Kifid beslist over geschillen over registraties.') },
  ],
});
