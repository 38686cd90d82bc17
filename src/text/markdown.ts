import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/**
 * How much structure one text may have. Far more than a statement's text needs, and bounded so
 * that no text can make the Markdown parser, or anything that walks its tree, work without end:
 * the parser's cost grows with the square of the number of list items inside list items, and of
 * emphasis marks in one paragraph, and a walk over lists nested thousands deep runs out of
 * stack; and with the number of blocks of a text (every block is spliced into one list of
 * events). A text beyond a limit is refused (`markdown-restricted`) and never parsed.
 */
export const markdownLimits = {
  /** Lists and block quotes inside each other. */
  depth: 6,
  /** List items and block quote markers in one text. */
  containers: 200,
  /** Paragraphs, list items and block quotes in one text. */
  blocks: 500,
  /** Runs of emphasis and strikethrough marks (`*`, `_`, `~`) in one text. */
  delimiterRuns: 500,
} as const;

/**
 * Beyond this bound on nesting the text is not parsed at all: it cannot be within the limit,
 * and the parser's time grows with the square of the nesting.
 */
const parseCap = 64;

export type MarkdownLimitProblem =
  | { kind: 'depth'; depth: number; line: number }
  | { kind: 'containers'; count: number }
  | { kind: 'blocks'; count: number }
  | { kind: 'delimiterRuns'; count: number };

interface Scan {
  /** An upper bound of the nesting of lists and block quotes, and the line (1-based) where it is reached. */
  depthBound: number;
  depthLine: number;
  /** An upper bound of the list items and block quotes. */
  containers: number;
  /** An upper bound of the blocks: list items, block quotes, and paragraphs (a line after a blank one). */
  blocks: number;
  delimiterRuns: number;
}

/**
 * What a text's lines can open, in one pass without parsing. Each list or block quote on a line
 * takes a marker (`>`, `-`, `+`, `*`, `1.`, `1)`) or, when it continues from the line before,
 * at least two columns of indentation (a block quote, its `>`): so a line can be inside at most
 * as many as its start has markers plus half its indentation, and at most as many as the line
 * before could be inside plus its markers. Lines that open nothing (a paragraph's next line)
 * leave the bound as it was.
 */
function scan(text: string): Scan {
  let bound = 0;
  let depthBound = 0;
  let depthLine = 1;
  let containers = 0;
  let paragraphs = 0;
  let blank = true;
  let line = 1;
  for (let i = 0; i < text.length; line++) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    let markers = 0;
    let columns = 0;
    let afterQuote = false;
    let j = i;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 0x20 || c === 0x09) {
        // A space right after `>` is the quote's own; indentation continues lists.
        const width = c === 0x09 ? 4 : 1;
        if (afterQuote) columns += width - 1;
        else columns += width;
        afterQuote = false;
        j++;
        continue;
      }
      afterQuote = false;
      if (c === 0x3e) {
        markers++;
        afterQuote = true;
        j++;
        continue;
      }
      let k = j;
      if (c === 0x2d || c === 0x2b || c === 0x2a) k = j + 1;
      else {
        while (k < end && k - j < 9 && text.charCodeAt(k) >= 0x30 && text.charCodeAt(k) <= 0x39) k++;
        if (k === j || k >= end || (text.charCodeAt(k) !== 0x2e && text.charCodeAt(k) !== 0x29)) break;
        k++;
      }
      const next = k < end ? text.charCodeAt(k) : 0x0a;
      if (next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) break;
      markers++;
      // The spaces after a list marker belong to the item it opens.
      j = k;
      while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    }
    containers += markers;
    const empty = j >= end || (j === end - 1 && text.charCodeAt(j) === 0x0d);
    if (blank && !empty) paragraphs++;
    blank = empty && markers === 0;
    const here = Math.min(bound + markers, markers + Math.floor(columns / 2));
    if (here > depthBound) {
      depthBound = here;
      depthLine = line;
    }
    bound = Math.max(bound, here);
    i = end + 1;
  }
  // micromark's runs: marks of one kind (`**` is one run, `*_` two).
  const runs = text.match(/\*+|_+|~+/g);
  return { depthBound, depthLine, containers, blocks: containers + paragraphs, delimiterRuns: runs ? runs.length : 0 };
}

/** The nesting of lists and block quotes in a parsed tree, and the line where it is deepest (iteratively). */
function treeDepth(root: Root): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, outer] = stack.pop()!;
    const depth = outer + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth]);
  }
  return deepest;
}

/** Whether a text is beyond the limits of markdownLimits, and which. Cheap for every ordinary text. */
export function markdownLimitProblem(text: string): MarkdownLimitProblem | undefined {
  // Plain paragraphs only: nothing nests, nothing to emphasise, but paragraphs still count.
  if (!mayContainMarkup(text)) {
    const blocks = text.match(/(?:^|\n)[ \t\r]*\n[ \t\r]*(?=[^\s])/g)?.length ?? 0;
    return blocks + 1 > markdownLimits.blocks ? { kind: 'blocks', count: blocks + 1 } : undefined;
  }
  const s = scan(text);
  if (s.depthBound > parseCap) return { kind: 'depth', depth: s.depthBound, line: s.depthLine };
  if (s.containers > markdownLimits.containers) return { kind: 'containers', count: s.containers };
  if (s.blocks > markdownLimits.blocks) return { kind: 'blocks', count: s.blocks };
  if (s.delimiterRuns > markdownLimits.delimiterRuns) return { kind: 'delimiterRuns', count: s.delimiterRuns };
  if (s.depthBound <= markdownLimits.depth) return undefined;
  const exact = treeDepth(fromMarkdown(text, { extensions, mdastExtensions }));
  return exact.depth > markdownLimits.depth ? { kind: 'depth', depth: exact.depth, line: exact.line } : undefined;
}

/**
 * Parses Markdown for the checks: CommonMark as the renderer reads it, plus GitHub's extensions
 * (tables, footnotes, strikethrough, task lists, bare links), so that text written for those
 * is reported rather than shown as stray characters.
 *
 * A text beyond markdownLimits is not parsed: it is read as one paragraph of plain text (its
 * words are still there for the checks that read words), and `markdown-restricted` refuses it.
 */
export function parseMarkdown(text: string): Root {
  if (markdownLimitProblem(text)) return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
  return fromMarkdown(text, { extensions, mdastExtensions });
}

const extensions = [gfm()];
const mdastExtensions = [gfmFromMarkdown()];

/**
 * Whether a text can contain anything but plain paragraphs. Cheap, and never wrong in the
 * unsafe direction: when it says no, the text parses to paragraphs of plain text only.
 */
export function mayContainMarkup(text: string): boolean {
  return /[<>`*_[\]!&|~\\#]|^\s*(?:[-+=]|\d{1,9}[.)])|https?:|www\.|@|^ {4}|\t/m.test(text);
}

/**
 * Escapes text so that Markdown shows it literally: every ASCII punctuation character gets a
 * backslash (CommonMark allows that for all of them) and line breaks become spaces. Used for
 * names and titles, which are plain text by definition.
 */
export function escapeMarkdown(text: string): string {
  // Trimmed: a name that starts a paragraph with four spaces would otherwise open a code block.
  return text.trim().replace(/\s*[\r\n]+\s*/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => '\\' + c);
}
