import { dataText } from '../messages/index.js';
import { capitalize } from '../validate/describe.js';
import { pointer } from '../load/pointer.js';
import { adequacy, everAdequate, isEea, transferData } from '../data/countries.js';
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
      const name = (): string => capitalize(ctx.say('place.item', { noun: ctx.say('noun.recipient'), id: r.id }));
      if (outside.length === 0) {
        if (r.transfer) {
          ctx.report({
            path: pointer('recipients', i, 'transfer'),
            at: 'key',
            severity: 'warning',
            message: ctx.message('rule.transfer-safeguard.no-third-country', { name: name() }),
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
            message: ctx.message('rule.transfer-safeguard.partial-adequacy', { name: name(), country, scope: decision.scope === undefined ? '' : dataText(decision.scope, ctx.lang), requires: decision.requires }),
            references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45'],
          });
        } else if (!decision && safeguard === undefined) {
          ctx.report({
            path: pointer('recipients', i, 'country'),
            message: everAdequate(country)
              ? ctx.message('rule.transfer-safeguard.missing-not-yet', { name: name(), country, date: ctx.input.statement.lastAmended })
              : ctx.message('rule.transfer-safeguard.missing', { name: name(), country, asOf: transferData.asOf }),
          });
        } else if (decision?.requires && safeguard === 'adequacy-decision') {
          ctx.report({
            path: pointer('recipients', i, 'transfer', 'safeguard'),
            message: ctx.message('rule.transfer-safeguard.adequacy-partial', { name: name(), country, scope: decision.scope === undefined ? '' : dataText(decision.scope, ctx.lang), requires: decision.requires }),
            references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 45'],
          });
        } else if (!decision && safeguard === 'adequacy-decision') {
          ctx.report({
            path: pointer('recipients', i, 'transfer', 'safeguard'),
            message: everAdequate(country)
              ? ctx.message('rule.transfer-safeguard.no-adequacy-yet', { name: name(), country, date: ctx.input.statement.lastAmended })
              : ctx.message('rule.transfer-safeguard.no-adequacy', { name: name(), country, asOf: transferData.asOf }),
            references: ['GDPR Art. 45'],
          });
        }
        if (safeguard === 'eu-us-data-privacy-framework' && country !== 'US') {
          ctx.report({
            path: pointer('recipients', i, 'transfer', 'safeguard'),
            message: ctx.message('rule.transfer-safeguard.dpf-not-us', { name: name(), country }),
            references: ['GDPR Art. 45'],
          });
        }
      }
      if (safeguard && needsCopy.has(safeguard) && !r.transfer?.copy) {
        ctx.report({
          path: pointer('recipients', i, 'transfer'),
          at: 'key',
          message: ctx.message(safeguard === 'binding-corporate-rules' ? 'rule.transfer-safeguard.no-copy-bcr' : 'rule.transfer-safeguard.no-copy-scc', { name: name() }),
          references: ['GDPR Art. 13(1)(f)', safeguard === 'binding-corporate-rules' ? 'GDPR Art. 47' : 'GDPR Art. 46'],
        });
      }
      if (safeguard === 'derogation' && !r.transfer?.derogation) {
        ctx.report({
          path: pointer('recipients', i, 'transfer'),
          at: 'key',
          message: ctx.message('rule.transfer-safeguard.which-derogation', { name: name() }),
          references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 49'],
        });
      }
    });
  },
});
