import type PDFDocument from 'pdfkit';
import { ByteWriter } from './bytes.js';
import type { Color } from './theme.js';

/** A number for a content stream: at most three decimals (a thousandth of a point), no exponent. */
export function num(n: number): string {
  if (!(n > -1e21 && n < 1e21)) throw new Error(`PDF writer: unsupported number ${n}`);
  return String(Math.round(n * 1000) / 1000);
}

const operands = new Map<string, string>();

/** `#rrggbb` as the three operands of `rg`/`RG`, in three decimals (finer than 8 bits). */
export function rgb(color: Color): string {
  let known = operands.get(color);
  if (known === undefined) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    if (!m) throw new Error(`PDF writer: unsupported colour ${color}`);
    known = [m[1], m[2], m[3]].map((h) => num(parseInt(h!, 16) / 255)).join(' ');
    operands.set(color, known);
  }
  return known;
}

interface PageState {
  write(chunk: Uint8Array): void;
  markings: unknown[];
}

/**
 * The content of the page being painted, written to pdfkit once per page.
 *
 * pdfkit writes every operator as its own chunk (a string turned into bytes one character at a
 * time), and sets the colour, saves the graphics state and flips the coordinate system again for
 * every run of text. Here the page's operators are gathered and handed over as one buffer, the
 * fill colour and the font are set only when they change, and text is placed with a text matrix
 * that flips it upright in pdfkit's top-down coordinates, so that a run of text is `BT`, its
 * position, its glyphs and `ET`. pdfkit's own operators (marked content for the tags, the page's
 * coordinate system) go through the same buffer, in order.
 */
export class Canvas {
  private parts = new ByteWriter(16 * 1024);
  private fill: string | undefined;
  private font: string | undefined;

  constructor(readonly pdf: PDFDocument) {
    (pdf as unknown as { addContent(data: string): PDFDocument }).addContent = (data: string) => {
      this.parts.line(data);
      return pdf;
    };
  }

  private get page(): PageState {
    return (this.pdf as unknown as { page: PageState }).page;
  }

  addPage(width: number, height: number): void {
    this.flush();
    this.pdf.addPage({ size: [width, height], margin: 0 });
    this.fill = undefined;
    this.font = undefined;
  }

  /** Ends the document: the last page's content first. */
  end(): void {
    this.flush();
    this.pdf.end();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    // pdfkit ends a page when the next one is added: nothing may be left open on it.
    if (this.page.markings.length > 0) throw new Error('PDF writer: marked content left open at the end of a page');
    this.page.write(this.parts.copy());
    this.parts.clear();
  }

  /** Sets the fill colour, unless it is set already. */
  fillColor(color: Color): void {
    const op = `${rgb(color)} rg`;
    if (op !== this.fill) {
      this.parts.line(op);
      this.fill = op;
    }
  }

  /** Shows text: `operators` place and show the glyphs (see text.ts), in font `font` at `size`. */
  text(fontId: string, size: number, color: Color, operators: string): void {
    this.fillColor(color);
    const font = `/${fontId} ${num(size)} Tf`;
    if (font !== this.font) {
      this.font = font;
      this.parts.line(`BT\n${font}\n${operators}\nET`);
    } else {
      this.parts.line(`BT\n${operators}\nET`);
    }
  }

  /** A filled rectangle, in top-down page coordinates. */
  rect(x: number, y: number, width: number, height: number, color: Color): void {
    this.fillColor(color);
    this.parts.line(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re\nf`);
  }

  /** A row of round dots of `radius`, `step` apart, from `x1` to `x2` at height `y`. */
  dots(x1: number, x2: number, y: number, radius: number, step: number, color: Color): void {
    // One dashed stroke with round caps and dashes of no length.
    this.parts.line(`q\n${rgb(color)} RG\n${num(radius * 2)} w\n1 J\n[0.001 ${num(step)}] 0 d\n${num(x1)} ${num(y)} m\n${num(x2)} ${num(y)} l\nS\nQ`);
  }
}
