import type { Line } from './layout.js';

export interface PlacedLine {
  line: Line;
  /** Top of the line on its page. */
  top: number;
  /** First on its page: its space above is dropped, and so are rules that only separate. */
  atPageTop: boolean;
}

export type Page = PlacedLine[];

/**
 * Fills pages from `top` to `bottom` with lines. When a line does not fit, the page ends before
 * the chain of lines that must stay with it (a heading and the first lines after it, the last
 * two lines of a paragraph), unless that chain already starts the page.
 */
export function paginate(lines: readonly Line[], top: number, bottom: number): Page[] {
  const pages: Page[] = [];
  let page: Page = [];
  let pageStart = 0;
  let y = top;
  let i = 0;
  const newPage = () => {
    pages.push(page);
    page = [];
    y = top;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const space = page.length === 0 ? 0 : line.spaceBefore;
    if (page.length === 0 || y + space + line.height <= bottom) {
      if (page.length === 0) pageStart = i;
      page.push({ line, top: y + space, atPageTop: page.length === 0 });
      y += space + line.height;
      i++;
      continue;
    }
    let start = i;
    while (start > pageStart && lines[start - 1]!.keepWithNext) start--;
    if (start > pageStart) {
      page.splice(start - pageStart);
      i = start;
    }
    newPage();
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
