import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { recipientLines, text } from './edits.js';

const dated = (date: string) => (t: string) => edit(t, 'lastAmended: 2024-01-31', `lastAmended: ${date}`);
const dpf = (t: string) => recipientLines(t, '    country: US\n    transfer:\n      safeguard: eu-us-data-privacy-framework\n');
const described = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: ${text(en, nl)}`);

describeRule('dpf-before-adoption', {
  triggers: [
    {
      name: 'the framework as the safeguard of a statement dated 2022',
      edit: (t) => dated('2022-04-05')(dpf(t)),
      expect: {
        line: 'safeguard: eu-us-data-privacy-framework',
        path: '/recipients/0/transfer/safeguard',
        message: /^Recipient `printer` \(Printing company\) relies on the EU-U\.S\. Data Privacy Framework, but the statement is dated 5 April 2022 and the framework exists only from 10 July 2023 \(Commission Implementing Decision \(EU\) 2023\/1795\)\..*`standard-contractual-clauses`/,
      },
    },
    { name: 'the day before the decision', edit: (t) => dated('2023-07-09')(dpf(t)), expect: { path: '/recipients/0/transfer/safeguard' } },
    {
      name: 'a text that names the framework',
      edit: (t) => dated('2023-01-01')(described('Our printer in the US is certified under the Data Privacy Framework.', 'Onze drukker in de VS is gecertificeerd onder het Data Privacy Framework.')(t)),
      expect: { path: '/purposes/0/description/en', message: /^`description` of purpose `contract` \(English\) names the EU-U\.S\. Data Privacy Framework, but the statement is dated 1 January 2023/ },
    },
  ],
  passes: [
    { name: 'the framework on the day of the decision', edit: (t) => dated('2023-07-10')(dpf(t)) },
    { name: 'the framework in a statement of 2024', edit: dpf },
    { name: 'the framework in the change log of an older statement', edit: (t) => `${dated('2023-01-01')(t)}changes:\n  - date: 2023-01-01\n    summary: ${text('Data Privacy Framework announced.', 'Data Privacy Framework aangekondigd.')}\n` },
  ],
});
