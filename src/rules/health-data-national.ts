import { jurisdiction } from '../jurisdictions/index.js';
import { pointer } from '../load/pointer.js';
import type { Locale } from '../model/input.generated.js';
import { languageNames } from './lint-words.js';
import { mentions, rulesFor } from './national.js';
import { proseOf } from './prose.js';
import { defineRule, type RuleContext } from './types.js';

/**
 * Section 3, health data. Belgium: no insurer-specific exception, so explicit consent is
 * expected. The Netherlands: UAVG art. 30(3) lets insurers process health data, handled by or
 * under the responsibility of a medical adviser; the statement should say so in every language.
 */
export default defineRule({
  meta: {
    id: 'health-data-national',
    severity: 'warning',
    references: ['UAVG art. 30(3)', 'GDPR Art. 9(2)(a)', 'Law of 30 July 2018, art. 9'],
    summary: 'Health data follows the national rules: a medical adviser under UAVG art. 30(3) (NL), explicit consent (BE).',
    rationale:
      'Dutch insurers and insurance intermediaries may process health data to assess the risk and to perform the insurance contract under art. 30(3) of the UAVG; the Gedragscode Verwerking Persoonsgegevens Verzekeraars has that data handled by or under the responsibility of a medical adviser, within a separate functional unit, and a statement that relies on art. 30(3) should say so. Belgian law has no comparable exception for insurers, so they rely on the explicit consent of Art. 9(2)(a), and must take the measures of art. 9 of the Law of 30 July 2018 (who has access, bound by confidentiality).',
    examples: {
      good: 'statement:\n  authority: be-gba\npurposes:\n  - id: acceptance\n    dataCategories: [health]\n    specialCategoryCondition: explicit-consent',
      bad: 'statement:\n  authority: be-gba\npurposes:\n  - id: acceptance\n    dataCategories: [health]\n    specialCategoryCondition: substantial-public-interest',
    },
  },
  check(ctx) {
    const rules = rulesFor(ctx.authority).healthData;
    ctx.input.purposes.forEach((p, i) => {
      const health = ctx.index.categoriesOf(p).filter((c) => c.kind === 'special' && c.special === 'health');
      const condition = p.specialCategoryCondition;
      if (health.length === 0 || condition === undefined) return;
      const name = `Purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id})`;
      if (rules.expected !== undefined) {
        if (condition === rules.expected) return;
        ctx.report({
          path: pointer('purposes', i, 'specialCategoryCondition'),
          message: `${name} processes health data on \`${condition}\`. ${jurisdiction(ctx.authority).adjective} law has no exception that lets insurers process health data without consent: rely on \`${rules.expected}\`, unless a ${jurisdiction(ctx.authority).adjective} law that applies to this processing is named in \`specialCategoryLaw\`.`,
          references: rules.references,
        });
        return;
      }
      const law = rules.insurerException;
      const relied = law !== undefined && proseOf(p.specialCategoryLaw, '', ctx.locales).some((t) => mentions(t.text, law));
      if (!relied) return;
      const missing = ctx.locales.filter((locale) => !mentionsAdviser(ctx, i, locale));
      if (missing.length === 0) return;
      ctx.report({
        path: pointer('purposes', i, 'specialCategoryLaw'),
        at: 'key',
        message: `${name} relies on UAVG art. 30(3) for health data, but its texts in ${missing.map((l) => `${languageNames[l]} (\`${l}\`)`).join(' and ')} do not say that a medical adviser is responsible for it. Say in \`description\` or \`specialCategoryLaw\` that health data is handled by or under the responsibility of the medical adviser (in Dutch "medisch adviseur").`,
        references: rules.references,
      });
    });
  },
});

/** Whether the purpose, or one of its health categories, names the medical adviser in a locale. */
function mentionsAdviser(ctx: RuleContext, purposeIndex: number, locale: Locale): boolean {
  const pattern = rulesFor(ctx.authority).healthData.medicalAdviser?.[locale];
  if (!pattern) return true;
  const p = ctx.input.purposes[purposeIndex]!;
  const texts = [p.description, p.specialCategoryLaw, ...ctx.index.categoriesOf(p).filter((c) => c.special === 'health').map((c) => c.description)];
  return texts.some((text) => proseOf(text, '', [locale]).some((t) => t.locale === locale && mentions(t.text, pattern)));
}
