import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { text, withBasis } from './edits.js';

const voluntary = (t: string) => edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n    provision: { requirement: voluntary }\n');
const interests = (t: string) => withBasis(t, 'legitimate-interests', `    legitimateInterest: ${text('Keeping our customer file up to date.', 'Ons klantbestand actueel houden.')}\n`);
const decision = (t: string) =>
  edit(
    t,
    'automatedDecisionMaking:\n  used: false\n',
    'automatedDecisionMaking:\n  used: true\n  decisions:\n    - id: acceptance\n      name: { en: Acceptance, nl: Acceptatie }\n      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n      significance: { en: You may be refused., nl: U kunt worden geweigerd. }\n      purposes: [contract]\n',
  );

describeRule('voluntary-data-required', {
  triggers: [
    {
      name: 'voluntary data used by a purpose on a contract',
      edit: voluntary,
      expect: {
        line: 'provision:',
        path: '/dataCategories/0/provision/requirement',
        references: ['GDPR Art. 13(2)(e)', 'GDPR Art. 6(1)(b)'],
        message: /^Data category `contact` \(Contact details\) is marked `voluntary`, but it is used by the purpose `contract`, which rests on a contract and may only use data the contract needs: leaving it out then has consequences\..*remove `contact` from the `dataCategories` of `contract`/,
      },
    },
    {
      name: 'voluntary data used by an automated decision',
      edit: (t) => decision(interests(voluntary(t))),
      expect: { references: ['GDPR Art. 13(2)(e)', 'GDPR Art. 13(2)(f)'], message: /is marked `voluntary`, but it is used by the automated decision `acceptance`: leaving it out/ },
    },
  ],
  passes: [
    { name: 'voluntary data for a purpose on legitimate interests', edit: (t) => interests(voluntary(t)) },
    { name: 'data needed for the contract, with the consequence', edit: (t) => edit(t, '    examples: { en: [name, address], nl: [naam, adres] }\n', '    examples: { en: [name, address], nl: [naam, adres] }\n    provision:\n      requirement: contract-prerequisite\n      consequence: { en: Without them we cannot insure you., nl: Zonder deze gegevens kunnen wij u niet verzekeren. }\n') },
  ],
});
