import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('unknown-country', {
  triggers: [
    { name: 'UK instead of GB', edit: (t) => edit(t, '    role: processor\n', '    role: processor\n    country: UK\n'), expect: { line: 'country: UK', path: '/recipients/0/country', message: '`UK` is not an ISO 3166-1 country code. Did you mean `GB`?' } },
    { name: 'a code that does not exist', edit: (t) => edit(t, 'country: NL }', 'country: QQ }'), expect: { path: '/controller/address/country' } },
  ],
  passes: [{ name: 'real codes', edit: (t) => edit(t, '    role: processor\n', '    role: processor\n    country: [BE, DE]\n') }],
});
