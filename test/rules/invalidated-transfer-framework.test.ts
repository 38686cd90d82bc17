import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { recipientLines, text } from './edits.js';

const dated = (date: string) => (t: string) => edit(t, 'lastAmended: 2024-01-31', `lastAmended: ${date}`);
const copy = (en: string, nl: string) => (t: string) => recipientLines(t, `    country: IN\n    transfer:\n      safeguard: standard-contractual-clauses\n      copy: ${text(en, nl)}\n`);

describeRule('invalidated-transfer-framework', {
  triggers: [
    {
      name: 'the Privacy Shield in a statement of 2022',
      edit: (t) => dated('2022-04-05')(copy('We also rely on the EU-U.S. Privacy Shield.', 'Wij vertrouwen ook op het EU-VS Privacy Shield.')(t)),
      expect: {
        line: 'copy:',
        path: '/recipients/0/transfer/copy/en',
        message: /^`transfer\.copy` of recipient `printer` \(English\) mentions EU-U\.S\. Privacy Shield, a transfer framework that has been invalid since 16 July 2020 \(judgment: Court of Justice, C-311\/18 \(Schrems II\)\), and the statement is dated 5 April 2022\./,
      },
    },
    { name: 'the Privacy Shield in one language, the day of the judgment', edit: (t) => dated('2020-07-16')(copy('Ask us for a copy.', 'Vraag ons om een kopie; de doorgifte valt onder het Privacy Shield.')(t)), expect: { path: '/recipients/0/transfer/copy/nl' } },
    {
      name: 'the Privacy Shield by its French name',
      edit: (t) => dated('2022-04-05')(copy('Ask us for a copy.', 'Vraag ons om een kopie.')(t)).replace('locales: [en, nl]', 'locales: [en, nl, fr]').replace('copy: { en: "Ask us for a copy.", nl: "Vraag ons om een kopie." }', 'copy: { en: "Ask us for a copy.", nl: "Vraag ons om een kopie.", fr: "Le destinataire adhère au bouclier de protection des données UE-États-Unis." }'),
      expect: { path: '/recipients/0/transfer/copy/fr' },
    },
    { name: 'Safe Harbour in a statement of 2016', edit: (t) => dated('2016-03-01')(copy('The recipient is certified under Safe Harbor.', 'De ontvanger is gecertificeerd onder Safe Harbour.')(t)), expect: { path: '/recipients/0/transfer/copy/en', message: /mentions Safe Harbour, a transfer framework that has been invalid since 6 October 2015 \(judgment: Court of Justice, C-362\/14/ } },
  ],
  passes: [
    { name: 'the Privacy Shield in a statement dated before the judgment', edit: (t) => dated('2020-07-15')(copy('The recipient is certified under the Privacy Shield.', 'De ontvanger is gecertificeerd onder het Privacy Shield.')(t)) },
    { name: 'standard contractual clauses', edit: copy('Ask privacy@example.nl for a copy of the standard contractual clauses.', 'Vraag privacy@example.nl om een kopie van de standaardcontractbepalingen.') },
    { name: 'the Privacy Shield in the change log', edit: (t) => `${t}changes:\n  - date: 2024-01-31\n    summary: ${text('We no longer rely on the Privacy Shield.', 'Wij steunen niet langer op het Privacy Shield.')}\n` },
  ],
});
