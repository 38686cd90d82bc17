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
          message: `Section id \`${section.id}\` is the id of a standard section. Choose another id, such as \`${section.id}-details\`; to add text to the standard section, place this section after it.`,
        });
      } else if (generatedAnchor.test(section.id)) {
        ctx.report({
          path: pointer('sections', i, 'id'),
          message: `Section id \`${section.id}\` has the form of the anchors the statement gives its purposes, recipients and decisions (\`purpose-…\`, \`recipient-…\`, \`decision-…\`, \`exercising-your-rights\`), so two parts of the page could get one anchor. Choose another id.`,
        });
      }
      if (!known.includes(section.after)) {
        const guess = closest(section.after, known);
        ctx.report({
          path: pointer('sections', i, 'after'),
          message: `Section \`${section.id}\` is placed after \`${section.after}\`, which is not a section.${guess ? ` Did you mean \`${guess}\`?` : ` Use a standard section id: ${standardSectionIds.join(', ')}.`}`,
        });
      } else if (section.after === section.id) {
        ctx.report({ path: pointer('sections', i, 'after'), message: `Section \`${section.id}\` is placed after itself. Place it after another section.` });
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
            message: `Section \`${section.id}\` is part of a circle of sections, each placed after another. Place one of them after a standard section.`,
          });
          break;
        }
        seen.add(at);
      }
    });
  },
});
