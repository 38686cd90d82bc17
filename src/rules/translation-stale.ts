import { join, pointer } from '../load/pointer.js';
import { translationStatuses } from '../translations/lock.js';
import { sourceLocaleOf, translatableTexts } from '../translations/texts.js';
import { defineRule } from './types.js';

/** Lifecycle: every published translation still says what its source text says. Runs only with a lock file. */
export default defineRule({
  meta: {
    id: 'translation-stale',
    severity: 'warning',
    references: ['GDPR Art. 12(1)'],
    summary: 'A translation accepted for an earlier version of its source text, and not updated since, is reported (needs the lock file `<statement>.translations.json`).',
    rationale:
      'A statement published in several languages must say the same in each (Art. 12(1) asks for accurate information, and WP260 expects a translation in every language the controller targets). When the text in the source language (`statement.sourceLocale`) is rewritten and a translation is not, the translation still describes the old processing. The lock file beside the statement records which source text each translation was accepted for (`privacy-statement translations <statement> --accept`); a translation whose source has changed since, while the translation has not, is reported at the translation itself. Without a lock file there is nothing to compare, and nothing is reported.',
    examples: {
      good: 'purposes:\n  - id: fraud\n    description:\n      nl: Wij gaan fraude tegen en melden fraude aan de politie.    # changed\n      fr: Nous luttons contre la fraude et la signalons à la police.  # updated, then accepted',
      bad: 'purposes:\n  - id: fraud\n    description:\n      nl: Wij gaan fraude tegen en melden fraude aan de politie.    # changed since the French was accepted\n      fr: Nous luttons contre la fraude.                              # still the old text',
    },
  },
  check(ctx) {
    const lock = ctx.translations;
    if (!lock) return;
    const source = sourceLocaleOf(ctx.input);
    if (!ctx.locales.includes(source)) return;
    if (lock.sourceLocale !== source) {
      ctx.report({
        path: pointer('statement', ctx.input.statement.sourceLocale !== undefined ? 'sourceLocale' : 'locales'),
        message: ctx.message('rule.translation-stale.source-changed', { was: ctx.languageName(lock.sourceLocale), wasLocale: lock.sourceLocale, now: ctx.languageName(source), nowLocale: source }),
      });
      return;
    }
    for (const s of translationStatuses(ctx.input, lock, translatableTexts(ctx.input))) {
      // A text the statement does not show misleads nobody.
      if (s.status !== 'stale' || !s.text.shown) continue;
      ctx.report({
        path: join(s.text.path, s.locale),
        message: ctx.message('rule.translation-stale.stale', { label: s.text.labelIn(ctx.say), source: ctx.languageName(source), translation: ctx.languageName(s.locale), locale: s.locale, path: s.text.path }),
      });
    }
  },
});
