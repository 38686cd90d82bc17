import type { StatementDocument } from '../../render/document.js';
import { inlinesOf } from './inline.js';
import { stack, type Block, type Frame, type Line, type Measure, type TextStyle } from './layout.js';
import { textLines } from './paragraph.js';
import { child, type StructNode } from './structure.js';
import { colors, text } from './theme.js';

/** Room kept at the right of each entry for its page number. */
const numberColumn = 28;

/**
 * The table of contents, as in the HTML: every section, linked to it, with the page it starts
 * on (filled in after pagination).
 */
export function contentsBlock(doc: StatementDocument, frame: Frame, root: StructNode, measure: Measure): Block {
  const heading = child(root, 'H2');
  const title = textLines(
    inlinesOf([{ type: 'text', value: doc.t('document.contents') }], { face: 'semibold', size: text.contentsTitle.size, color: colors.muted, owner: heading }),
    frame,
    text.contentsTitle,
    measure,
  );
  for (const line of title) line.keepWithNext = true;
  const toc = child(root, 'TOC');
  const entries = doc.outline.map((section): Block => {
    const item = child(toc, 'TOCI');
    const link = child(item, 'Link');
    const style: TextStyle = { face: 'regular', size: text.contents.size, color: colors.text, owner: link, link: { dest: section.id, label: section.title } };
    const lines: Line[] = textLines([{ kind: 'text', text: section.title, style }], { x: frame.x, width: frame.width - numberColumn }, text.contents, measure);
    const last = lines.at(-1);
    const texts = (last?.ops ?? []).flatMap((o) => (o.kind === 'text' ? [o] : []));
    const end = texts.at(-1);
    if (last && end) {
      last.ops.push({ kind: 'page-of', right: frame.x + frame.width, baseline: end.baseline, dest: section.id, style: { ...style, color: colors.muted }, leaderFrom: end.x + end.width });
    }
    return { lines, before: 1.5, after: 1.5 };
  });
  return stack([{ lines: title, before: text.contentsTitle.before, after: text.contentsTitle.after }, { ...stack(entries), after: text.contents.after }]);
}
