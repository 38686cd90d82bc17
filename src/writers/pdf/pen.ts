import type PDFDocument from 'pdfkit';
import type { Face } from './fonts.js';
import type { Color } from './theme.js';

/**
 * Draws on the pages of a PDFKit document, in PDFKit's top-down page coordinates. Everything is
 * placed by the layout already: text is drawn a run at a time (a whole line, when the line is in
 * one style), without PDFKit's wrapping. The fill colour is set only when it changes on a page.
 */
export class Pen {
  private color: Color | undefined;

  constructor(readonly pdf: PDFDocument) {}

  /** A new page, which starts with the default colour. */
  addPage(width: number, height: number): void {
    this.pdf.addPage({ size: [width, height], margin: 0 });
    this.color = undefined;
  }

  /** A run of text on one line, starting at `x`, its baseline at `baseline`. */
  text(value: string, x: number, baseline: number, face: Face, size: number, color: Color): void {
    if (value === '') return;
    this.fill(color);
    this.pdf.font(face).fontSize(size).text(value, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  }

  /** A filled rectangle. */
  rect(x: number, y: number, width: number, height: number, color: Color): void {
    this.fill(color);
    this.pdf.rect(x, y, width, height).fill();
  }

  /** A row of round dots of `radius`, `step` apart, from `x1` to `x2` at height `y`. */
  dots(x1: number, x2: number, y: number, radius: number, step: number, color: Color): void {
    // One dashed stroke with round caps and dashes of (almost) no length.
    this.pdf.save().lineWidth(radius * 2).lineCap('round').dash(0.001, { space: step }).moveTo(x1, y).lineTo(x2, y).stroke(color).restore();
  }

  private fill(color: Color): void {
    if (color === this.color) return;
    this.pdf.fillColor(color);
    this.color = color;
  }
}
