import { pointer } from '../load/pointer.js';
import { dataText } from '../messages/index.js';
import { insurers } from './insurers.js';
import { mentions } from './national.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

/**
 * The insurer rule pack: the national law on criminal data has several cases, each under its
 * own paragraph or number, so a basis that cites the article alone does not say which one the
 * insurer relies on (dated data: insurers.json, per jurisdiction).
 */
export default defineRule({
  meta: {
    id: 'criminal-data-provision',
    severity: 'warning',
    references: ['GDPR Art. 10', 'UAVG art. 33(2)(a)', 'UAVG art. 33(2)(b)', 'UAVG art. 33(4)(c)'],
    summary: 'A purpose that uses criminal data names the exact provision: the paragraph of UAVG art. 33 (NL), the case of art. 10, § 1, of the Law of 30 July 2018 (BE).',
    rationale:
      'Art. 10 GDPR leaves criminal data to Union or member state law, and national law allows them only in distinct cases. In the Netherlands UAVG art. 33 lets a controller processing for its own purposes do so to assess a request of the person for a decision or a service (art. 33(2)(a), such as questions about criminal history in an insurance application) or to protect its interests against offences committed or expected against itself or its staff (art. 33(2)(b), such as its own incident register); processing for third parties needs a ground of art. 33(4), for insurers usually the licence of the Autoriteit Persoonsgegevens (art. 33(4)(c)) under the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen. In Belgium art. 10, § 1, of the Law of 30 July 2018 lists numbered cases, among them the management of one\'s own disputes (1°) and the explicit written consent of the person (5°), which a broker asking about criminal history usually relies on. A basis that cites the article alone does not tell the reader which case applies or let them check it, and the Belgian authority has fined an insurer for a privacy statement that did not make the legal basis of each processing clear (GBA decision 57/2021). To re-check: the UAVG texts were read in the version in force from 1 September 2026, which kept these paragraphs; the text of the Belgian art. 10 was not read, so for Belgium the rule cites only the GDPR, and it stays a warning in both countries.',
    examples: {
      good: 'statement:\n  authority: nl-ap\npurposes:\n  - id: acceptance\n    dataCategories: [criminal-history]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33, tweede lid, onder a, UAVG: wij beoordelen uw aanvraag." }',
      bad: 'statement:\n  authority: nl-ap\npurposes:\n  - id: acceptance\n    dataCategories: [criminal-history]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33 UAVG." }',
    },
  },
  check(ctx) {
    const provision = insurers.criminalDataProvision[ctx.authority];
    if (!provision) return;
    ctx.input.purposes.forEach((p, i) => {
      if (p.criminalDataBasis === undefined || !ctx.index.categoriesOf(p).some((c) => c.kind === 'criminal')) return;
      // A text that does not cite the law at all is criminal-data-basis's concern; one about the
      // warning system between insurers is incident-register's, which names the licence it needs.
      const sharing = insurers.incidentRegister[ctx.authority]?.sharing;
      const vague = proseOf(p.criminalDataBasis, pointer('purposes', i, 'criminalDataBasis'), ctx.locales).filter(
        (t) => mentions(t.text, provision.cites) && !mentions(t.text, provision.precise) && !(sharing !== undefined && mentions(t.text, sharing)),
      );
      if (vague.length === 0) return;
      ctx.report({
        path: vague[0]!.path,
        message: ctx.message('rule.criminal-data-provision.vague', { id: p.id, name: ctx.preview(p.name) ?? p.id, law: dataText(provision.law, ctx.lang), part: dataText(provision.part, ctx.lang), languages: ctx.languagesOf(vague), hint: dataText(provision.hint, ctx.lang) }),
        references: provision.references,
      });
    });
  },
});
