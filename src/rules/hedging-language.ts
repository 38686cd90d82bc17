import { pointer } from '../load/pointer.js';
import { allNames } from '../model/names.js';
import { firstMatch, languageNames, lintWords } from './lint-words.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

const fields = ['name', 'description', 'legitimateInterest'] as const;

/** Section 4: definite language in purposes. Word lists: locales/lint/. */
export default defineRule({
  meta: {
    id: 'hedging-language',
    severity: 'warning',
    references: ['GDPR Art. 12(1)', 'WP260 rev.01 § 13'],
    summary: 'Purposes say what is done, without "may", "possibly", "kunnen" or "éventuellement".',
    rationale:
      'Information must be given in clear and plain language (Art. 12(1)); WP260 asks for concrete and definitive wording and names qualifiers such as "may", "might" and "possible" as poor practice: "we may use your data to develop new services" leaves the reader unable to know what actually happens. The check looks at the names, descriptions and legitimate interests of purposes, per language, with word lists in `locales/lint/`. Words that are weak only in some sentences, such as Dutch "kunnen", are matched only where they hedge what the insurer does ("wij kunnen uw gegevens delen"), not where they give the reader a right ("u kunt bezwaar maken").',
    examples: {
      good: 'purposes:\n  - id: analytics\n    description: { en: "We analyse how our website is used to improve it." }',
      bad: 'purposes:\n  - id: analytics\n    description: { en: "We may possibly use your data to develop new services." }',
    },
  },
  check(ctx) {
    const controller = [ctx.input.controller.name, ...allNames(ctx.input.controller.legalName)];
    ctx.input.purposes.forEach((p, i) => {
      for (const field of fields) {
        for (const prose of proseOf(p[field], pointer('purposes', i, field), ctx.locales)) {
          const m = firstMatch(prose.text, lintWords[prose.locale].hedging, controller);
          if (!m) continue;
          ctx.report({
            path: prose.path,
            message: `\`${field}\` of purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id}) hedges with "${m.word}" in ${languageNames[prose.locale]} ("${m.found}"). Say what you do, definitely: "we use", not "we may use"; if it happens only in some cases, say in which.`,
          });
        }
      }
    });
  },
});
