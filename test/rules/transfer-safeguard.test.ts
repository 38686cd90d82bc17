import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import { edit, minimal } from '../helpers.js';
import { describeRule } from './harness.js';

const recipientIn = (extra: string) => (t: string) => edit(t, '    role: processor\n', `    role: processor\n${extra}`);

describeRule('transfer-safeguard', {
  triggers: [
    { name: 'a country without adequacy and no safeguard', edit: recipientIn('    country: IN\n'), expect: { line: 'country: IN', path: '/recipients/0/country', message: /`IN`, which is outside the EEA and has no adequacy decision/ } },
    { name: 'the US without the Data Privacy Framework', edit: recipientIn('    country: US\n'), expect: { line: 'country: US', references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45'], message: /Data Privacy Framework|eu-us-data-privacy-framework/ } },
    { name: 'standard contractual clauses without a copy', edit: recipientIn('    country: IN\n    transfer: { safeguard: standard-contractual-clauses }\n'), expect: { line: 'transfer:', path: '/recipients/0/transfer', references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 46'], message: /how to obtain a copy/ } },
    { name: 'the US on a general adequacy decision', edit: recipientIn('    country: US\n    transfer: { safeguard: adequacy-decision }\n'), expect: { path: '/recipients/0/transfer/safeguard', references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45'], message: /covers only organisations certified under the EU-U.S. Data Privacy Framework/ } },
    { name: 'an adequacy decision that does not exist', edit: recipientIn('    country: IN\n    transfer: { safeguard: adequacy-decision }\n'), expect: { path: '/recipients/0/transfer/safeguard', references: ['GDPR Art. 45'] } },
    { name: 'a country whose adequacy decision came after the statement (Brazil, 26 January 2026)', edit: recipientIn('    country: BR\n'), expect: { line: 'country: BR', message: /`BR`, which is outside the EEA and had no adequacy decision on 2024-01-31, the date of this statement/ } },
    // After a decision ended: the statement is told the country had none on its date, not that it has none.
    { name: 'a country whose adequacy decision had ended by the statement (the UK after 2031-12-27)', edit: (t) => recipientIn('    country: GB\n')(t).replace('lastAmended: 2024-01-31', 'lastAmended: 2032-03-01'), expect: { line: 'country: GB', message: /`GB`, which is outside the EEA and had no adequacy decision on 2032-03-01, the date of this statement/ } },
    { name: 'a derogation without saying which', edit: recipientIn('    country: IN\n    transfer: { safeguard: derogation }\n'), expect: { references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 49'] } },
  ],
  passes: [
    { name: 'an adequate country', edit: recipientIn('    country: [CH, GB, JP]\n') },
    { name: 'a country with an adequacy decision by the statement’s date (Brazil)', edit: (t) => recipientIn('    country: BR\n')(t).replace('lastAmended: 2024-01-31', 'lastAmended: 2026-02-02') },
    { name: 'the United Kingdom under the renewal of its decision', edit: (t) => recipientIn('    country: GB\n')(t).replace('lastAmended: 2024-01-31', 'lastAmended: 2026-06-01') },
    { name: 'the US under the Data Privacy Framework', edit: recipientIn('    country: US\n    transfer: { safeguard: eu-us-data-privacy-framework }\n') },
    { name: 'SCCs with a copy', edit: recipientIn('    country: IN\n    transfer:\n      safeguard: standard-contractual-clauses\n      copy: { en: Ask us., nl: Vraag het ons. }\n') },
  ],
});

describe('transfer-safeguard in the team’s language', () => {
  it('names what a partial adequacy decision covers in Dutch and in French', () => {
    const text = recipientIn('    country: US\n    transfer: { safeguard: adequacy-decision }\n')(minimal());
    const message = (lang: 'nl' | 'fr') => analyze(text, { lang }).diagnostics.find((d) => d.rule === 'transfer-safeguard')!.message;
    expect(message('nl')).toContain('organisaties die zijn gecertificeerd onder het EU-VS-kader voor gegevensbescherming');
    expect(message('fr')).toContain('les organisations certifiées dans le cadre de protection des données UE-États-Unis');
    expect(message('fr')).not.toContain('organisations certified');
  });
});
