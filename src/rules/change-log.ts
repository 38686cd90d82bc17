import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** Section 4: the last amendment and the change log agree. */
export default defineRule({
  meta: {
    id: 'change-log',
    severity: 'warning',
    references: ['GDPR Art. 12(1)', 'GDPR Art. 13(3)'],
    summary: 'The newest change log entry is the last amendment: `statement.lastAmended` and `changes` agree.',
    rationale:
      'A statement shows when it was last amended so that readers know whether it changed since they last read it; WP260 asks controllers to bring material changes to people\'s attention, and new purposes must be announced before the processing starts (Art. 13(3)). When the statement has a change log, its newest entry is the last amendment. A `lastAmended` newer than every entry means a change is not logged; an entry newer than `lastAmended` means the date was not updated with the change.',
    examples: {
      good: 'statement:\n  lastAmended: 2022-04-05\nchanges:\n  - date: 2022-04-05\n    summary: { en: "New retention periods." }',
      bad: 'statement:\n  lastAmended: 2023-01-10\nchanges:\n  - date: 2022-04-05\n    summary: { en: "New retention periods." }',
    },
  },
  check(ctx) {
    const changes = ctx.input.changes ?? [];
    if (changes.length === 0) return;
    const last = ctx.input.statement.lastAmended;
    const newest = changes.reduce((a, c) => (c.date > a ? c.date : a), changes[0]!.date);
    if (newest > last) {
      const i = changes.findIndex((c) => c.date === newest);
      ctx.report({
        path: pointer('changes', i, 'date'),
        message: ctx.message('rule.change-log.newer-entry', { newest, last }),
      });
    } else if (newest < last) {
      ctx.report({
        path: pointer('statement', 'lastAmended'),
        message: ctx.message('rule.change-log.no-entry', { newest, last }),
      });
    }
  },
});
