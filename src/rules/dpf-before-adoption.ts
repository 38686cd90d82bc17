import { transferData } from '../data/countries.js';
import { dataText } from '../messages/index.js';
import { pointer } from '../load/pointer.js';
import { capitalize } from '../validate/describe.js';
import { datedOnOrAfter, fieldOf, insurers, ownProse } from './insurers.js';
import { mentions } from './national.js';
import { defineRule } from './types.js';

/** The framework's adequacy decision (transfer-countries.json), and how texts name it (insurers.json). */
const dpf = (() => {
  const us = Object.values(transferData.adequate).find((a) => a.requires === 'eu-us-data-privacy-framework');
  const first = us?.decisions[0];
  if (!first) throw new Error('transfer-countries.json has no decision for the EU-U.S. Data Privacy Framework');
  return { ...insurers.dataPrivacyFramework, adopted: first.adopted, decision: first.reference };
})();

/** Transfers by date: the EU-U.S. Data Privacy Framework exists from 10 July 2023 (dated data: transfer-countries.json). */
export default defineRule({
  meta: {
    id: 'dpf-before-adoption',
    severity: 'error',
    references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45(1)', dpf.decision],
    summary: 'A statement dated before 10 July 2023 does not rely on the EU-U.S. Data Privacy Framework, which did not exist yet.',
    rationale:
      'A statement speaks for the date it was last amended (`statement.lastAmended`). The adequacy decision for the United States that covers organisations certified under the EU-U.S. Data Privacy Framework is Commission Implementing Decision (EU) 2023/1795 of 10 July 2023; before it, no adequacy decision covered transfers to the United States (the Privacy Shield had been invalid since 16 July 2020). A statement dated earlier that names the framework as the safeguard of a transfer (Art. 13(1)(f)) states a legal basis that did not exist on its own date: either the date is wrong, or the transfer rested on something else, such as standard contractual clauses. Texts that name the framework are reported too; the change log, which may describe later events, is not searched.',
    examples: {
      good: 'statement:\n  lastAmended: 2023-09-01\nrecipients:\n  - id: analytics\n    country: US\n    transfer: { safeguard: eu-us-data-privacy-framework }',
      bad: 'statement:\n  lastAmended: 2022-04-05\nrecipients:\n  - id: analytics\n    country: US\n    transfer: { safeguard: eu-us-data-privacy-framework }',
    },
  },
  check(ctx) {
    if (datedOnOrAfter(ctx.input, dpf.adopted)) return;
    const date = ctx.longDate(ctx.input.statement.lastAmended);
    const adopted = ctx.longDate(dpf.adopted);
    const reported = new Set<string>();
    ctx.input.recipients.forEach((r, i) => {
      if (r.transfer?.safeguard !== 'eu-us-data-privacy-framework') return;
      reported.add(pointer('recipients', i));
      ctx.report({
        path: pointer('recipients', i, 'transfer', 'safeguard'),
        message: ctx.message('rule.dpf-before-adoption.recipient', { name: ctx.say('subject.recipient', { id: r.id, name: ctx.preview(r.name) ?? r.id }), framework: dataText(dpf.name, ctx.lang), date, adopted, decision: dpf.decision }),
      });
    });
    for (const prose of ownProse(ctx.input, ctx.locales)) {
      if (!mentions(prose.text, dpf.match)) continue;
      const recipient = /^\/recipients\/\d+/.exec(prose.path)?.[0];
      const field = fieldOf(prose.path);
      if ((recipient !== undefined && reported.has(recipient)) || reported.has(field)) continue;
      reported.add(field);
      ctx.report({
        path: prose.path,
        message: ctx.message('rule.dpf-before-adoption.text', { where: ctx.say('subject.field-in-language', { field: capitalize(ctx.describe(field)), language: ctx.languageName(prose.locale) }), framework: dataText(dpf.name, ctx.lang), date, adopted, decision: dpf.decision }),
      });
    }
  },
});
