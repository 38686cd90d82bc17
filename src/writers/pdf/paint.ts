import type PDFDocument from 'pdfkit';
import type { Outline, StructureElement } from 'pdfkit';
import type { Furniture, PageFurniture } from './furniture.js';
import { furnitureStyle } from './furniture.js';
import type { LinkTarget, Op, TextStyle } from './layout.js';
import type { Page } from './paginate.js';
import { bookmark, listElement } from './pdfkit-adapter.js';
import { Pen } from './pen.js';
import type { StructNode } from './structure.js';
import { colors, page as pageSize } from './theme.js';

interface LinkOnPage {
  element: StructureElement;
  target: LinkTarget;
  rects: [number, number, number, number][];
}

/** Dots every `step` points, aligned from entry to entry as in a typeset table of contents. */
const leader = { step: 4, gap: 6, radius: 0.55 } as const;

/** How far above a heading a jump to it lands, so that the rule above an `h2` shows. */
const destinationMargin = 16;

/**
 * Draws the paginated lines with pdfkit, tagging as it goes: every text run is marked content
 * of its structure element, everything else is an artifact. Marked content never spans pages,
 * and a link gets its own `Link` element on each page it touches, so that the annotations of a
 * link and the element that owns them are always on the same page.
 */
export function paint(pdf: PDFDocument, pages: readonly Page[], root: StructNode, furnitureOf: (pageNumber: number, pageCount: number) => PageFurniture): void {
  const pen = new Pen(pdf);
  const rootElement = pdf.struct('Document');
  pdf.addStructure(rootElement);
  const elements = new Map<StructNode, StructureElement>([[root, rootElement]]);
  const pageOfDestination = new Map<string, number>();
  pages.forEach((p, i) => p.forEach(({ line }) => line.anchor && pageOfDestination.set(line.anchor.id, i + 1)));
  let section: Outline | undefined;

  pages.forEach((placedLines, index) => {
    pen.addPage(pageSize.width, pageSize.height);
    const links = new Map<StructNode, LinkOnPage>();
    let open: StructNode | undefined;
    const close = () => {
      if (open) pdf.endMarkedContent();
      open = undefined;
    };
    const elementOf = (node: StructNode): StructureElement => {
      if (node.role === 'Link') {
        const known = links.get(node);
        if (known) return known.element;
      } else {
        const known = elements.get(node);
        if (known) return known;
      }
      const parent = elementOf(node.parent!);
      const element = structElement(pdf, node);
      parent.add(element);
      if (node.role !== 'Link') elements.set(node, element);
      return element;
    };
    const drawText = (value: string, x: number, baseline: number, style: TextStyle, width: number) => {
      const element = elementOf(style.owner);
      if (open !== style.owner) {
        close();
        element.add(pdf.markStructureContent(style.owner.role));
        open = style.owner;
      }
      pen.text(value, x, baseline, style.face, style.size, style.color);
      if (style.link) {
        const link = links.get(style.owner) ?? { element, target: style.link, rects: [] };
        links.set(style.owner, link);
        link.rects.push([x, baseline - style.size * 0.95, width, style.size * 1.25]);
      }
    };
    const artifact = (draw: () => void, type: 'Pagination' | 'Layout' = 'Layout', attached?: 'Top' | 'Bottom') => {
      close();
      pdf.markContent('Artifact', attached ? { type, attached: [attached] } : { type });
      draw();
      pdf.endMarkedContent();
    };
    const decorations: (() => void)[] = [];

    const { header, footer } = furnitureOf(index + 1, pages.length);
    if (header.length > 0) artifact(() => header.forEach((f) => drawFurniture(pen, f)), 'Pagination', 'Top');

    for (const { line, top, atPageTop } of placedLines) {
      if (line.anchor) {
        pdf.addNamedDestination(line.anchor.id, 'XYZ', null, Math.max(0, top - destinationMargin), null);
        if (line.anchor.level === 2) section = bookmark(pdf.outline, line.anchor.title, line.anchor.id);
        else if (line.anchor.level === 3) bookmark(section ?? pdf.outline, line.anchor.title, line.anchor.id);
      }
      for (const op of line.ops) {
        paintOp(op, top, atPageTop);
      }
    }
    close();
    if (decorations.length > 0) artifact(() => decorations.forEach((d) => d()));
    artifact(() => footer.forEach((f) => drawFurniture(pen, f)), 'Pagination', 'Bottom');

    for (const { element, target, rects } of links.values()) {
      for (const [x, y, w, h] of rects) {
        // The link's text is read from its content; the annotation describes where it leads.
        const options = { structParent: element, Contents: new String(describe(target)) };
        if ('url' in target) pdf.link(x, y, w, h, target.url, options);
        else pdf.goTo(x, y, w, h, target.dest, options);
      }
      // Ended on its own page, so that pdfkit records the page of its annotations correctly.
      element.end();
    }

    function paintOp(op: Op, top: number, atPageTop: boolean) {
      switch (op.kind) {
        case 'text': {
          const baseline = top + op.baseline;
          drawText(op.text, op.x, baseline, op.style, op.width);
          const { underline, strike, size, color } = op.style;
          if (underline) decorations.push(() => pen.rect(op.x, baseline + size * 0.13, op.width, 0.5, color));
          if (strike) decorations.push(() => pen.rect(op.x, baseline - size * 0.3, op.width, 0.6, color));
          break;
        }
        case 'page-of': {
          const value = String(pageOfDestination.get(op.dest) ?? '');
          pdf.font(op.style.face).fontSize(op.style.size);
          const width = pdf.widthOfString(value);
          drawText(value, op.right - width, top + op.baseline, op.style, width);
          const first = Math.ceil((op.leaderFrom + leader.gap) / leader.step) * leader.step;
          const last = op.right - width - leader.gap;
          if (first < last) {
            decorations.push(() => pen.dots(first, last, top + op.baseline - leader.radius, leader.radius, leader.step, colors.leader));
          }
          break;
        }
        case 'rule':
          if (!(atPageTop && op.hiddenAtPageTop)) artifact(() => pen.rect(op.x, top + op.y, op.width, op.height, op.color));
          break;
      }
    }
  });
  rootElement.end();
}

/** The structure element of a node, with its attributes: a header cell's scope, a list's numbering. */
function structElement(pdf: PDFDocument, node: StructNode): StructureElement {
  const attributes = node.attributes;
  if (attributes?.O === 'Table') return pdf.struct(node.role, { scope: attributes.Scope });
  if (attributes?.O === 'List') return listElement(pdf, attributes.ListNumbering);
  return pdf.struct(node.role);
}

function describe(target: LinkTarget): string {
  if ('dest' in target) return target.label;
  const address = target.url.replace(/^mailto:/, '');
  return target.label === address || `https://${target.label}` === address.replace(/\/$/, '') ? address : `${target.label} (${address})`;
}

function drawFurniture(pen: Pen, f: Furniture): void {
  if (f.kind === 'rule') pen.rect(f.x, f.y, f.width, f.height, furnitureStyle.rule);
  else pen.text(f.text, f.x, f.baseline, f.face, furnitureStyle.size, furnitureStyle.color);
}
