import { pointer } from '../load/pointer.js';
import { firstMatch, lintWords } from './lint-words.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

/** Section 4: "as long as necessary" is no retention period. Word lists: locales/lint/. */
export default defineRule({
  meta: {
    id: 'vague-retention',
    severity: 'warning',
    references: ['GDPR Art. 13(2)(a)', 'GDPR Art. 5(1)(e)'],
    summary: 'Retention criteria without a period say more than "as long as necessary".',
    rationale:
      'Personal data may be kept no longer than necessary (Art. 5(1)(e)), and Art. 13(2)(a) asks for the period for which data is kept or, where that is not possible, the criteria used to determine it. WP260 is explicit that it is not enough to say that data is kept as long as necessary for the purposes: the criteria must let a person work out how long their data will be kept, such as "until the end of your contract plus the statutory seven years". The words that give away a vague criterion are listed per language in `locales/lint/`.',
    examples: {
      good: 'retention:\n  - id: login\n    criteria: { en: "Until you close your account; we then delete the login data within 30 days." }',
      bad: 'retention:\n  - id: login\n    criteria: { en: "As long as necessary for the purposes of processing." }',
    },
  },
  check(ctx) {
    ctx.input.retention.forEach((r, i) => {
      if (r.period !== undefined) return;
      for (const prose of proseOf(r.criteria, pointer('retention', i, 'criteria'), ctx.locales)) {
        // A number ("at most 5 years", "30 days after") makes the criterion concrete.
        if (/\d/.test(prose.text)) continue;
        const m = firstMatch(prose.text, lintWords[prose.locale].vagueRetention);
        if (!m) continue;
        ctx.report({
          path: prose.path,
          message: ctx.message('rule.vague-retention.vague', { id: r.id, language: ctx.languageName(prose.locale), word: m.word, found: m.found }),
        });
      }
    });
  },
});
