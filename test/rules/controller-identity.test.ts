import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('controller-identity', {
  triggers: [
    { name: 'no contact channel', edit: (t) => edit(t, '  email: privacy@example.nl\nprivacyContact', 'privacyContact'), expect: { line: 'controller:', path: '/controller', message: /gives no way to reach Example Verzekeringen other than by post/ } },
    { name: 'no name', edit: (t) => edit(t, '  name: Example Verzekeringen\n', ''), expect: { line: 'controller:', path: '/controller', message: /has no `name`/ } },
    { name: 'no address', edit: (t) => edit(t, '  address: { street: Coolsingel 1, postalCode: 3012 AA, city: Rotterdam, country: NL }\n', ''), expect: { line: 'controller:', message: /has no `address`/ } },
  ],
  passes: [{ name: 'a phone number is enough', edit: (t) => edit(t, '  email: privacy@example.nl\nprivacyContact', '  phone: "+31 10 123 45 67"\nprivacyContact') }],
});
