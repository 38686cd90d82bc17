import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('controller-representative', {
  triggers: [
    { name: 'a controller in the US without representative', edit: (t) => edit(t, 'city: Rotterdam, country: NL }', 'city: New York, country: US }'), expect: { line: 'city: New York', path: '/controller/address/country', message: /outside the EEA \(`US`\).*Add `controller.representative`/ } },
  ],
  passes: [
    {
      name: 'with a representative in the Union',
      edit: (t) => edit(edit(t, 'city: Rotterdam, country: NL }', 'city: New York, country: US }'), '  email: privacy@example.nl\nprivacyContact', '  email: privacy@example.nl\n  representative:\n    name: EU Rep B.V.\n    address: { street: Keizersgracht 1, postalCode: 1015 CC, city: Amsterdam, country: NL }\nprivacyContact'),
    },
  ],
});
