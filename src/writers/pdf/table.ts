import type { Table } from 'mdast';
import { inlinesOf } from './inline.js';
import type { Block, Frame, Line, Measure, Op } from './layout.js';
import { breakLines } from './linebreak.js';
import { baselineIn } from './paragraph.js';
import { child, type StructNode } from './structure.js';
import { colors, tables, text } from './theme.js';

/**
 * A table as rows of equal columns, the first row as header cells. A row is one unit of
 * pagination; the header row stays with the first body row.
 */
export function tableBlock(node: Table, frame: Frame, parent: StructNode, measure: Measure): Block {
  const owner = child(parent, 'Table');
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const columnWidth = frame.width / columns;
  const role = text.body;
  const lines = node.children.map((row, r): Line => {
    const tr = child(owner, 'TR');
    const ops: Op[] = [];
    let rows = 1;
    row.children.forEach((cell, c) => {
      const header = r === 0;
      const cellNode = header ? child(tr, 'TH', { O: 'Table', Scope: 'Column' }) : child(tr, 'TD');
      const inlines = inlinesOf(cell.children, { face: header ? 'bold' : 'regular', size: role.size, color: colors.text, owner: cellNode });
      const width = columnWidth - 2 * tables.padding;
      const broken = breakLines(inlines, width, measure);
      rows = Math.max(rows, broken.length);
      const align = node.align?.[c];
      broken.forEach((segments, l) => {
        const lineWidth = segments.reduce((w, s) => Math.max(w, s.x + s.width), 0);
        const shift = align === 'right' ? width - lineWidth : align === 'center' ? (width - lineWidth) / 2 : 0;
        for (const s of segments) {
          ops.push({ kind: 'text', x: frame.x + c * columnWidth + tables.padding + shift + s.x, baseline: tables.padding + l * role.leading + baselineIn(role.leading, role.size), text: s.text, width: s.width, style: s.style });
        }
      });
    });
    const height = rows * role.leading + 2 * tables.padding;
    ops.push({ kind: 'rule', x: frame.x, y: height - tables.rule / 2, width: frame.width, height: r === 0 ? tables.rule * 2 : tables.rule, color: r === 0 ? colors.muted : colors.rule });
    return { height, spaceBefore: 0, keepWithNext: r === 0, ops };
  });
  return { lines, before: 2, after: text.body.after };
}
