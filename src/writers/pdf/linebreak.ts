import type { Inline } from './inline.js';
import type { Measure, TextStyle } from './layout.js';

/** A run of text in one style on a line, `x` from the line's start. */
export interface Segment {
  text: string;
  style: TextStyle;
  x: number;
  width: number;
}

interface Piece {
  text: string;
  style: TextStyle;
  width: number;
}

type Token = { kind: 'word'; pieces: Piece[] } | { kind: 'space'; piece: Piece } | { kind: 'break' };

/**
 * Where a line may break: at a space (never at a no-break space, as French puts before
 * "?", ":" and "»"), and after a hyphen between letters ("e-mailadres").
 */
const spaces = / +/g;
const afterHyphen = /(?<=\p{L}-)(?=\p{L})/u;

/** In a word too long for a line (a web address), the places where a break reads best. */
const urlBreakAfter = /[/.\-_?&=@#]/;

function tokenize(inlines: readonly Inline[], measure: Measure): Token[] {
  const tokens: Token[] = [];
  let word: Piece[] | undefined;
  const piece = (text: string, style: TextStyle): Piece => ({ text, style, width: measure(text, style.face, style.size) });
  const endWord = () => {
    if (word) tokens.push({ kind: 'word', pieces: word });
    word = undefined;
  };
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      endWord();
      tokens.push({ kind: 'break' });
      continue;
    }
    let at = 0;
    for (const m of inline.text.matchAll(spaces)) {
      const space = piece(' ', inline.style);
      addWordText(inline.text.slice(at, m.index), inline.style, space.width);
      endWord();
      tokens.push({ kind: 'space', piece: space });
      at = m.index + m[0].length;
    }
    addWordText(inline.text.slice(at), inline.style);
  }
  endWord();
  return tokens;

  /**
   * A word's pieces. A word followed by a space is measured with it, as PDFKit measures and
   * shapes a line (word by word, each with the space after it), so that a word shaped for the
   * layout is the one drawn.
   */
  function addWordText(text: string, style: TextStyle, spaceAfter?: number) {
    if (!text) return;
    const parts = text.includes('-') ? text.split(afterHyphen) : [text];
    parts.forEach((part, i) => {
      if (i > 0) {
        endWord();
        tokens.push({ kind: 'space', piece: { text: '', style, width: 0 } });
      }
      const last = i === parts.length - 1;
      const width = last && spaceAfter !== undefined ? measure(`${part} `, style.face, style.size) - spaceAfter : measure(part, style.face, style.size);
      (word ??= []).push({ text: part, style, width });
    });
  }
}

/** Cuts a word wider than a line into pieces that fit, preferring breaks after URL punctuation. */
function splitLongWord(pieces: Piece[], width: number, measure: Measure): Piece[][] {
  const chars = pieces.flatMap((p) => [...p.text].map((c) => ({ c, style: p.style })));
  const chunks: Piece[][] = [];
  const regroup = (slice: typeof chars): Piece[] => {
    const out: Piece[] = [];
    for (const { c, style } of slice) {
      const last = out.at(-1);
      if (last && last.style === style) last.text += c;
      else out.push({ text: c, style, width: 0 });
    }
    for (const p of out) p.width = measure(p.text, p.style.face, p.style.size);
    return out;
  };
  const widthOf = (slice: typeof chars) => regroup(slice).reduce((w, p) => w + p.width, 0);
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let goodBreak = -1;
    while (end < chars.length && widthOf(chars.slice(start, end + 1)) <= width) {
      if (urlBreakAfter.test(chars[end]!.c)) goodBreak = end + 1;
      end++;
    }
    if (end < chars.length && goodBreak > start + 1) end = goodBreak;
    chunks.push(regroup(chars.slice(start, end)));
    start = end;
  }
  return chunks;
}

/**
 * Greedy line breaking, ragged right: the way a careful typesetter sets a legal text without
 * hyphenation. Lines hold runs of one style each, measured with the fonts that will draw them.
 */
export function breakLines(inlines: readonly Inline[], width: number, measure: Measure): Segment[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  let space: Piece | undefined;
  const newLine = () => {
    lines.push(line);
    line = [];
    lineWidth = 0;
    space = undefined;
  };
  for (const token of tokenize(inlines, measure)) {
    if (token.kind === 'break') {
      newLine();
      continue;
    }
    if (token.kind === 'space') {
      if (line.length > 0) space = token.piece;
      continue;
    }
    const wordWidth = token.pieces.reduce((w, p) => w + p.width, 0);
    const spaceWidth = space?.width ?? 0;
    if (line.length > 0 && lineWidth + spaceWidth + wordWidth <= width) {
      if (space) line.push(space);
      line.push(...token.pieces);
      lineWidth += spaceWidth + wordWidth;
    } else {
      if (line.length > 0) newLine();
      const chunks = wordWidth > width ? splitLongWord(token.pieces, width, measure) : [token.pieces];
      chunks.forEach((chunk, i) => {
        if (i > 0) newLine();
        line.push(...chunk);
        lineWidth = chunk.reduce((w, p) => w + p.width, 0);
      });
    }
    space = undefined;
  }
  if (line.length > 0) lines.push(line);
  return lines.map(segments);
}

/** Joins neighbouring pieces of one style into one run, so that a line is drawn in few strokes. */
function segments(pieces: Piece[]): Segment[] {
  const out: Segment[] = [];
  let x = 0;
  for (const p of pieces) {
    const last = out.at(-1);
    if (last && last.style === p.style) {
      last.text += p.text;
      last.width += p.width;
    } else {
      out.push({ text: p.text, style: p.style, x, width: p.width });
    }
    x += p.width;
  }
  return out.filter((s) => s.text !== '');
}
