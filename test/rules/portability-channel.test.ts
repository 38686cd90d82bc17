import { describeRule } from './harness.js';
import { postalOnly, text, withBasis } from './edits.js';

describeRule('portability-channel', {
  triggers: [
    { name: 'a contract purpose with a postal channel only', edit: (t) => postalOnly(t), expect: { line: '  channels:', path: '/rights/channels', message: /data portability applies \(purpose `contract` rests on consent or a contract\)/ } },
  ],
  passes: [
    { name: 'a contract purpose with an e-mail channel', edit: (t) => t },
    { name: 'a public task never gives portability (Art. 20(3))', edit: (t) => postalOnly(withBasis(t, 'public-task', `    legalObligation: ${text('The Pension Act.', 'De Pensioenwet.')}\n`)) },
  ],
});
