import { ownCopy } from '../../text/own-copy.js';
import { num, type Canvas } from './canvas.js';
import type { Color } from './theme.js';

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
  layoutCached(word: string): ShapedRun;
  /** The face's shared cache of shaped words (see shaping-cache.ts). */
  layoutCache: object;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  font: { numGlyphs: number };
}
interface DocumentState {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
}

/**
 * A glyph id of the subset as the two bytes of a PDF literal string (Identity-H: two bytes per
 * glyph), each byte a Latin-1 character, escaped where a literal string needs it; made once per
 * id. Half the size of the hexadecimal form, which makes the page contents about a third
 * smaller and their compression that much faster.
 */
const codes: string[] = [];
function code(gid: number): string {
  return (codes[gid] ??= byte(gid >> 8) + byte(gid & 0xff));
}
function byte(value: number): string {
  switch (value) {
    case 0x28:
      return '\\(';
    case 0x29:
      return '\\)';
    case 0x5c:
      return '\\\\';
    // An end of line inside a literal string is read as a line feed, whatever it was.
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return String.fromCharCode(value);
  }
}

interface ShapedRun {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}

/** What a document has made of its fonts' words so far. */
interface FontUse {
  /** The subset's id of each glyph, plus one (0: not in the subset yet). */
  ids: Int32Array;
  /**
   * Each word written so far as TJ operands: glyph strings (literal, without the parentheses)
   * at even indexes and the kerning between them at odd ones, ending with a glyph string (maybe
   * empty).
   * Undefined for a word with a glyph placed off the pen position (a combining mark).
   */
  words: Map<ShapedRun, string[] | undefined>;
}

const uses = new WeakMap<EmbeddedFont, FontUse>();

function useOf(font: EmbeddedFont): FontUse {
  let use = uses.get(font);
  if (!use) uses.set(font, (use = { ids: new Int32Array(font.font.numGlyphs), words: new Map() }));
  return use;
}

/** The subset's id of a glyph, adding it (with its width and characters) on first use, as pdfkit does. */
function subsetId(font: EmbeddedFont, use: FontUse, glyph: Glyph): number {
  let gid = use.ids[glyph.id]! - 1;
  if (gid < 0) {
    gid = font.subset.includeGlyph(glyph.id);
    use.ids[glyph.id] = gid + 1;
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  return gid;
}

/**
 * Per shaped word, once per process: the kerning after each of its glyphs as written in a TJ
 * array ('' for none), or null for a word with a glyph placed off the pen position.
 */
const kernings = new WeakMap<ShapedRun, string[] | null>();

function kerningOf(run: ShapedRun): string[] | null {
  let kerns = kernings.get(run);
  if (kerns === undefined) {
    kerns = [];
    for (const pos of run.positions) {
      if (pos.xOffset || pos.yOffset) {
        kerns = null;
        break;
      }
      const kern = -(pos.xAdvance - pos.advanceWidth);
      kerns.push(kern ? num(kern) : '');
    }
    kernings.set(run, kerns);
  }
  return kerns;
}

/** A word's TJ operands in this document (see FontUse.words). */
function operandsOf(font: EmbeddedFont, use: FontUse, run: ShapedRun): string[] | undefined {
  const known = use.words.get(run);
  if (known !== undefined || use.words.has(run)) return known;
  const kerns = kerningOf(run);
  const parts: string[] | undefined = kerns ? [] : undefined;
  let open = '';
  // Every glyph joins the subset, in order, whether or not the word can be written this way.
  for (let k = 0; k < run.glyphs.length; k++) {
    open += code(subsetId(font, use, run.glyphs[k]!));
    if (parts && kerns![k]) {
      parts.push(open, kerns![k]!);
      open = '';
    }
  }
  parts?.push(open);
  use.words.set(run, parts);
  return parts;
}

/**
 * Lines shaped before, by the shared word cache of their face (see shaping-cache.ts) and their
 * text: the same lines recur in the statements of one insurer group.
 */
let shapedLines = new WeakMap<object, Map<string, ShapedRun[]>>();

/** Forgets the lines shaped so far (with the shaped words they hold: see clearShapedWords). */
export function clearShapedLines(): void {
  shapedLines = new WeakMap();
}

/**
 * A line's words, shaped one by one as pdfkit does (a word keeps the space after it), so that
 * the words are the ones measured and cached.
 */
function shapedLine(font: EmbeddedFont, text: string): ShapedRun[] {
  let lines = shapedLines.get(font.layoutCache);
  if (!lines) shapedLines.set(font.layoutCache, (lines = new Map()));
  let runs = lines.get(text);
  if (runs) return runs;
  runs = [];
  for (let start = 0, i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i < text.length && c !== ' ' && c !== '\t') continue;
    if (i === start && i === text.length) break;
    runs.push(font.layoutCached(text.slice(start, i + 1)));
    start = i + 1;
  }
  // Bounded, for a process that lives long (build --watch).
  if (lines.size >= 20_000) lines.clear();
  lines.set(ownCopy(text), runs);
  return runs;
}

/**
 * Shows one line of text in the current font and size, in `color`, its baseline at `baseline`
 * (top-down page coordinates, as pdfkit's), starting at `x`: the glyphs, subset numbering and
 * kerning of pdfkit's `text(value, x, y, { lineBreak: false, baseline: 'alphabetic' })`, word by
 * word from the same shaping cache, written as one text object on the page's canvas. pdfkit's
 * general path (options, wrapping, measuring the run three times, copying glyph arrays word by
 * word) was most of the time and of the garbage of a PDF, and every line here has already been
 * measured and placed by the layout. A word's operands are made once per document.
 */
export function showText(canvas: Canvas, text: string, x: number, baseline: number, color: Color): void {
  if (text.includes('\n')) text = text.replace(/\n/g, '');
  if (text === '') return;
  const doc = canvas.pdf as unknown as DocumentState;
  const font = doc._font;
  const size = doc._fontSize;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const use = useOf(font);

  // pdfkit subsets every glyph of the run before writing any.
  const runs = shapedLine(font, text);
  const words: (string[] | undefined)[] = [];
  let plain = true;
  for (const run of runs) {
    const parts = operandsOf(font, use, run);
    words.push(parts);
    if (!parts) plain = false;
  }

  // The text matrix flips the glyphs upright in pdfkit's top-down page coordinates.
  let out = at(x, baseline);
  if (plain) {
    // A TJ array of glyph strings, split where kerning moves the next glyph; no kerning after
    // the last glyph string.
    let operands = '';
    let open = '';
    for (const parts of words) {
      open += parts![0];
      for (let j = 1; j < parts!.length; j += 2) {
        operands += (operands === '' ? '(' : ' (') + open + ') ' + parts![j];
        open = parts![j + 1]!;
      }
    }
    if (open) operands += (operands === '' ? '(' : ' (') + open + ')';
    else if (operands !== '') operands = operands.slice(0, operands.lastIndexOf(' '));
    if (operands !== '') out += `\n[${operands}] TJ`;
  } else {
    out += placed(font, use, runs, x, baseline, size / 1000);
  }
  canvas.text(font.id, size, color, out);
}

function at(x: number, y: number): string {
  return `1 0 0 -1 ${num(x)} ${num(y)} Tm`;
}

/** Glyph by glyph, for a line with a glyph placed off the pen position (a combining mark): its own matrix. */
function placed(font: EmbeddedFont, use: FontUse, runs: ShapedRun[], x: number, baseline: number, scale: number): string {
  const glyphs: string[] = [];
  const positions: GlyphPosition[] = [];
  for (const run of runs) {
    for (let k = 0; k < run.glyphs.length; k++) {
      glyphs.push(code(subsetId(font, use, run.glyphs[k]!)));
      positions.push(run.positions[k]!);
    }
  }
  let out = '';
  let commands: string[] = [];
  let last = 0;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const p = positions[cur - 1]!;
      const kern = -(p.xAdvance - p.advanceWidth);
      commands.push(`(${glyphs.slice(last, cur).join('')})`);
      if (kern) commands.push(num(kern));
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) {
      out += `\n[${commands.join(' ')}] TJ`;
      commands = [];
    }
  };
  let cx = x;
  let hadOffset = false;
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out += '\n' + at(cx + pos.xOffset * scale, baseline - pos.yOffset * scale);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        out += '\n' + at(cx, baseline);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    cx += pos.xAdvance * scale;
  }
  flush(i);
  return out;
}
