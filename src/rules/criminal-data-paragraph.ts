import { pointer } from '../load/pointer.js';
import { insurers, languagesOf } from './insurers.js';
import { mentions } from './national.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

/**
 * The insurer rule pack, the Netherlands: UAVG art. 33 has several paragraphs for private
 * parties, each for a different case, so a basis that cites the article alone does not say
 * which one the insurer relies on.
 */
export default defineRule({
  meta: {
    id: 'criminal-data-paragraph',
    severity: 'warning',
    references: ['GDPR Art. 10', 'UAVG art. 33(2)(a)', 'UAVG art. 33(2)(b)', 'UAVG art. 33(4)(c)'],
    summary: 'A Dutch purpose that uses criminal data names the paragraph of UAVG art. 33 it relies on, not the article alone.',
    rationale:
      'Art. 10 GDPR leaves criminal data to Union or member state law, and in the Netherlands UAVG art. 33 allows private controllers several distinct cases: a controller processing for its own purposes may do so to assess a request of the person for a decision or a service (art. 33(2)(a), such as questions about criminal history in an insurance application) or to protect its interests against offences committed or expected against itself or its staff (art. 33(2)(b), such as its own incident register); processing for third parties needs one of the grounds of art. 33(4), for insurers usually the licence of the Autoriteit Persoonsgegevens (art. 33(4)(c)) under the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen. "Artikel 33 UAVG" alone does not tell the reader which of these applies, or let them check it. The texts of art. 33 were checked in the version in force since 1 September 2026, which kept these paragraphs.',
    examples: {
      good: 'statement:\n  authority: nl-ap\npurposes:\n  - id: acceptance\n    dataCategories: [criminal-history]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33, tweede lid, onder a, UAVG: wij beoordelen uw aanvraag." }',
      bad: 'statement:\n  authority: nl-ap\npurposes:\n  - id: acceptance\n    dataCategories: [criminal-history]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33 UAVG." }',
    },
  },
  check(ctx) {
    if (ctx.authority !== 'nl-ap') return;
    const { article, paragraph } = insurers.incidentRegister;
    ctx.input.purposes.forEach((p, i) => {
      if (p.criminalDataBasis === undefined || !ctx.index.categoriesOf(p).some((c) => c.kind === 'criminal')) return;
      const vague = proseOf(p.criminalDataBasis, pointer('purposes', i, 'criminalDataBasis'), ctx.locales).filter((t) => mentions(t.text, article) && !mentions(t.text, paragraph));
      if (vague.length === 0) return;
      ctx.report({
        path: vague[0]!.path,
        message: `\`criminalDataBasis\` of purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id}) cites UAVG art. 33 without its paragraph in ${languagesOf(vague)}. Name the one this purpose relies on: art. 33(2)(a) to assess an application ("artikel 33, tweede lid, onder a, UAVG"), art. 33(2)(b) for your own protection against offences, such as your incident register ("… onder b …"), or art. 33(4)(c) with your licence from the Autoriteit Persoonsgegevens to share incident data with other financial institutions ("artikel 33, vierde lid, onder c, UAVG").`,
      });
    });
  },
});
