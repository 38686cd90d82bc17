import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('privacy-contact', {
  triggers: [
    { name: 'a DPO without contact details', edit: (t) => edit(t, '  role: dpo\n  email: dpo@example.nl\n', '  role: dpo\n'), expect: { line: 'privacyContact:', path: '/privacyContact', message: /gives no way to reach the data protection officer/ } },
    { name: 'no privacy contact at all', edit: (t) => edit(t, 'privacyContact:\n  role: dpo\n  email: dpo@example.nl\n', ''), expect: { line: 'format:', path: '', severity: 'warning', message: /names no data protection officer/ } },
  ],
  passes: [{ name: 'a DPO with a postal address', edit: (t) => edit(t, '  email: dpo@example.nl\n', '  address: { street: Postbus 1, postalCode: 3000 AA, city: Rotterdam, country: NL }\n') }],
});
