import { segments } from '../load/pointer.js';
import { isShown } from '../model/shown.js';
import { capitalize } from '../validate/describe.js';
import { fieldsOf } from './prose.js';
import { defineRule } from './types.js';

/** R13: every LocalizedText that will be rendered exists in every locale of `statement.locales`. */
export default defineRule({
  meta: {
    id: 'translation-missing',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Every text that will be rendered exists in every language of `statement.locales`.',
    rationale:
      'Information must be given in clear and plain language the person understands (Art. 12(1)); WP260 expects a translation in every language the controller targets. A statement published in French with a Dutch paragraph in it, or with a paragraph missing, fails that test. The compiler therefore refuses to render a language for which any text is missing, instead of silently falling back to another language.',
    examples: {
      good: 'statement:\n  locales: [nl, fr]\npurposes:\n  - id: fraud\n    description:\n      nl: Wij gaan fraude tegen.\n      fr: Nous luttons contre la fraude.',
      bad: 'statement:\n  locales: [nl, fr]\npurposes:\n  - id: fraud\n    description:\n      nl: Wij gaan fraude tegen.   # no fr',
    },
  },
  check(ctx) {
    const { input, locales } = ctx;
    for (const field of fieldsOf(input)) {
      const segs = segments(field.path);
      // A text that is not shown (a safeguard of a recipient inside the EEA, say) needs no translation.
      if (!isShown(input, field.path, ctx.index.categoriesOf)) continue;
      const where = (): string => ctx.describe(field.path);
      if (typeof field.value === 'string' || Array.isArray(field.value)) {
        // A plain recipient name is a proper noun, the same in every language.
        if (locales.length === 1 || (segs[0] === 'recipients' && field.key === 'name')) continue;
        ctx.report({
          path: field.path,
          message: ctx.message(Array.isArray(field.value) ? 'rule.translation-missing.single-list' : 'rule.translation-missing.single-text', { field: capitalize(where()), count: locales.length, locales: locales.join(', '), example: `{ ${locales.map((l) => `${l}: …`).join(', ')} }` }),
        });
        continue;
      }
      const value = field.value as Record<string, unknown>;
      const missing = locales.filter((l) => value[l] === undefined);
      if (missing.length === 0) continue;
      ctx.report({
        path: field.path,
        message: ctx.message('rule.translation-missing.missing', { field: capitalize(where()), count: missing.length, languages: missing.map((l) => `${ctx.languageName(l)} (\`${l}\`)`).join(` ${ctx.say('word.or')} `), add: missing.map((l) => `\`${l}: …\``).join(` ${ctx.say('word.and')} `) }),
      });
    }
  },
});

