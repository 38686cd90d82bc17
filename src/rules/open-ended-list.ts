import { pointer } from '../load/pointer.js';
import type { LocalizedText } from '../model/input.generated.js';
import type { MessageId } from '../messages/index.js';
import { firstMatch, lintWords } from './lint-words.js';
import { listProseOf, proseOf, type Prose } from './prose.js';
import { defineRule } from './types.js';

/** Section 4: data categories and recipients are listed, not hinted at. Word lists: locales/lint/. */
export default defineRule({
  meta: {
    id: 'open-ended-list',
    severity: 'warning',
    references: ['GDPR Art. 12(1)', 'GDPR Art. 13(1)(e)', 'GDPR Art. 14(1)(d)'],
    summary: 'Data categories and recipients do not end in "etc.", "onder andere" or "notamment".',
    rationale:
      'The statement must give the categories of data (Art. 14(1)(d)) and the recipients or categories of recipients (Art. 13(1)(e)); WP260 asks that recipients be named or described as specifically as possible. A list that ends in "etc." or "including but not limited to" tells the reader that there is more, without saying what. Examples that are only examples are fine ("such as name and address"); an open end is not. Word lists per language are in `locales/lint/`.',
    examples: {
      good: 'dataCategories:\n  - id: contact\n    examples: { en: [name, address, e-mail address] }',
      bad: 'dataCategories:\n  - id: contact\n    examples: { en: [name, address, etc.] }',
    },
  },
  check(ctx) {
    const { input, locales } = ctx;
    input.dataCategories.forEach((c, i) => {
      const at = (key: string) => pointer('dataCategories', i, key);
      const texts = [...proseOf(c.name, at('name'), locales), ...proseOf(c.description, at('description'), locales), ...listProseOf(c.examples, at('examples'), locales)];
      check(texts, 'rule.open-ended-list.data-category', c.id, ctx.preview(c.name) ?? c.id);
    });
    input.recipients.forEach((r, i) => {
      const at = (key: string) => pointer('recipients', i, key);
      const texts = [...proseOf(r.name as LocalizedText, at('name'), locales), ...proseOf(r.description, at('description'), locales)];
      check(texts, 'rule.open-ended-list.recipient', r.id, ctx.preview(r.name) ?? r.id);
    });

    function check(texts: Prose[], id: MessageId, owner: string, name: string): void {
      for (const prose of texts) {
        const m = firstMatch(prose.text, lintWords[prose.locale].openEnded);
        if (!m) continue;
        ctx.report({
          path: prose.path,
          message: ctx.message(id, { id: owner, name, word: m.word, language: ctx.languageName(prose.locale) }),
        });
      }
    }
  },
});
