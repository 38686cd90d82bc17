import { pointer } from '../load/pointer.js';
import { rulesFor } from './national.js';
import { defineRule } from './types.js';

/** Section 3: the BSN (NL) and the national register number (BE). */
export default defineRule({
  meta: {
    id: 'national-id-basis',
    severity: 'error',
    references: ['GDPR Art. 87', 'UAVG art. 46', 'Law of 8 August 1983, art. 8'],
    summary: 'A purpose that uses a national identification number names the law that allows it.',
    rationale:
      'Member states decide when a national identification number may be used (Art. 87). In the Netherlands the citizen service number (BSN) may only be used where a law prescribes it (UAVG art. 46), such as tax law for certain income insurances; in Belgium the national register number only with the authorisation of the Law of 8 August 1983 (art. 8). The statement must say, per purpose, which law allows it.',
    examples: {
      good: 'purposes:\n  - id: tax-reporting\n    dataCategories: [bsn]   # kind: national-id\n    nationalIdBasis: { nl: "Artikel 46 UAVG en de fiscale wetgeving die ons het BSN laat gebruiken." }',
      bad: 'purposes:\n  - id: tax-reporting\n    dataCategories: [bsn]   # kind: national-id, no nationalIdBasis',
    },
  },
  check(ctx) {
    const rules = rulesFor(ctx.authority).nationalId;
    ctx.input.purposes.forEach((p, i) => {
      const name = `Purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id})`;
      const ids = ctx.index.categoriesOf(p).filter((c) => c.kind === 'national-id');
      if (ids.length > 0 && p.nationalIdBasis === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: `${name} uses a national identification number (${ids.map((c) => `\`${c.id}\``).join(', ')}), the ${rules.name}, which may only be used where the law allows it: add \`nationalIdBasis\` naming that law, for example "${rules.example}".`,
          references: ['GDPR Art. 87', ...rules.references],
        });
      } else if (ids.length === 0 && p.nationalIdBasis !== undefined) {
        ctx.report({
          path: pointer('purposes', i, 'nationalIdBasis'),
          at: 'key',
          severity: 'warning',
          message: `${name} gives \`nationalIdBasis\`, but none of its data categories is of kind \`national-id\`, so the basis is not shown. Add the category with the number to \`dataCategories\`, or remove \`nationalIdBasis\`.`,
          references: ['GDPR Art. 87', ...rules.references],
        });
      }
    });
  },
});
