import type { Inline } from './inline.js';
import type { Frame, Line, Measure, Op } from './layout.js';
import { breakLines } from './linebreak.js';
import type { TextRole } from './theme.js';

/** Where the baseline sits in a line of `leading` for text of `size`: the em box centred. */
export function baselineIn(leading: number, size: number): number {
  return (leading - size) / 2 + size * 0.8;
}

/**
 * Lines of running text. A paragraph of two or more lines never leaves one line alone at the
 * foot or the head of a page; a short block of hard-broken lines (an address) stays whole; a
 * paragraph that ends in a colon introduces what follows and stays with it.
 */
export function textLines(inlines: readonly Inline[], frame: Frame, role: TextRole, measure: Measure): Line[] {
  const broken = breakLines(inlines, frame.width, measure);
  const lines: Line[] = broken.map((segments) => ({
    height: role.leading,
    spaceBefore: 0,
    keepWithNext: false,
    ops: segments.map((s): Op => ({ kind: 'text', x: frame.x + s.x, baseline: baselineIn(role.leading, s.style.size), text: s.text, width: s.width, style: s.style })),
  }));
  const n = lines.length;
  const address = inlines.some((i) => i.kind === 'break') && n <= 8;
  lines.forEach((line, i) => {
    if (i < n - 1 && (address || i === 0 || i === n - 2)) line.keepWithNext = true;
  });
  const last = inlines.at(-1);
  if (n > 0 && last?.kind === 'text' && /:\s*$/.test(last.text)) lines[n - 1]!.keepWithNext = true;
  return lines;
}

