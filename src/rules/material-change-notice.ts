import { pointer } from '../load/pointer.js';
import { parseDate } from '../text/dates.js';
import { defineRule } from './types.js';

/** Days of notice before a material change applies: the usual month, as WP260 rev.01 § 30 expects "in advance". */
export const noticeDays = 30;

function daysBetween(from: string, to: string): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return undefined;
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** Lifecycle: material changes are announced before they apply. Runs only when the command compared two versions. */
export default defineRule({
  meta: {
    id: 'material-change-notice',
    severity: 'warning',
    references: ['GDPR Art. 13(3)', 'GDPR Art. 14(4)', 'WP260 rev.01 § 30'],
    summary: 'A version with material changes says when it takes effect (`statement.effectiveFrom`), at least 30 days after `lastAmended`.',
    rationale:
      'People must learn of a material change (a new purpose, a new recipient, a longer retention period) before it applies to them: a new purpose must be announced before the processing starts (Art. 13(3), 14(4)), and WP260 rev.01 § 30 asks that changes be communicated in advance, leaving people time to consider them and to object or withdraw consent. Checked by `diff` and `build --changes-since`, which know what changed since the previous version.',
    examples: {
      good: 'statement:\n  lastAmended: 2026-01-05\n  effectiveFrom: 2026-02-15    # 41 days of notice for the new purpose',
      bad: 'statement:\n  lastAmended: 2026-01-05       # a new purpose, but no effectiveFrom',
    },
  },
  check(ctx) {
    const material = (ctx.changes ?? []).filter((c) => c.class === 'material');
    if (material.length === 0) return;
    const { lastAmended, effectiveFrom } = ctx.input.statement;
    const what = ctx.say('rule.material-change-notice.changes', { count: material.length });
    if (effectiveFrom === undefined) {
      ctx.report({
        path: pointer('statement'),
        at: 'key',
        message: ctx.message('rule.material-change-notice.no-effective-date', { what, days: noticeDays, lastAmended }),
      });
      return;
    }
    const days = daysBetween(lastAmended, effectiveFrom);
    if (days !== undefined && days < noticeDays) {
      ctx.report({
        path: pointer('statement', 'effectiveFrom'),
        message: ctx.message('rule.material-change-notice.too-soon', { what, when: days === 0 ? ctx.say('rule.material-change-notice.same-day') : ctx.say('rule.material-change-notice.days-after', { count: days }), lastAmended, effectiveFrom, days: noticeDays }),
      });
    }
  },
});
