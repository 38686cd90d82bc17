import type { Paragraph } from 'mdast';
import type { StatementDocument } from '../../render/document.js';
import { block, headingBlock, paragraphBlock, type BlockContext } from './blocks.js';
import { contentsBlock } from './contents.js';
import { stack, type Block, type Frame, type Line, type Measure } from './layout.js';
import { child, structRoot, type StructNode } from './structure.js';
import { colors, text } from './theme.js';

export interface DocumentLayout {
  lines: Line[];
  root: StructNode;
}

/**
 * The whole statement as one column of lines: the title block (the title, then the line with
 * the controller and the date of the last amendment), the table of contents, the sections.
 */
export function layoutDocument(doc: StatementDocument, frame: Frame, measure: Measure): DocumentLayout {
  const root = structRoot();
  const ctx: BlockContext = { measure, listDepth: 0 };
  const blocks: Block[] = [];
  const nodes = doc.tree.children;
  let contentsPlaced = false;
  nodes.forEach((node, i) => {
    if (node.type === 'heading' && node.depth === 1) {
      blocks.push(headingBlock(node, frame, root, ctx));
      return;
    }
    const previous = nodes[i - 1];
    if (node.type === 'paragraph' && previous?.type === 'heading' && previous.depth === 1) {
      blocks.push(paragraphBlock(node as Paragraph, frame, child(root, 'P'), ctx, text.subtitle, { color: colors.muted }));
      return;
    }
    if (!contentsPlaced && node.type === 'heading' && node.depth === 2 && doc.outline.length > 1) {
      blocks.push(contentsBlock(doc, frame, root, measure));
      contentsPlaced = true;
    }
    blocks.push(block(node, frame, root, ctx));
  });
  return { lines: stack(blocks).lines, root };
}
