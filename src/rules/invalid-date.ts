import { pointer } from '../load/pointer.js';
import { parseDate } from '../text/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'invalid-date',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Dates must exist in the calendar, a version cannot take effect before it was amended, and the change log must run newest first.',
    rationale:
      'A statement shows when it was last amended so that readers know which version they have. A date such as 2022-02-30 has the right form but does not exist; a change log out of order hides which change is the latest.',
    examples: {
      good: 'statement:\n  lastAmended: 2022-04-05\nchanges:\n  - date: 2022-04-05\n  - date: 2018-05-24',
      bad: 'statement:\n  lastAmended: 2022-02-30',
    },
  },
  check(ctx) {
    const { input } = ctx;
    const dates: [string, string][] = [[pointer('statement', 'lastAmended'), input.statement.lastAmended]];
    if (input.statement.effectiveFrom !== undefined) dates.push([pointer('statement', 'effectiveFrom'), input.statement.effectiveFrom]);
    input.changes?.forEach((change, i) => dates.push([pointer('changes', i, 'date'), change.date]));
    for (const [path, date] of dates) {
      if (!parseDate(date)) ctx.report({ path, message: ctx.message('rule.invalid-date.no-such-date', { date }) });
    }
    const { lastAmended, effectiveFrom } = input.statement;
    if (effectiveFrom !== undefined && parseDate(effectiveFrom) && parseDate(lastAmended) && effectiveFrom < lastAmended) {
      ctx.report({
        path: pointer('statement', 'effectiveFrom'),
        message: ctx.message('rule.invalid-date.effective-before-amended', { effectiveFrom, lastAmended }),
      });
    }
    const changes = input.changes ?? [];
    for (let i = 1; i < changes.length; i++) {
      if (changes[i]!.date > changes[i - 1]!.date) {
        ctx.report({
          path: pointer('changes', i, 'date'),
          message: ctx.message('rule.invalid-date.order', { date: changes[i]!.date, previous: changes[i - 1]!.date }),
        });
      }
    }
  },
});
