import { describeRule } from './harness.js';
import { postalOnly, purposeLines, text, withBasis } from './edits.js';

const how = `    consentWithdrawal: ${text('Use the unsubscribe link in every e-mail.', 'Gebruik de afmeldlink in elke e-mail.')}\n`;

describeRule('consent-withdrawal', {
  triggers: [
    { name: 'consent that can only be withdrawn by letter', edit: (t) => postalOnly(withBasis(t, 'consent')), expect: { line: '  - id: contract', path: '/purposes/0', message: /Withdrawing must be as easy as giving consent: add `consentWithdrawal`/ } },
    { name: 'withdrawal on a purpose that does not rest on consent', edit: (t) => purposeLines(t, how), expect: { line: 'consentWithdrawal:', path: '/purposes/0/consentWithdrawal', message: /rests on `contract`, not on consent/ } },
  ],
  passes: [
    { name: 'consent with an e-mail channel', edit: (t) => withBasis(t, 'consent') },
    { name: 'consent by letter, withdrawn online', edit: (t) => postalOnly(withBasis(t, 'consent', how)) },
  ],
});
