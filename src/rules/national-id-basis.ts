import { pointer } from '../load/pointer.js';
import { insurers } from './insurers.js';
import { mentions, rulesFor } from './national.js';
import { proseOf } from './prose.js';
import { defineRule, type AuthorityId } from './types.js';

/** Section 3: the BSN (NL) and the national register number (BE). */
export default defineRule({
  meta: {
    id: 'national-id-basis',
    severity: 'error',
    references: ['GDPR Art. 87', 'UAVG art. 46', 'Law of 8 August 1983, art. 8'],
    summary: 'A purpose that uses a national identification number names the law that allows it.',
    rationale:
      'Member states decide when a national identification number may be used (Art. 87). In the Netherlands the citizen service number (BSN) is a number prescribed by law, which UAVG art. 46 allows to be used only to carry out that law or for purposes a law lays down: an insurer uses it only where a law prescribes that use, such as tax law for certain income insurances. Art. 46 itself allows nothing, so a basis that names only art. 46 does not name the law; it is reported as a warning. In Belgium the national register number may be used only with the authorisation of the Law of 8 August 1983 (art. 8). The statement must say, per purpose, which law allows it.',
    examples: {
      good: 'purposes:\n  - id: tax-reporting\n    dataCategories: [bsn]   # kind: national-id\n    nationalIdBasis: { nl: "Artikel 46 UAVG en de fiscale wetgeving die ons het BSN laat gebruiken." }',
      bad: 'purposes:\n  - id: tax-reporting\n    dataCategories: [bsn]   # kind: national-id, no nationalIdBasis',
    },
  },
  check(ctx) {
    const rules = rulesFor(ctx.authority).nationalId;
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      const ids = ctx.index.categoriesOf(p).filter((c) => c.kind === 'national-id');
      if (ids.length > 0 && p.nationalIdBasis === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: ctx.message('rule.national-id-basis.missing', { name: name(), categories: ids.map((c) => `\`${c.id}\``).join(', '), number: ctx.lang === 'en' ? rules.name : rules.words[ctx.lang], example: rules.example[ctx.lang] }),
          references: ['GDPR Art. 87', ...rules.references],
        });
      } else if (ids.length > 0 && ownLaw[ctx.authority]) {
        const own = ownLaw[ctx.authority]!;
        const bare = proseOf(p.nationalIdBasis, pointer('purposes', i, 'nationalIdBasis'), ctx.locales).filter((t) => !mentions(t.text.replace(own.citation, ' '), own.law));
        if (bare.length === 0) return;
        ctx.report({
          path: bare[0]!.path,
          severity: 'warning',
          message: ctx.message('rule.national-id-basis.only-uavg', { id: p.id, name: ctx.preview(p.name) ?? p.id, languages: ctx.languagesOf(bare), example: rules.example[ctx.lang] }),
          references: ['GDPR Art. 87', ...rules.references],
        });
      } else if (ids.length === 0 && p.nationalIdBasis !== undefined) {
        ctx.report({
          path: pointer('purposes', i, 'nationalIdBasis'),
          at: 'key',
          severity: 'warning',
          message: ctx.message('rule.national-id-basis.unused', { name: name() }),
          references: ['GDPR Art. 87', ...rules.references],
        });
      }
    });
  },
});

/**
 * Per jurisdiction where the rule on the number itself allows nothing (UAVG art. 46): how a text
 * cites that act (taken out before looking for another law) and how it names a law.
 */
const ownLaw = Object.fromEntries(
  Object.entries(insurers.nationalId).map(([authority, n]) => [authority, { citation: new RegExp(n!.ownCitation, 'giu'), law: n!.law }]),
) as Partial<Record<AuthorityId, { citation: RegExp; law: string }>>;
