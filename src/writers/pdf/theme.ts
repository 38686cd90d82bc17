/**
 * The look of the PDF, in PostScript points. The colours are those of the HTML stylesheet, so
 * that the printed and the on-screen statement look like one house style.
 */
export const page = {
  /** A4. */
  width: 595.28,
  height: 841.89,
  margin: { top: 72, bottom: 74, left: 76, right: 76 },
} as const;

export const colors = {
  text: '#1d2327',
  muted: '#55606a',
  accent: '#0b5c8c',
  rule: '#d6dde3',
  /** Dot leaders in the table of contents: there to guide the eye, not to be read. */
  leader: '#a3acb4',
} as const;

export type Color = string;

/** Font size, distance between baselines, and the space kept above and below a block. */
export interface TextRole {
  size: number;
  leading: number;
  before: number;
  after: number;
}

export const text = {
  body: { size: 10.5, leading: 15, before: 0, after: 7.5 },
  title: { size: 24, leading: 29, before: 0, after: 4 },
  subtitle: { size: 11, leading: 15, before: 0, after: 14 },
  h2: { size: 14.5, leading: 19, before: 24, after: 6 },
  h3: { size: 11.5, leading: 15.5, before: 14, after: 3.5 },
  contentsTitle: { size: 10.5, leading: 15, before: 4, after: 4 },
  contents: { size: 10.5, leading: 14.5, before: 0, after: 22 },
  furniture: { size: 8.5, leading: 11, before: 0, after: 0 },
} as const satisfies Record<string, TextRole>;

export const lists = {
  /** Room for a bullet, and the least room for a number ("10."). */
  bulletIndent: 14,
  numberGap: 5,
  /** Between the items of a tight list, of a loose one, and between blocks inside an item. */
  itemGap: 2.5,
  looseItemGap: 5.5,
  innerGap: 4,
  nestedGap: 2.5,
  /** Lists nested deeper stop indenting when their text would get narrower than this. */
  narrowest: 220,
} as const;

/** The space above an `h2` holds a thin rule, as the HTML's border-top. */
export const sectionRule = { gap: 10, thickness: 0.6 } as const;

export const tables = { padding: 4, rule: 0.5 } as const;
