import { describeRule } from './harness.js';
import { postalOnly, text, withBasis } from './edits.js';

const interest = `    legitimateInterest: ${text('Keeping our customer records accurate.', 'Ons klantenbestand juist houden.')}\n`;

describeRule('objection-notice', {
  triggers: [
    {
      name: 'direct marketing that can only be objected to by letter',
      edit: (t) => postalOnly(withBasis(t, 'consent', '    directMarketing: true\n')),
      expect: { line: '  channels:', path: '/rights/channels', message: /objecting must be possible by electronic means: add `email` or `contactForm`/i },
    },
    {
      name: 'legitimate interests that can only be objected to by letter',
      edit: (t) => postalOnly(withBasis(t, 'legitimate-interests', interest)),
      expect: { path: '/rights/channels', severity: 'warning', message: /purpose `contract` rests on legitimate interests/ },
    },
  ],
  passes: [
    { name: 'direct marketing with an e-mail channel', edit: (t) => withBasis(t, 'consent', '    directMarketing: true\n') },
    { name: 'no right to object, postal channel', edit: (t) => postalOnly(t) },
  ],
});
