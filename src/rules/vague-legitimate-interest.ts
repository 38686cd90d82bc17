import { pointer } from '../load/pointer.js';
import { allNames } from '../model/names.js';
import { languageNames, lintWords, searchable, wordPattern } from './lint-words.js';
import { proseOf } from './prose.js';
import { defineRule } from './types.js';

/** Section 4: a legitimate interest is named, not just claimed. Word lists: locales/lint/. */
export default defineRule({
  meta: {
    id: 'vague-legitimate-interest',
    severity: 'warning',
    references: ['GDPR Art. 13(1)(d)'],
    summary: 'A legitimate interest says what the interest is, not just "our legitimate interest".',
    rationale:
      'Art. 13(1)(d) requires the legitimate interests pursued, so that a person can judge the balance the controller made and decide whether to object. A `legitimateInterest` that says only "our legitimate interest" or "our business interests" repeats the legal basis instead of naming the interest. The check removes the generic phrase, the controller\'s name and filler words (per language, in `locales/lint/`); when nothing is left, the interest is not named.',
    examples: {
      good: 'purposes:\n  - id: fraud\n    legitimateInterest: { en: "Protecting our customers and us against insurance fraud." }',
      bad: 'purposes:\n  - id: fraud\n    legitimateInterest: { en: "Our legitimate interests." }',
    },
  },
  check(ctx) {
    const controllerNames = [ctx.input.controller.name, ...allNames(ctx.input.controller.legalName)];
    ctx.input.purposes.forEach((p, i) => {
      if (p.legalBasis !== 'legitimate-interests') return;
      for (const prose of proseOf(p.legitimateInterest, pointer('purposes', i, 'legitimateInterest'), ctx.locales)) {
        const { phrases, filler } = lintWords[prose.locale].genericInterest;
        const lower = searchable(prose.text);
        if (!phrases.some((phrase) => lower.includes(searchable(phrase)) && wordPattern(phrase).test(prose.text))) continue;
        let rest = prose.text;
        for (const phrase of [...controllerNames, ...phrases]) rest = rest.replace(new RegExp(wordPattern(phrase).source, 'giu'), ' ');
        const left = rest
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w !== '' && !filler.includes(w));
        if (left.length > 0) continue;
        ctx.report({
          path: prose.path,
          message: `\`legitimateInterest\` of purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id}) says only "${prose.text.trim()}" in ${languageNames[prose.locale]}, which repeats the legal basis. Name the interest itself, such as "protecting our customers and us against fraud" or "informing our customers about similar products".`,
        });
      }
    });
  },
});
