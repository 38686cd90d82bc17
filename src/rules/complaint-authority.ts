import { jurisdiction, jurisdictionOfCountry } from '../jurisdictions/index.js';
import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'complaint-authority',
    severity: 'warning',
    references: ['GDPR Art. 13(2)(d)', 'GDPR Art. 77', 'GDPR Art. 56(1)'],
    summary: 'The statement names the supervisory authority of the country where the controller is established.',
    rationale:
      "Every statement must tell people that they may complain to a supervisory authority (Arts. 13(2)(d), 77). The compiler prints the authority chosen in `statement.authority` with its address, web site and phone number. The lead authority is normally the one of the controller's main establishment (Art. 56(1)); a Dutch insurer naming the Belgian authority, or the reverse, is usually a copy-and-paste mistake.",
    examples: {
      good: 'statement:\n  authority: nl-ap\ncontroller:\n  address: { country: NL }',
      bad: 'statement:\n  authority: be-gba\ncontroller:\n  address: { country: NL }',
    },
  },
  check(ctx) {
    const country = ctx.input.controller.address.country;
    const expected = jurisdiction(ctx.authority).country;
    const other = jurisdictionOfCountry(country);
    if (other && country !== expected) {
      ctx.report({
        path: pointer('statement', 'authority'),
        message: `\`statement.authority\` is \`${ctx.authority}\`, but ${ctx.input.controller.name} is established in \`${country}\`. The lead supervisory authority is normally the one where the controller is established: use \`${other.id}\`, unless the main establishment is elsewhere.`,
      });
    }
  },
});
