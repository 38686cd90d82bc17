import { pointer } from '../load/pointer.js';
import { maxDays, parseDuration } from '../text/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'rights-channels',
    severity: 'error',
    references: ['GDPR Art. 13(2)(b)', 'GDPR Art. 12(2)', 'GDPR Art. 12(3)'],
    summary: 'The statement says where to send requests, and promises an answer within one month at most.',
    rationale:
      'Knowing one\'s rights is of little use without knowing how to exercise them: the controller must facilitate the exercise of the rights (Art. 12(2)) and inform about them (Art. 13(2)(b)). Requests must be answered without undue delay and within one month (Art. 12(3)); a statement that promises a longer period misstates the law.',
    examples: {
      good: 'rights:\n  channels:\n    email: privacy@example.nl\n  responseTime: P4W',
      bad: 'rights:\n  channels: {}\n  responseTime: P6W',
    },
  },
  check(ctx) {
    const { channels, responseTime } = ctx.input.rights;
    if (!channels.email && !channels.contactForm && !channels.address) {
      ctx.report({
        path: pointer('rights', 'channels'),
        at: 'key',
        message: ctx.message('rule.rights-channels.none'),
      });
    }
    const d = responseTime ? parseDuration(responseTime) : undefined;
    if (d && maxDays(d) > 31) {
      ctx.report({
        path: pointer('rights', 'responseTime'),
        message: ctx.message('rule.rights-channels.too-slow', { responseTime: responseTime ?? '' }),
      });
    }
  },
});
