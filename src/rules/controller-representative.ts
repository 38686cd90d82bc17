import { pointer } from '../load/pointer.js';
import { isEea } from '../data/countries.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'controller-representative',
    severity: 'error',
    references: ['GDPR Art. 13(1)(a)', 'GDPR Art. 27'],
    summary: 'A controller established outside the EEA names its representative in the Union.',
    rationale:
      'A controller outside the Union that offers insurance to people in the Union must designate a representative in a member state (Art. 27), and the statement must give the representative\'s identity and contact details (Art. 13(1)(a)), so that people and authorities have someone to address in the Union.',
    examples: {
      good: 'controller:\n  address: { street: 1 Main St, postalCode: "10001", city: New York, country: US }\n  representative:\n    name: EU Rep B.V.\n    address: { street: Keizersgracht 1, postalCode: 1015 CC, city: Amsterdam, country: NL }',
      bad: 'controller:\n  address: { street: 1 Main St, postalCode: "10001", city: New York, country: US }\n  # no representative',
    },
  },
  check(ctx) {
    const c = ctx.input.controller;
    if (!isEea(c.address.country) && !c.representative) {
      ctx.report({
        path: pointer('controller', 'address', 'country'),
        message: ctx.message('rule.controller-representative.missing', { name: c.name, country: c.address.country }),
      });
    }
    if (c.representative && !isEea(c.representative.address.country)) {
      ctx.report({
        path: pointer('controller', 'representative', 'address', 'country'),
        message: ctx.message('rule.controller-representative.outside-union', { country: c.representative.address.country }),
      });
    }
  },
});
