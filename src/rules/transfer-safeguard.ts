import { pointer } from '../load/pointer.js';
import { adequacy, isEea, transferData } from '../data/countries.js';
import { countriesOf } from '../model/shown.js';
import { defineRule } from './types.js';

const needsCopy = new Set(['standard-contractual-clauses', 'binding-corporate-rules']);

/** R12. */
export default defineRule({
  meta: {
    id: 'transfer-safeguard',
    severity: 'error',
    references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 44', 'GDPR Art. 45', 'GDPR Art. 46'],
    summary: 'A recipient outside the EEA without an adequacy decision has a safeguard, and how to get a copy of it.',
    rationale:
      'When personal data leaves the EEA, the statement must say so, name the adequacy decision or the safeguard relied on, and say how to obtain a copy of the safeguard or where it is available (Art. 13(1)(f)). Adequacy decisions cover only the countries on the European Commission\'s list; for the United States only organisations certified under the EU-U.S. Data Privacy Framework. The list the compiler uses is dated and kept as data.',
    examples: {
      good: 'recipients:\n  - id: crm\n    country: IN\n    transfer:\n      safeguard: standard-contractual-clauses\n      copy: { en: "Ask privacy@example.nl for a copy of the clauses." }',
      bad: 'recipients:\n  - id: crm\n    country: IN   # no adequacy decision, no transfer safeguard',
    },
  },
  check(ctx) {
    ctx.input.recipients.forEach((r, i) => {
      const countries = countriesOf(r.country);
      const outside = countries.filter((c) => !isEea(c));
      const safeguard = r.transfer?.safeguard;
      const name = `Recipient \`${r.id}\``;
      if (outside.length === 0) {
        if (r.transfer) {
          ctx.report({
            path: pointer('recipients', i, 'transfer'),
            at: 'key',
            severity: 'warning',
            message: `${name} has a \`transfer\` safeguard but no country outside the EEA, so the safeguard is not shown. Add the \`country\` where the data goes, or remove \`transfer\`.`,
          });
        }
        return;
      }
      for (const country of outside) {
        // Only the decisions in force when the statement was written count (transfer-countries.json).
        const decision = adequacy(country, ctx.input.statement.lastAmended);
        if (decision && !decision.requires) continue;
        if (decision?.requires && safeguard === undefined) {
          ctx.report({
            path: pointer('recipients', i, 'country'),
            message: `${name} processes data in \`${country}\`, where the adequacy decision covers only ${decision.scope}. Add \`transfer: { safeguard: ${decision.requires} }\` if the recipient is certified, or the safeguard that applies (for example \`standard-contractual-clauses\` with \`copy\`).`,
            references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45'],
          });
        } else if (!decision && safeguard === undefined) {
          ctx.report({
            path: pointer('recipients', i, 'country'),
            message: `${name} processes data in \`${country}\`, which is outside the EEA and ${adequacy(country) ? `had no adequacy decision on ${ctx.input.statement.lastAmended}, the date of this statement` : `has no adequacy decision (list of ${transferData.asOf})`}. Add \`transfer\` with the \`safeguard\` relied on (standard-contractual-clauses, binding-corporate-rules or derogation) and \`copy\`: how to obtain a copy.`,
          });
        } else if (decision?.requires && safeguard === 'adequacy-decision') {
          ctx.report({
            path: pointer('recipients', i, 'transfer', 'safeguard'),
            message: `${name} relies on an adequacy decision for \`${country}\`, but that decision covers only ${decision.scope}. Use \`${decision.requires}\` if the recipient is certified, or the safeguard actually relied on.`,
            references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45'],
          });
        } else if (!decision && safeguard === 'adequacy-decision') {
          ctx.report({
            path: pointer('recipients', i, 'transfer', 'safeguard'),
            message: `${name} relies on an adequacy decision, but \`${country}\` ${adequacy(country) ? `had none on ${ctx.input.statement.lastAmended}, the date of this statement` : `has none (list of ${transferData.asOf})`}. Use the safeguard actually relied on.`,
            references: ['GDPR Art. 45'],
          });
        }
        if (safeguard === 'eu-us-data-privacy-framework' && country !== 'US') {
          ctx.report({
            path: pointer('recipients', i, 'transfer', 'safeguard'),
            message: `${name} relies on the EU-U.S. Data Privacy Framework, which only covers transfers to the United States, but the data goes to \`${country}\`.`,
            references: ['GDPR Art. 45'],
          });
        }
      }
      if (safeguard && needsCopy.has(safeguard) && !r.transfer?.copy) {
        ctx.report({
          path: pointer('recipients', i, 'transfer'),
          at: 'key',
          message: `${name} relies on ${safeguard.replace(/-/g, ' ')}; the statement must say how to obtain a copy of them or where they are available. Add \`transfer.copy\`.`,
          references: ['GDPR Art. 13(1)(f)', safeguard === 'binding-corporate-rules' ? 'GDPR Art. 47' : 'GDPR Art. 46'],
        });
      }
      if (safeguard === 'derogation' && !r.transfer?.derogation) {
        ctx.report({
          path: pointer('recipients', i, 'transfer'),
          at: 'key',
          message: `${name} relies on a derogation; say which one of Art. 49(1) applies (for example explicit consent, or the performance of your contract) in \`transfer.derogation\`.`,
          references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 49'],
        });
      }
    });
  },
});
