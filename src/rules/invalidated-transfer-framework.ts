import { dataText } from '../messages/index.js';
import { invalidatedBefore } from '../data/countries.js';
import { capitalize } from '../validate/describe.js';
import { fieldOf, ownProse } from './insurers.js';
import { mentions } from './national.js';
import { defineRule } from './types.js';

/** Transfers by date: the Privacy Shield and Safe Harbour, invalidated by the Court of Justice (dated data: transfer-countries.json). */
export default defineRule({
  meta: {
    id: 'invalidated-transfer-framework',
    severity: 'warning',
    references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 44', 'GDPR Art. 45(1)'],
    summary: 'A statement dated after 16 July 2020 does not cite the Privacy Shield (nor, after 6 October 2015, Safe Harbour), in any language.',
    rationale:
      'Transfers to the United States cannot rest on an adequacy decision the Court of Justice has invalidated: Safe Harbour since its judgment of 6 October 2015, the EU-U.S. Privacy Shield since its judgment of 16 July 2020 (Schrems II). A statement dated (`statement.lastAmended`) after that day that still names one of them, in its texts in any language, tells people their data are protected by a framework that no longer exists (Arts. 13(1)(f), 44, 45). Name the safeguard the transfer rests on now: the EU-U.S. Data Privacy Framework (from 10 July 2023, for certified organisations), standard contractual clauses, or another safeguard of Arts. 46–49. The change log, which may rightly say that the framework was replaced, is not searched. The rule stays a warning because a text may name the framework only to say that it is no longer used. The dates, decisions and judgments are those of src/data/transfer-countries.json, which says which of them were checked.',
    examples: {
      good: 'statement:\n  lastAmended: 2022-04-05\nrecipients:\n  - id: analytics\n    transfer:\n      safeguard: standard-contractual-clauses\n      copy: { en: "Ask privacy@example.nl for a copy of the standard contractual clauses." }',
      bad: 'statement:\n  lastAmended: 2022-04-05\nrecipients:\n  - id: analytics\n    transfer:\n      safeguard: standard-contractual-clauses\n      copy: { en: "Google is certified under the EU-U.S. Privacy Shield." }',
    },
  },
  check(ctx) {
    const invalid = invalidatedBefore(ctx.input.statement.lastAmended);
    if (invalid.length === 0) return;
    const reported = new Set<string>();
    for (const prose of ownProse(ctx.input, ctx.locales)) {
      for (const framework of invalid) {
        const key = `${fieldOf(prose.path)} ${framework.name}`;
        if (reported.has(key) || !mentions(prose.text, framework.mentions)) continue;
        reported.add(key);
        ctx.report({
          path: prose.path,
          message: ctx.message('rule.invalidated-transfer-framework.mentioned', { where: ctx.say('subject.field-in-language', { field: capitalize(ctx.describe(fieldOf(prose.path))), language: ctx.languageName(prose.locale) }), framework: framework.name, invalidFrom: ctx.longDate(framework.invalidFrom), judgment: dataText(framework.judgment, ctx.lang), date: ctx.longDate(ctx.input.statement.lastAmended) }),
        });
      }
    }
  },
});
