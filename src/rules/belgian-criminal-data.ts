import { pointer } from '../load/pointer.js';
import { insurers, languagesOf } from './insurers.js';
import { mentions, rulesFor } from './national.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

/**
 * The insurer rule pack, Belgium: art. 10, § 1, of the Law of 30 July 2018 lists the cases in
 * which criminal data may be processed; a basis that cites the article names none of them. The
 * list is not verified (insurers.json), so this stays a warning.
 */
export default defineRule({
  meta: {
    id: 'belgian-criminal-data',
    severity: 'warning',
    references: ['GDPR Art. 10', 'GDPR Art. 13(1)(c)'],
    summary: 'A Belgian purpose that uses criminal data says which case of art. 10, § 1, of the Law of 30 July 2018 it relies on.',
    rationale:
      'Art. 10 GDPR leaves criminal data to Union or member state law. In Belgium art. 10, § 1, of the Law of 30 July 2018 allows it only in listed cases, each under its own number: among them the management of one\'s own disputes (1°) and the explicit written consent of the person for specific purposes (5°), which is what an insurer or broker asking about criminal history in an application usually relies on. A basis that cites the article without its case does not tell the reader which condition applies, and the Belgian authority has fined an insurer for a privacy statement that did not make the legal basis of each processing clear (GBA decision 57/2021). To re-check: the text of art. 10 of the Law of 30 July 2018 was not read for this rule, whose list of cases is the researcher\'s reading; it therefore cites only the GDPR and stays a warning until the article has been checked in the Belgian Official Gazette.',
    examples: {
      good: 'statement:\n  authority: be-gba\npurposes:\n  - id: risk-assessment\n    dataCategories: [criminal-record]   # kind: criminal\n    criminalDataBasis: { nl: "Uw uitdrukkelijke schriftelijke toestemming (artikel 10, § 1, 5°, van de wet van 30 juli 2018)." }',
      bad: 'statement:\n  authority: be-gba\npurposes:\n  - id: risk-assessment\n    dataCategories: [criminal-record]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 10 van de wet van 30 juli 2018." }',
    },
  },
  check(ctx) {
    if (ctx.authority !== 'be-gba') return;
    const law = rulesFor(ctx.authority).criminalData;
    const { point, points } = insurers.belgianCriminalData;
    ctx.input.purposes.forEach((p, i) => {
      if (p.criminalDataBasis === undefined || !ctx.index.categoriesOf(p).some((c) => c.kind === 'criminal')) return;
      const vague = proseOf(p.criminalDataBasis, pointer('purposes', i, 'criminalDataBasis'), ctx.locales).filter((t) => law.mentions.some((m) => mentions(t.text, m)) && !mentions(t.text, point));
      if (vague.length === 0) return;
      const cases = Object.entries(points).map(([n, about]) => `${n} ${about}`).join('; ');
      ctx.report({
        path: vague[0]!.path,
        message: `\`criminalDataBasis\` of purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id}) cites art. 10 of the Law of 30 July 2018 without saying which case of its § 1 applies, in ${languagesOf(vague)}. Name it, for example "artikel 10, § 1, 5°, van de wet van 30 juli 2018" / "article 10, § 1er, 5°, de la loi du 30 juillet 2018" (cases include ${cases}).`,
      });
    });
  },
});
