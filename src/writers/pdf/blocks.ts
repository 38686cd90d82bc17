import type { BlockContent, DefinitionContent, Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingId } from '../../render/heading-ids.js';
import { inlinesOf } from './inline.js';
import { stack, type Block, type Frame, type Line, type Measure, type TextStyle } from './layout.js';
import { textLines } from './paragraph.js';
import { child, type StructNode } from './structure.js';
import { tableBlock } from './table.js';
import { colors, lists, sectionRule, text, type TextRole } from './theme.js';

export interface BlockContext {
  measure: Measure;
  /** The space between blocks inside a list item, instead of a paragraph's own. */
  innerGap?: number;
  /** How deep in nested lists, for the bullet shape. */
  listDepth: number;
}

const body = (owner: StructNode): TextStyle => ({ face: 'regular', size: text.body.size, color: colors.text, owner });

export function paragraphBlock(node: Paragraph, frame: Frame, owner: StructNode, ctx: BlockContext, role: TextRole = text.body, style: Partial<TextStyle> = {}): Block {
  const inlines = inlinesOf(node.children, { ...body(owner), size: role.size, ...style });
  const after = ctx.innerGap ?? role.after;
  return { lines: textLines(inlines, frame, role, ctx.measure), before: ctx.innerGap === undefined ? role.before : 0, after };
}

const headingRoles = { 1: text.title, 2: text.h2, 3: text.h3 } as const;

export function headingBlock(node: Heading, frame: Frame, root: StructNode, ctx: BlockContext): Block {
  const level = Math.min(Math.max(node.depth, 1), 3) as 1 | 2 | 3;
  const role = headingRoles[level];
  const owner = child(root, `H${level}`);
  const face = level === 2 ? 'semibold' : 'bold';
  const lines = textLines(inlinesOf(node.children, { face, size: role.size, color: colors.text, owner }), frame, role, ctx.measure);
  for (const line of lines) line.keepWithNext = true;
  const id = headingId(node);
  const first = lines[0];
  if (first && id) first.anchor = { id, level, title: toString(node) };
  if (first && level === 2) {
    // The rule sits in the space above the heading, as the HTML's border-top does.
    first.ops.push({ kind: 'rule', x: frame.x, y: -sectionRule.gap, width: frame.width, height: sectionRule.thickness, color: colors.rule, hiddenAtPageTop: true });
  }
  return { lines, before: role.before, after: role.after };
}

const bullets = ['•', '–', '◦'];

export function listBlock(node: List, frame: Frame, parent: StructNode, ctx: BlockContext): Block {
  const owner = child(parent, 'L', { O: 'List', ListNumbering: node.ordered ? 'Decimal' : 'Disc' });
  const start = node.start ?? 1;
  const labels = node.children.map((_, i) => (node.ordered ? `${start + i}.` : bullets[ctx.listDepth % bullets.length]!));
  const labelStyle = (lbl: StructNode): TextStyle => body(lbl);
  const widest = labels.reduce((w, l) => Math.max(w, ctx.measure(l, 'regular', text.body.size)), 0);
  const indent = node.ordered ? Math.max(lists.bulletIndent, widest + lists.numberGap) : lists.bulletIndent;
  // Lists nested deeper than the page has room for stop moving right: their labels sit where
  // their parent's do, so that no label or line ever leaves the page (the input format allows
  // far fewer levels; this keeps any tree on the page).
  const room = frame.width - indent >= lists.narrowest;
  const inner: Frame = room ? { x: frame.x + indent, width: frame.width - indent } : frame;
  const labelFrame: Frame = room ? frame : { x: frame.x - indent, width: frame.width + indent };
  const loose = node.spread === true || node.children.some((i) => i.spread);
  const items = node.children.map((item, i): Block => {
    const li = child(owner, 'LI');
    const lbl = child(li, 'Lbl');
    const lbody = child(li, 'LBody');
    const block = itemBody(item, inner, lbody, { ...ctx, innerGap: lists.innerGap, listDepth: ctx.listDepth + 1 });
    const first = block.lines[0];
    if (first) {
      const label = labels[i]!;
      const width = ctx.measure(label, 'regular', text.body.size);
      const firstText = first.ops.find((o) => o.kind === 'text');
      const baseline = firstText?.kind === 'text' ? firstText.baseline : text.body.leading * 0.7;
      // Numbers line up on their right edge, bullets sit at the start of the indent.
      const x = node.ordered ? Math.max(labelFrame.x, inner.x - lists.numberGap - width) : labelFrame.x + 2;
      first.ops.unshift({ kind: 'text', x, baseline, text: label, width, style: labelStyle(lbl) });
    }
    return { lines: block.lines, before: i === 0 ? 0 : loose ? lists.looseItemGap : lists.itemGap, after: 0 };
  });
  const list = stack(items);
  const nested = ctx.listDepth > 0;
  return { lines: list.lines, before: nested ? lists.nestedGap : 0, after: nested ? lists.nestedGap : text.body.after };
}

/** A list item's blocks; a lone paragraph is the item's body itself, not a paragraph in it. */
function itemBody(item: ListItem, frame: Frame, lbody: StructNode, ctx: BlockContext): Block {
  const only = item.children.length === 1 && item.children[0]!.type === 'paragraph';
  if (only) return paragraphBlock(item.children[0] as Paragraph, frame, lbody, ctx);
  return stack(item.children.map((c) => block(c, frame, lbody, ctx)));
}

/** Any block node of a statement; the outermost ones are laid out by the document itself. */
export function block(node: BlockContent | DefinitionContent | RootContent, frame: Frame, parent: StructNode, ctx: BlockContext): Block {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(node, frame, child(parent, 'P'), ctx);
    case 'heading':
      return headingBlock(node, frame, parent, ctx);
    case 'list':
      return listBlock(node, frame, parent, ctx);
    case 'table':
      return tableBlock(node, frame, parent, ctx.measure);
    case 'blockquote': {
      const owner = child(parent, 'BlockQuote');
      const room = frame.width - 14 >= lists.narrowest;
      const inner = stack(node.children.map((c) => block(c, room ? { x: frame.x + 14, width: frame.width - 14 } : frame, owner, ctx)));
      if (room) for (const line of inner.lines) line.ops.push({ kind: 'rule', x: frame.x + 2, y: 0, width: 2, height: line.height, color: colors.rule });
      return inner;
    }
    case 'thematicBreak': {
      const line: Line = { height: 12, spaceBefore: 0, keepWithNext: false, ops: [{ kind: 'rule', x: frame.x, y: 6, width: frame.width, height: 0.6, color: colors.rule }] };
      return { lines: [line], before: 6, after: 6 };
    }
    case 'code':
      return paragraphBlock({ type: 'paragraph', children: [{ type: 'text', value: node.value }] }, frame, child(parent, 'P'), ctx);
    default:
      // Definitions, raw HTML and the like draw nothing.
      return { lines: [], before: 0, after: 0 };
  }
}
