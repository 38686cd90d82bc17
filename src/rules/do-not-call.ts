import { mentions, rulesFor } from './national.js';
import { fieldsOf, proseOf } from './prose.js';
import { capitalize } from '../validate/describe.js';
import type { LocalizedText } from '../model/input.generated.js';
import { defineRule } from './types.js';

/**
 * Section 3, do-not-call registers. The Belgian "Bel-me-niet-meer" list is printed by the
 * compiler in the objection notice of every Belgian statement with direct marketing; the Dutch
 * Bel-me-niet Register no longer exists and must not be offered as a way to object.
 */
export default defineRule({
  meta: {
    id: 'do-not-call',
    severity: 'warning',
    references: ['Telecommunicatiewet art. 11.7'],
    summary: 'A Dutch statement does not send people to the Bel-me-niet Register, abolished in 2021.',
    rationale:
      'Since 1 July 2021 Dutch telemarketing needs the person\'s consent or an existing customer relationship (Telecommunicatiewet art. 11.7), and the Bel-me-niet Register was abolished. A statement that still tells people to register there to stop marketing calls points them to something that no longer exists, instead of to their right to object. Belgian statements name the "Bel-me-niet-meer" / "Ne m\'appelez plus" list; the compiler adds it to the objection notice.',
    examples: {
      good: 'statement:\n  authority: nl-ap\nsections:\n  - id: calls\n    body: { nl: "Wilt u niet meer gebeld worden? Maak bezwaar via privacy@example.nl." }',
      bad: 'statement:\n  authority: nl-ap\nsections:\n  - id: calls\n    body: { nl: "Schrijf u in bij het Bel-me-niet Register." }',
    },
  },
  check(ctx) {
    const rules = rulesFor(ctx.authority).doNotCall;
    if (!rules) return;
    for (const field of fieldsOf(ctx.input)) {
      if (field.kind !== 'text') continue;
      for (const prose of proseOf(field.value as LocalizedText, field.path, ctx.locales)) {
        if (!mentions(prose.text, rules.mentions)) continue;
        ctx.report({
          path: prose.path,
          message: ctx.message('rule.do-not-call.abolished', { where: ctx.say('subject.field-in-language', { field: capitalize(ctx.describe(field.path)), language: ctx.languageName(prose.locale) }), register: rules.register, abolished: rules.abolished }),
          references: rules.references,
        });
      }
    }
  },
});
