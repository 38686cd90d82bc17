import { pointer } from '../load/pointer.js';
import type { Purpose } from '../model/input.generated.js';
import { insurers } from './insurers.js';
import { mentions } from './national.js';
import { proseOf } from './prose.js';
import { defineRule, type RuleContext } from './types.js';

const protocol = 'Protocol Incidentenwaarschuwingssysteem Financiële Instellingen 2021';


/**
 * The insurer rule pack, the Netherlands: the incident register and the warning system of the
 * financial institutions (PIFI 2021). Sharing incident data through it rests on the AP licence
 * of UAVG art. 33(4)(c); the insurer's own register rests on art. 33(2)(b).
 */
export default defineRule({
  meta: {
    id: 'incident-register',
    severity: 'warning',
    references: ['GDPR Art. 10', 'UAVG art. 33(4)(c)', protocol],
    summary: 'A Dutch purpose that shares incident data through the warning system (PIFI, the Extern Verwijzingsregister) rests on the AP licence of UAVG art. 33(4)(c).',
    rationale:
      'Dutch financial institutions record fraud and other incidents in their own incident registers and warn each other through the Extern Verwijzingsregister (EVR), under the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen, approved by the Autoriteit Persoonsgegevens as PIFI 2021 as of 1 April 2021. These are data of a criminal nature (Art. 10 GDPR). For its own register the insurer relies on UAVG art. 33(2)(b) (offences against itself or its staff); to share them with other institutions it needs its own licence from the AP, which UAVG art. 33(4)(c) provides for and which each participant in PIFI holds. A purpose that names the protocol, the EVR or other financial institutions must say so in `criminalDataBasis`, and a purpose that keeps an incident register must mark the category as `criminal`, so that the statement gives the basis at all. To re-check: since 1 September 2026 the licence conditions are in art. 33(6) (formerly 33(5)); PIFI 2021\'s article numbers were not read, so the protocol is cited without them.',
    examples: {
      good: 'statement:\n  authority: nl-ap\npurposes:\n  - id: fraud\n    dataCategories: [incidents]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33, vierde lid, onder c, UAVG, met de vergunning die de Autoriteit Persoonsgegevens ons onder het PIFI 2021 heeft verleend." }',
      bad: 'statement:\n  authority: nl-ap\npurposes:\n  - id: fraud\n    dataCategories: [incidents]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33 UAVG, volgens het Protocol Incidentenwaarschuwingssysteem Financiële Instellingen." }',
    },
  },
  check(ctx) {
    const pifi = insurers.incidentRegister[ctx.authority];
    if (!pifi) return;
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      const criminal = ctx.index.categoriesOf(p).filter((c) => c.kind === 'criminal');
      if (criminal.length === 0) {
        // Only the purpose's own words: a recipient such as Stichting CIS may describe the EVR for other purposes.
        if (!signals(ctx, p, pifi.sharing, false) && !signals(ctx, p, pifi.register, false)) return;
        ctx.report({
          path: pointer('purposes', i, 'dataCategories'),
          message: ctx.message('rule.incident-register.not-criminal', { name: name(), protocol: pifi.protocol }),
          references: ['GDPR Art. 10', 'UAVG art. 33(2)(b)', 'UAVG art. 33(4)(c)'],
        });
        return;
      }
      if (p.criminalDataBasis === undefined || !signals(ctx, p, pifi.sharing, true)) return;
      const missing = proseOf(p.criminalDataBasis, pointer('purposes', i, 'criminalDataBasis'), ctx.locales).filter(
        (t) => !(mentions(t.text, pifi.licenceParagraph) && mentions(t.text, pifi.licence)),
      );
      if (missing.length === 0) return;
      ctx.report({
        path: missing[0]!.path,
        message: ctx.message('rule.incident-register.no-licence', { name: name(), languages: ctx.languagesOf(missing), protocol: pifi.protocol, approved: ctx.longDate(pifi.approvedFrom) }),
      });
    });
  },
});

/** Whether the purpose or its data categories (and, when asked, its recipients) speak of something the pattern finds. */
function signals(ctx: RuleContext, p: Purpose, pattern: string, withRecipients: boolean): boolean {
  const recipients = (withRecipients ? (p.recipients ?? []) : []).flatMap((id) => {
    const r = ctx.index.recipients.get(id)?.item;
    return r ? [r.name, r.description] : [];
  });
  const categories = ctx.index.categoriesOf(p).flatMap((c) => [c.name, c.description]);
  return [p.name, p.description, p.legitimateInterest, p.criminalDataBasis, ...categories, ...recipients].some((text) => proseOf(text, '', ctx.locales).some((t) => mentions(t.text, pattern)));
}
