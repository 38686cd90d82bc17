import { pointer } from '../load/pointer.js';
import { mentions, rulesFor } from './national.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

/** R9, with the national law of section 3. */
export default defineRule({
  meta: {
    id: 'criminal-data-basis',
    severity: 'error',
    references: ['GDPR Art. 10', 'UAVG art. 33', 'Law of 30 July 2018, art. 10'],
    summary: 'A purpose that uses criminal data names the national law that allows it.',
    rationale:
      'Personal data about criminal convictions and offences, including suspicions such as fraud, may only be processed under official authority or where Union or member state law authorises it (Art. 10). For Dutch insurers that law is art. 33 of the UAVG (sharing incident data also under the Protocol Incidentenwaarschuwingssysteem Financiële Instellingen); for Belgian insurers it is art. 10 of the Law of 30 July 2018. The statement must say which provision each purpose relies on; a text that does not name it is flagged as a warning.',
    examples: {
      good: 'purposes:\n  - id: fraud\n    dataCategories: [incidents]   # kind: criminal\n    criminalDataBasis: { nl: "Artikel 33 van de Uitvoeringswet AVG." }',
      bad: 'purposes:\n  - id: fraud\n    dataCategories: [incidents]   # kind: criminal, no criminalDataBasis',
    },
  },
  check(ctx) {
    const law = rulesFor(ctx.authority).criminalData;
    ctx.input.purposes.forEach((p, i) => {
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      const criminal = ctx.index.categoriesOf(p).filter((c) => c.kind === 'criminal');
      if (criminal.length === 0) {
        if (p.criminalDataBasis !== undefined) {
          ctx.report({
            path: pointer('purposes', i, 'criminalDataBasis'),
            at: 'key',
            severity: 'warning',
            message: ctx.message('rule.criminal-data-basis.unused', { name: name() }),
            references: ['GDPR Art. 10'],
          });
        }
        return;
      }
      const which = criminal.map((c) => `\`${c.id}\``).join(', ');
      if (p.criminalDataBasis === undefined) {
        ctx.report({
          path: pointer('purposes', i),
          at: 'key',
          message: ctx.message('rule.criminal-data-basis.missing', { name: name(), categories: which, law: law.law[ctx.lang] }),
          references: law.references,
        });
        return;
      }
      for (const prose of proseOf(p.criminalDataBasis, pointer('purposes', i, 'criminalDataBasis'), ctx.locales)) {
        if (law.mentions.some((pattern) => mentions(prose.text, pattern))) continue;
        ctx.report({
          path: prose.path,
          severity: 'warning',
          message: ctx.message('rule.criminal-data-basis.law-not-named', { id: p.id, locale: prose.locale, law: law.law[ctx.lang] }),
          references: law.references,
        });
      }
    });
  },
});
