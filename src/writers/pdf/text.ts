import type PDFDocument from 'pdfkit';

/** The parts of pdfkit's embedded font and document that showing a run of text needs. */
interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface EmbeddedFont {
  id: string;
  /** 1000 / units per em. */
  scale: number;
  ref(): unknown;
  /** A word shaped once per process (the cache is shared, see fonts.ts), positions in 1/1000 em. */
  layoutCached(word: string): { glyphs: Glyph[]; positions: GlyphPosition[] };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
}
interface DocumentState {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

/** A number as pdfkit writes it: at most six decimals, no exponent; anything else is a bug. */
function num(n: number): string {
  if (!(n > -1e21 && n < 1e21)) throw new Error(`PDF writer: unsupported number ${n}`);
  return String(Math.round(n * 1e6) / 1e6);
}

/** Glyph ids of the subset as four hex digits, made once per id. */
const hexes: string[] = [];
function hex(gid: number): string {
  return (hexes[gid] ??= gid.toString(16).padStart(4, '0'));
}

/**
 * Shows one line of text in the current font, size and fill colour, its baseline at `baseline`
 * (top-down page coordinates, as pdfkit's), starting at `x`. It writes the bytes pdfkit's
 * `text(value, x, y, { lineBreak: false, baseline: 'alphabetic' })` writes — the same glyphs,
 * subset numbering and kerning, word by word from the same shaping cache — in one content
 * write. pdfkit's general path (options, wrapping, measuring the run three times, copying glyph
 * arrays word by word) was most of the time and of the garbage of a PDF, and every line here
 * has already been measured and placed by the layout.
 */
export function showText(pdf: PDFDocument, text: string, x: number, baseline: number): void {
  text = text.replace(/\n/g, '');
  if (text === '') return;
  const doc = pdf as unknown as DocumentState;
  const font = doc._font;
  const size = doc._fontSize;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const scale = size / 1000;
  const y = doc.page.height - baseline;
  const out: string[] = ['q', `1 0 0 -1 0 ${num(doc.page.height)} cm`, 'BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`];

  // Shaped word by word, as pdfkit does (a word keeps the space after it), so that the words
  // are the ones measured and cached. pdfkit subsets every glyph of the run before writing any.
  const glyphs: string[] = [];
  const positions: GlyphPosition[] = [];
  for (let start = 0, i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== ' ' && c !== '\t') continue;
    if (i === start && i === text.length) break;
    const run = font.layoutCached(text.slice(start, i + 1));
    start = i + 1;
    for (let k = 0; k < run.glyphs.length; k++) {
      const glyph = run.glyphs[k]!;
      const gid = font.subset.includeGlyph(glyph.id);
      font.widths[gid] ??= glyph.advanceWidth * font.scale;
      font.unicode[gid] ??= glyph.codePoints;
      glyphs.push(hex(gid));
      positions.push(run.positions[k]!);
    }
  }

  // A TJ array of glyph strings, split where kerning moves the next glyph.
  const commands: string[] = [];
  let last = 0;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const p = positions[cur - 1]!;
      commands.push(`<${glyphs.slice(last, cur).join('')}> ${num(-(p.xAdvance - p.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let cx = x;
  let hadOffset = false;
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      // A glyph placed off the baseline or pen position (a combining mark): its own Tm.
      flush(i);
      out.push(`1 0 0 1 ${num(cx + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${num(cx)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    cx += pos.xAdvance * scale;
  }
  flush(i);
  out.push('ET', 'Q');
  doc.addContent(out.join('\n'));
}
