/**
 * The logical structure of the PDF (its tags), built during layout and handed to the painter,
 * which turns each node into a pdfkit structure element the first time content of that node is
 * drawn. Building it separately keeps layout free of pdfkit and keeps the reading order the
 * order of the document tree, whatever the order in which things are drawn on a page.
 */
export type Role =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Link'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'BlockQuote'
  | 'TOC'
  | 'TOCI';

/** Standard structure attributes PDF/UA checkers ask for: how a list is numbered, what a header cell heads. */
export type Attributes = { O: 'List'; ListNumbering: 'Disc' | 'Decimal' } | { O: 'Table'; Scope: 'Column' | 'Row' };

export interface StructNode {
  role: Role;
  parent?: StructNode;
  attributes?: Attributes;
}

export function structRoot(): StructNode {
  return { role: 'Document' };
}

export function child(parent: StructNode, role: Role, attributes?: Attributes): StructNode {
  return attributes ? { role, parent, attributes } : { role, parent };
}
