import type { Face } from './fonts.js';
import type { StructNode } from './structure.js';
import type { Color } from './theme.js';

/** Where a link goes: a web or mail address, or a section of the statement. */
export type LinkTarget = { url: string; label: string } | { dest: string; label: string };

export interface TextStyle {
  face: Face;
  size: number;
  color: Color;
  /** The structure element this text belongs to. */
  owner: StructNode;
  link?: LinkTarget;
  underline?: boolean;
  strike?: boolean;
}

/**
 * What is drawn on a line, positioned from the line's left page edge and its top. Text is
 * real content, tagged by its owner; rules are decoration and become artifacts.
 */
export type Op =
  | { kind: 'text'; x: number; baseline: number; text: string; width: number; style: TextStyle }
  /**
   * The page a section starts on, right-aligned at `right`: known only after pagination. Dot
   * leaders lead the eye to it from `leaderFrom`, the end of the entry's title.
   */
  | { kind: 'page-of'; right: number; baseline: number; dest: string; style: TextStyle; leaderFrom: number }
  | { kind: 'rule'; x: number; y: number; width: number; height: number; color: Color; hiddenAtPageTop?: boolean };

/** A heading line that starts a section: a named destination, and a bookmark for h2 and h3. */
export interface Anchor {
  id: string;
  level: 1 | 2 | 3;
  title: string;
}

/** The unit of pagination: a line of text (or a table row), never split across pages. */
export interface Line {
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Never end a page after this line: headings, and the first and last lines of paragraphs. */
  keepWithNext: boolean;
  ops: Op[];
  anchor?: Anchor;
}

/** A laid-out block: its lines, and the space it wants around it (collapsed with neighbours). */
export interface Block {
  lines: Line[];
  before: number;
  after: number;
}

/** Width of a text in a face and size: the layout's only question to the font. */
export type Measure = (text: string, face: Face, size: number) => number;

/** A column of the page to lay text into. */
export interface Frame {
  x: number;
  width: number;
}

/** Stacks blocks, collapsing the space between neighbours to the larger of the two. */
export function stack(blocks: Block[]): Block {
  const present = blocks.filter((b) => b.lines.length > 0);
  const lines: Line[] = [];
  let previousAfter: number | undefined;
  for (const block of present) {
    const first = block.lines[0]!;
    first.spaceBefore = previousAfter === undefined ? block.before : Math.max(previousAfter, block.before);
    lines.push(...block.lines);
    previousAfter = block.after;
  }
  return { lines, before: present[0]?.before ?? 0, after: present.at(-1)?.after ?? 0 };
}
