import { pointer } from '../load/pointer.js';
import type { Locale, LocalizedText } from '../model/input.generated.js';
import { lintWords } from './lint-words.js';
import { proseOf, wordCount } from './prose.js';
import { defineRule } from './types.js';

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Section 4: "third parties" is not a category of recipients. Word lists: locales/lint/. */
export default defineRule({
  meta: {
    id: 'vague-recipient',
    severity: 'warning',
    references: ['GDPR Art. 13(1)(e)'],
    summary: 'A recipient named only "third parties" or "partners" says what kind of organisation it is and what it does.',
    rationale:
      'Art. 13(1)(e) allows categories of recipients instead of names, but WP260 asks for categories that are as specific as possible: the type of recipient by the activity it carries out, its industry, sector and location. "Third parties" or "partners" is no category at all. A recipient with such a name needs a description that says what kind of organisation it is and what it does with the data; the generic names per language are in `locales/lint/`.',
    examples: {
      good: 'recipients:\n  - id: repairers\n    name: { en: Repair companies }\n    description: { en: "After you report damage, we send your name, address and phone number to a repairer, who contacts you to repair your device." }',
      bad: 'recipients:\n  - id: partners\n    name: { en: Partners }\n    description: { en: "Our partners." }',
    },
  },
  check(ctx) {
    ctx.input.recipients.forEach((r, i) => {
      const names = proseOf(r.name as LocalizedText, pointer('recipients', i, 'name'), ctx.locales);
      // A plain name is the same in every language: compare it with every language's list.
      const candidates: [Locale, string][] = typeof r.name === 'string' ? ctx.locales.map((l) => [l, r.name as string]) : names.map((n) => [n.locale, n.text]);
      const descriptions = proseOf(r.description, pointer('recipients', i, 'description'), ctx.locales);
      for (const [locale, name] of candidates) {
        const words = lintWords[locale];
        if (!words.genericRecipients.some((g) => normalise(g) === normalise(name))) continue;
        const description = descriptions.find((d) => d.locale === locale);
        const count = description ? wordCount(description.text) : 0;
        if (count >= words.minRecipientDescriptionWords) continue;
        ctx.report({
          path: description?.path ?? pointer('recipients', i, 'description'),
          message: ctx.message('rule.vague-recipient.generic', { id: r.id, text: name.trim(), language: ctx.languageName(locale), count }),
        });
        return;
      }
    });
  },
});
