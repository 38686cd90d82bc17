import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** The language the texts are written in is one of the languages the statement is published in. */
export default defineRule({
  meta: {
    id: 'source-locale',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: '`statement.sourceLocale`, the language the texts are written in, is one of `statement.locales`.',
    rationale:
      'Every language a statement is published in must say the same thing (Art. 12(1) asks for accurate information in each of them). The compiler keeps the translations in step with the language the texts are written in, `statement.sourceLocale`: a translation whose source text has changed since it was accepted is reported (`translation-stale`). That needs a source language the statement actually publishes; a source language outside `statement.locales` is a slip, usually a language removed from the list but not here.',
    examples: {
      good: 'statement:\n  locales: [nl, fr]\n  sourceLocale: nl',
      bad: 'statement:\n  locales: [nl, fr]\n  sourceLocale: en      # not published',
    },
  },
  check(ctx) {
    const { sourceLocale, locales } = ctx.input.statement;
    if (sourceLocale === undefined || locales.includes(sourceLocale)) return;
    ctx.report({
      path: pointer('statement', 'sourceLocale'),
      message: ctx.message('rule.source-locale.not-published', { sourceLocale, language: ctx.languageName(sourceLocale), published: locales.map((l) => `${ctx.languageName(l)} (\`${l}\`)`).join(', '), choices: locales.map((l) => `\`${l}\``).join(` ${ctx.say('word.or')} `), first: locales[0]! }),
    });
  },
});
