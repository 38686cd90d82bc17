import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/**
 * Art. 13(2)(e): data marked as voluntary cannot at the same time be needed to perform a
 * contract, or feed an automated decision about the person, without the statement contradicting
 * itself.
 */
export default defineRule({
  meta: {
    id: 'voluntary-data-required',
    severity: 'warning',
    references: ['GDPR Art. 13(2)(e)', 'GDPR Art. 6(1)(b)', 'GDPR Art. 13(2)(f)'],
    summary: 'Data marked `voluntary` is not used by a purpose on a contract or by an automated decision, which would depend on it.',
    rationale:
      'Art. 13(2)(e) requires the statement to say whether people must provide their data and what happens if they do not. A category marked `voluntary` tells them nothing follows from leaving it out. Yet a purpose on Art. 6(1)(b) may only process data that are necessary to perform the contract or to enter into it, and an automated decision (Art. 13(2)(f), 22) takes the data it uses into account: if such a purpose or decision uses the category, leaving it out does have consequences, and the statement contradicts itself. Either the data are needed (`contractual` or `contract-prerequisite`, with the `consequence`), or the purpose or decision does not use them. The rule is a warning because a category can hold data that are optional even where a contract uses them (a second telephone number); then say so in the category\'s description.',
    examples: {
      good: 'dataCategories:\n  - id: health\n    provision:\n      requirement: contract-prerequisite\n      consequence: { en: "Without these answers we cannot assess your application." }\npurposes:\n  - id: acceptance\n    legalBasis: contract\n    dataCategories: [health]',
      bad: 'dataCategories:\n  - id: health\n    provision: { requirement: voluntary }\npurposes:\n  - id: acceptance\n    legalBasis: contract\n    dataCategories: [health]',
    },
  },
  check(ctx) {
    const decisions = ctx.input.automatedDecisionMaking.used ? (ctx.input.automatedDecisionMaking.decisions ?? []) : [];
    ctx.input.dataCategories.forEach((c, i) => {
      if (c.provision?.requirement !== 'voluntary') return;
      const users = ctx.index.purposesByCategory.get(c.id) ?? [];
      const contracts = users.filter((u) => u.item.legalBasis === 'contract').map((u) => `\`${u.item.id}\``);
      const ids = new Set(users.map((u) => u.item.id));
      // With each decision's number in the statement, for one without an id or a name.
      const decided = decisions.map((d, n) => ({ ...d, n })).filter((d) => (d.purposes ?? []).some((id) => ids.has(id)));
      if (contracts.length === 0 && decided.length === 0) return;
      const served = decided.flatMap((d) => (d.purposes ?? []).filter((id) => ids.has(id)).map((id) => `\`${id}\``));
      const purposes = [...new Set([...contracts, ...served])];
      const needs = [
        ...(contracts.length > 0 ? [ctx.say('rule.voluntary-data-required.contract-purposes', { count: contracts.length, purposes: contracts.join(', ') })] : []),
        ...(decided.length > 0 ? [ctx.say('rule.voluntary-data-required.decisions', { count: decided.length, decisions: decided.map((d) => (d.id ? `\`${d.id}\`` : `"${ctx.preview(d.name) ?? d.n + 1}"`)).join(', ') })] : []),
      ];
      ctx.report({
        path: pointer('dataCategories', i, 'provision', 'requirement'),
        message: ctx.message('rule.voluntary-data-required.needed', { name: ctx.say('subject.data-category', { id: c.id, name: ctx.preview(c.name) ?? c.id }), needs: needs.join(` ${ctx.say('rule.voluntary-data-required.and-by')} `), id: c.id, purposes: purposes.join(', ') }),
        references: ['GDPR Art. 13(2)(e)', ...(contracts.length > 0 ? ['GDPR Art. 6(1)(b)'] : []), ...(decided.length > 0 ? ['GDPR Art. 13(2)(f)'] : [])],
      });
    });
  },
});
