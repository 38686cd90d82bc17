import type { StatementDocument } from '../../render/document.js';
import { formatDate } from '../../render/format.js';
import type { Measure } from './layout.js';
import { colors, page, text } from './theme.js';

/** A piece of running header or footer: drawn on every page, and never read as content. */
export type Furniture =
  | { kind: 'text'; x: number; baseline: number; text: string; face: 'regular' | 'semibold' }
  | { kind: 'rule'; x: number; y: number; width: number; height: number };

export interface PageFurniture {
  header: Furniture[];
  footer: Furniture[];
}

const headerBaseline = page.margin.top - 30;
const footerBaseline = page.height - page.margin.bottom + 36;

/**
 * The header names the statement and the controller (from the second page on, the first page
 * has the title block); the footer gives the version in force and "Page X of Y".
 */
export function furniture(doc: StatementDocument, measure: Measure): (pageNumber: number, pageCount: number) => PageFurniture {
  const size = text.furniture.size;
  const left = page.margin.left;
  const right = page.width - page.margin.right;
  const width = right - left;
  // One line each: a name written over several lines in the source reads as one in a header.
  const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();
  const title = oneLine(doc.title);
  const controller = oneLine(doc.controller);
  const lastAmended = oneLine(doc.t('document.lastAmended', { date: formatDate(doc.lastAmended, doc.locale, doc.t) }));
  const rightAligned = (value: string, face: 'regular' | 'semibold', baseline: number): Furniture => ({ kind: 'text', x: right - measure(value, face, size), baseline, text: value, face });
  return (pageNumber, pageCount) => {
    const header: Furniture[] =
      pageNumber === 1
        ? []
        : [
            { kind: 'text', x: left, baseline: headerBaseline, text: title, face: 'semibold' },
            rightAligned(controller, 'regular', headerBaseline),
            { kind: 'rule', x: left, y: headerBaseline + 7, width, height: 0.5 },
          ];
    const footer: Furniture[] = [
      { kind: 'rule', x: left, y: footerBaseline - 14, width, height: 0.5 },
      { kind: 'text', x: left, baseline: footerBaseline, text: lastAmended, face: 'regular' },
      rightAligned(doc.t('document.page', { page: pageNumber, pages: pageCount }), 'regular', footerBaseline),
    ];
    return { header, footer };
  };
}

export const furnitureStyle = { size: text.furniture.size, color: colors.muted, rule: colors.rule } as const;
