import { describe, expect, it } from 'vitest';
import type { Inline } from '../src/writers/pdf/inline.js';
import type { Line, Measure, TextStyle } from '../src/writers/pdf/layout.js';
import { breakLines } from '../src/writers/pdf/linebreak.js';
import { paginate } from '../src/writers/pdf/paginate.js';
import { textLines } from '../src/writers/pdf/paragraph.js';
import { structRoot } from '../src/writers/pdf/structure.js';
import { text } from '../src/writers/pdf/theme.js';

/** Every character 1 wide: line breaking can be checked by counting. */
const measure: Measure = (value) => [...value].length;
const style: TextStyle = { face: 'regular', size: 10, color: '#000', owner: structRoot() };
const run = (value: string): Inline => ({ kind: 'text', text: value, style });
const lineTexts = (inlines: Inline[], width: number) => breakLines(inlines, width, measure).map((l) => l.map((s) => s.text).join(''));

describe('line breaking', () => {
  it('breaks at spaces, ragged right, and drops the space at the break', () => {
    expect(lineTexts([run('the quick brown fox jumps over')], 10)).toEqual(['the quick', 'brown fox', 'jumps over']);
  });

  it('never breaks at a no-break space', () => {
    expect(lineTexts([run('Adresse\u00a0: Postbus 21460')], 9)).toEqual(['Adresse\u00a0:', 'Postbus', '21460']);
  });

  it('may break after a hyphen between letters', () => {
    expect(lineTexts([run('uw e-mailadres')], 9)).toEqual(['uw e-', 'mailadres']);
  });

  it('cuts a word too long for the line, after URL punctuation where it can', () => {
    const lines = lineTexts([run('see https://example.nl/privacy/statement.html')], 20);
    expect(lines).toEqual(['see', 'https://example.nl/', 'privacy/statement.', 'html']);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(20);
  });

  it('starts a new line at a hard break (addresses)', () => {
    expect(lineTexts([run('Harmony'), { kind: 'break' }, run('Postbus 21460')], 40)).toEqual(['Harmony', 'Postbus 21460']);
  });

  it('keeps runs of different styles on one line, each with its own position', () => {
    const bold: TextStyle = { ...style, face: 'bold' };
    const [line] = breakLines([{ kind: 'text', text: 'Role', style: bold }, run(': processor')], 40, measure);
    expect(line!.map((s) => [s.text, s.x])).toEqual([['Role', 0], [': processor', 4]]);
  });

  it('measures a word with the space after it, as PDFKit shapes the line it draws', () => {
    const asked: string[] = [];
    // A space is 1 wide, but 0.5 after a word ending in "e": a font that kerns "e" with a space.
    const kerning: Measure = (value) => {
      asked.push(value);
      return [...value].length - (/e $/.test(value) ? 0.5 : 0);
    };
    const [line] = breakLines([run('one two three'), { kind: 'text', text: ' four', style: { ...style, face: 'bold' } }], 40, kerning);
    expect(asked.filter((a) => a !== ' ')).toEqual(['one ', 'two ', 'three', 'four']);
    // Each run is as wide as PDFKit measures it, word by word with the spaces after them.
    expect(line!.map((s) => [s.text, s.x, s.width])).toEqual([['one two three', 0, 12.5], [' four', 12.5, 5]]);
  });
});

describe('pagination', () => {
  const line = (keepWithNext = false, spaceBefore = 0): Line => ({ height: 10, spaceBefore, keepWithNext, ops: [] });

  it('fills a page, then starts the next, dropping the space above the first line of a page', () => {
    const pages = paginate([line(), line(), line(false, 5), line()], 0, 25);
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
    expect(pages[1]![0]!.top).toBe(0);
    expect(pages[1]![0]!.atPageTop).toBe(true);
  });

  it('never leaves a heading at the foot of a page: it moves with the lines it keeps with', () => {
    const heading = line(true, 5);
    const first = line(true);
    const pages = paginate([line(), line(), heading, first, line()], 0, 45);
    expect(pages.map((p) => p.length)).toEqual([2, 3]);
    expect(pages[1]![0]!.line).toBe(heading);
  });

  it('breaks a chain that fills a whole page where the page is full', () => {
    const pages = paginate([line(true), line(true), line(true), line()], 0, 20);
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
  });

  it('keeps the first two and the last two lines of a paragraph together, and an address whole', () => {
    const words = Array.from({ length: 5 }, () => run('word word word word'));
    const lines = textLines(words.flatMap((w) => [w, run(' ')]), { x: 0, width: 20 }, text.body, measure);
    expect(lines.map((l) => l.keepWithNext)).toEqual([true, false, false, true, false]);
    const address = textLines([run('Harmony'), { kind: 'break' }, run('Postbus 21460'), { kind: 'break' }, run('Rotterdam')], { x: 0, width: 40 }, text.body, measure);
    expect(address.map((l) => l.keepWithNext)).toEqual([true, true, false]);
  });

  it('keeps a paragraph that ends in a colon with what it introduces', () => {
    const lines = textLines([run('Contact details:')], { x: 0, width: 40 }, text.body, measure);
    expect(lines.map((l) => l.keepWithNext)).toEqual([true]);
  });
});
