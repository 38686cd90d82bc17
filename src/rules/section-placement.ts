import { pointer } from '../load/pointer.js';
import { standardSectionIds } from '../model/sections.js';
import { closest } from '../validate/describe.js';
import { defineRule } from './types.js';

/** Anchors the renderer makes itself, besides the standard section ids. */
const generatedAnchor = /^(?:purpose-|recipient-|decision-|exercising-your-rights$)/;

export default defineRule({
  meta: {
    id: 'section-placement',
    severity: 'error',
    references: ['GDPR Art. 21(4)'],
    summary: "The insurer's own sections need their own ids and must follow an existing section.",
    rationale:
      "Extra sections are placed after a standard section or another extra section, and their ids become anchors. An id equal to a standard section's id would replace or duplicate a section the law requires — the separate objection notice of Art. 21(4) among them — and a section placed after one that does not exist would disappear.",
    examples: {
      good: 'sections:\n  - id: customer-survey\n    after: recipients',
      bad: 'sections:\n  - id: objection      # a standard section id\n    after: rights',
    },
  },
  check(ctx) {
    const sections = ctx.input.sections ?? [];
    const customIds = sections.map((s) => s.id);
    const known = [...standardSectionIds, ...customIds];
    sections.forEach((section, i) => {
      if ((standardSectionIds as readonly string[]).includes(section.id)) {
        ctx.report({
          path: pointer('sections', i, 'id'),
          message: ctx.message('rule.section-placement.standard-id', { id: section.id }),
        });
      } else if (generatedAnchor.test(section.id)) {
        ctx.report({
          path: pointer('sections', i, 'id'),
          message: ctx.message('rule.section-placement.anchor-form', { id: section.id }),
        });
      }
      if (!known.includes(section.after)) {
        const guess = closest(section.after, known);
        ctx.report({
          path: pointer('sections', i, 'after'),
          message: guess
            ? ctx.message('rule.section-placement.unknown-after-guess', { id: section.id, after: section.after, guess })
            : ctx.message('rule.section-placement.unknown-after', { id: section.id, after: section.after, ids: standardSectionIds.join(', ') }),
        });
      } else if (section.after === section.id) {
        ctx.report({ path: pointer('sections', i, 'after'), message: ctx.message('rule.section-placement.after-itself', { id: section.id }) });
      }
    });
    // Sections placed after each other in a circle are never reached from a standard section.
    const afterOf = new Map(sections.map((s) => [s.id, s.after]));
    sections.forEach((section, i) => {
      if (section.after === section.id) return;
      const seen = new Set<string>();
      for (let at = section.id; afterOf.has(at); at = afterOf.get(at)!) {
        if (seen.has(at)) {
          ctx.report({
            path: pointer('sections', i, 'after'),
            message: ctx.message('rule.section-placement.circle', { id: section.id }),
          });
          break;
        }
        seen.add(at);
      }
    });
  },
});
