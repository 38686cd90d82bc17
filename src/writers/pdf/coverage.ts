import coverage from './coverage.json' with { type: 'json' };

/**
 * The characters the PDF's fonts can show: those every face of Source Sans 3 (regular, italic,
 * semibold, bold, bold italic) has a glyph for. Read from the font files once, when they change,
 * into coverage.json (test/hardening/glyphs.test.ts fails if the two disagree), so that checking
 * a statement neither reads the fonts nor loads fontkit.
 */
const ranges = coverage.ranges as [number, number][];

/** The typeface, as a message names it. */
export const pdfTypeface = 'Source Sans 3';

/** Whether every face of the PDF's font has a glyph for this code point. */
export function pdfCanShow(codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid]!;
    if (codePoint < first) hi = mid - 1;
    else if (codePoint > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Texts of characters every face surely has (Latin letters, punctuation, quotes, dashes, the
 * euro sign) and layout: a shortcut past the look-up. test/hardening/glyphs.test.ts checks each
 * of its characters against coverage.json.
 */
export const commonlyShown = /^[\t\n\r\u0020-\u007e\u00a0-\u017f\u2010-\u201e\u2026\u202f\u20ac]*$/;

/** The first character of a text the PDF cannot show (line breaks and tabs are layout, not glyphs), with its offset. */
export function firstUnshowable(text: string): { index: number; codePoint: number } | undefined {
  // Most texts are Latin: one test of the whole text first.
  if (commonlyShown.test(text)) return undefined;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && !pdfCanShow(cp)) return { index: i, codePoint: cp };
    if (cp > 0xffff) i++;
  }
  return undefined;
}
