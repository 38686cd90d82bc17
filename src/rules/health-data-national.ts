import { jurisdiction } from '../jurisdictions/index.js';
import { pointer } from '../load/pointer.js';
import type { Locale, LocalizedText, Purpose } from '../model/input.generated.js';
import { insurers, insurersCode } from './insurers.js';
import { mentions, rulesFor } from './national.js';
import { proseOf } from './prose.js';
import { defineRule, type RuleContext } from './types.js';

/**
 * Section 3, health data. Belgium: no insurer-specific exception, so explicit consent is
 * expected. The Netherlands: UAVG art. 30(3)(b) lets insurers process health data (Art. 9(2)(g)),
 * only by persons bound to confidentiality (art. 30(4)); the sector's code has it handled under
 * the responsibility of a medical adviser. The statement should say so in every language.
 */
export default defineRule({
  meta: {
    id: 'health-data-national',
    severity: 'warning',
    references: ['GDPR Art. 9(2)(g)', 'UAVG art. 30(3)(b)', 'UAVG art. 30(4)', insurersCode, 'GDPR Art. 9(2)(a)'],
    summary: 'Health data follows the national rules: UAVG art. 30(3)(b) on Art. 9(2)(g), confidentiality and a medical adviser (NL), explicit consent (BE).',
    rationale:
      'Dutch insurers and the intermediaries who mediate in insurance may process health data where that is necessary to assess the risk to be insured, as long as the person has not objected, or to perform the insurance contract (UAVG art. 30(3)(b)). Art. 30(3) names Art. 9(2)(g) and (h) of the GDPR; (h) covers care providers (art. 30(3)(a)), so the insurers\' limb rests on (g), substantial public interest on the basis of national law, and the statement should cite limb (b). Only persons bound to confidentiality may process the data (art. 30(4)); the medical adviser under whose responsibility they work comes from the Verbond van Verzekeraars\' Gedragscode Verwerking Persoonsgegevens Verzekeraars, not from the UAVG. Belgian law has no comparable exception for insurers, so they rely on the explicit consent of Art. 9(2)(a). To re-check: that limb (b) rests on (g) is a reading of the text of art. 30(3) (the explanatory memorandum was not read); the article of the insurers\' code on the medical adviser, cited without a number; and the Belgian Law of 30 July 2018 (art. 9: who has access to health data, bound to confidentiality), whose text was not read and which is therefore not cited.',
    examples: {
      good: 'statement:\n  authority: nl-ap\npurposes:\n  - id: acceptance\n    dataCategories: [health]\n    specialCategoryCondition: substantial-public-interest\n    specialCategoryLaw: { nl: "Artikel 30, derde lid, aanhef en onder b, UAVG, zolang u daartegen geen bezwaar hebt gemaakt. Onze medisch adviseur en medewerkers met een geheimhoudingsplicht verwerken deze gegevens." }',
      bad: 'statement:\n  authority: be-gba\npurposes:\n  - id: acceptance\n    dataCategories: [health]\n    specialCategoryCondition: substantial-public-interest',
    },
  },
  check(ctx) {
    const rules = rulesFor(ctx.authority).healthData;
    ctx.input.purposes.forEach((p, i) => {
      const health = ctx.index.categoriesOf(p).filter((c) => c.kind === 'special' && c.special === 'health');
      const condition = p.specialCategoryCondition;
      if (health.length === 0 || condition === undefined) return;
      const name = (): string => ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id });
      if (rules.expected !== undefined) {
        if (condition === rules.expected) return;
        ctx.report({
          path: pointer('purposes', i, 'specialCategoryCondition'),
          message: ctx.message(jurisdiction(ctx.authority).country === 'BE' ? 'rule.health-data-national.no-exception-be' : 'rule.health-data-national.no-exception-nl', { name: name(), condition, expected: rules.expected }),
          references: rules.references,
        });
        return;
      }
      const law = rules.insurerException;
      const nl = insurers.healthData[ctx.authority];
      const relied = law !== undefined && nl !== undefined && proseOf(p.specialCategoryLaw, '', ctx.locales).some((t) => mentions(t.text, law));
      if (!relied) return;
      if (condition === 'health-care') {
        ctx.report({
          path: pointer('purposes', i, 'specialCategoryCondition'),
          message: ctx.message('rule.health-data-national.health-care', { name: name() }),
          references: ['GDPR Art. 9(2)(g)', 'GDPR Art. 9(2)(h)', 'UAVG art. 30(3)(b)'],
        });
      }
      const withoutLimb = proseOf(p.specialCategoryLaw, pointer('purposes', i, 'specialCategoryLaw'), ctx.locales).filter((t) => mentions(t.text, law) && !mentions(t.text, nl.limbB));
      if (withoutLimb.length > 0) {
        ctx.report({
          path: withoutLimb[0]!.path,
          message: ctx.message('rule.health-data-national.no-limb', { name: name(), languages: list(ctx, withoutLimb.map((t) => t.locale)) }),
          references: ['UAVG art. 30(3)(b)'],
        });
      }
      const texts = [p.description, p.specialCategoryLaw, ...health.map((c) => c.description)];
      if (assessesRisk(ctx, p, nl.riskAssessment)) {
        const silent = ctx.locales.filter((locale) => !inLocale(texts, locale, nl.objection));
        if (silent.length > 0) {
          ctx.report({
            path: pointer('purposes', i, 'specialCategoryLaw'),
            at: 'key',
            message: ctx.message('rule.health-data-national.no-objection', { name: name(), languages: list(ctx, silent) }),
            references: ['UAVG art. 30(3)(b)'],
          });
        }
      }
      const pattern = rules.medicalAdviser;
      const missing = ctx.locales.filter((locale) => pattern?.[locale] !== undefined && !inLocale(texts, locale, pattern[locale]!));
      if (missing.length === 0) return;
      ctx.report({
        path: pointer('purposes', i, 'specialCategoryLaw'),
        at: 'key',
        message: ctx.message('rule.health-data-national.no-medical-adviser', { name: name(), languages: list(ctx, missing), code: insurersCode }),
        references: ['UAVG art. 30(4)', insurersCode],
      });
    });
  },
});

function list(ctx: RuleContext, locales: readonly Locale[]): string {
  return ctx.languagesOf(locales.map((locale) => ({ locale })));
}

/** Whether the purpose is about assessing a risk: its name or description says so. */
function assessesRisk(ctx: RuleContext, p: Purpose, pattern: string): boolean {
  return [p.name, p.description].some((text) => proseOf(text, '', ctx.locales).some((t) => mentions(t.text, pattern)));
}

/** Whether one of the texts says, in the given language, what the pattern finds. */
function inLocale(texts: (LocalizedText | undefined)[], locale: Locale, pattern: string): boolean {
  return texts.some((text) => proseOf(text, '', [locale]).some((t) => t.locale === locale && mentions(t.text, pattern)));
}
