import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** Section 1: the essence of a joint-controller arrangement. */
export default defineRule({
  meta: {
    id: 'joint-controller-arrangement',
    severity: 'error',
    references: ['GDPR Art. 26(1)', 'GDPR Art. 26(2)'],
    summary: 'A joint controller comes with the essence of the arrangement between the controllers.',
    rationale:
      'Controllers that jointly determine why and how data is processed must agree who does what, in particular who informs people and where they exercise their rights (Art. 26(1)), and must make the essence of that arrangement available to the people concerned (Art. 26(2)). A person may exercise their rights against each of the controllers (Art. 26(3)). An `arrangement` on a recipient that is not a joint controller is not shown.',
    examples: {
      good: 'recipients:\n  - id: cis\n    name: Stichting CIS\n    role: joint-controller\n    arrangement: { nl: "Wij zijn verantwoordelijk voor de juistheid van wat wij registreren; CIS beheert het register en beantwoordt inzageverzoeken." }',
      bad: 'recipients:\n  - id: cis\n    name: Stichting CIS\n    role: joint-controller   # no arrangement',
    },
  },
  check(ctx) {
    ctx.input.recipients.forEach((r, i) => {
      const name = (): string => ctx.say('subject.recipient', { id: r.id, name: ctx.preview(r.name) ?? r.id });
      if (r.role === 'joint-controller' && r.arrangement === undefined) {
        ctx.report({
          path: pointer('recipients', i),
          at: 'key',
          message: ctx.message('rule.joint-controller-arrangement.missing', { name: name() }),
        });
      } else if (r.role !== 'joint-controller' && r.arrangement !== undefined) {
        ctx.report({
          path: pointer('recipients', i, 'arrangement'),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.joint-controller-arrangement.unused', { name: name(), role: r.role }),
        });
      }
    });
  },
});
