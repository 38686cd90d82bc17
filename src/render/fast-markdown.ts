import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { headingIdMarker, setId } from './heading-ids.js';

/**
 * The Markdown the templates write most, parsed without micromark: headings, paragraphs
 * (with hard line breaks) and bullet lists (with further paragraphs and one nested level), of
 * text with backslash escapes, `**strong**`, `*emphasis*` and `[links](url)`. That is most
 * of a statement's Markdown; micromark, which parses anything, took a tenth of a batch's time
 * and made a good part of its garbage. Anything else, or anything that might parse
 * differently (a `_`, a `<`, an `&`, a bracket or star outside those forms, a line that could
 * start another block), returns undefined and is left to micromark.
 *
 * The nodes are those micromark's mdast gives without positions, key for key and in the same
 * order: a test compares the two for every piece of the examples' and the benchmark's
 * statements and for generated texts full of Markdown's special characters.
 */
export function parseSimplePiece(text: string): RootContent[] | undefined {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  const first = lines[0]!;
  if (first.startsWith('#')) return lines.length === 1 ? heading(first) : undefined;
  const node = first.startsWith('- ') ? list(lines) : paragraph(lines);
  return node && [node];
}

/** An ATX heading on one line, with the templates' `{#id}` taken out as remarkHeadingIds does. */
function heading(line: string): RootContent[] | undefined {
  const m = /^(#{1,6}) (\S(?:.*\S)?)$/.exec(line);
  if (!m || m[2]!.endsWith('#')) return undefined;
  const children = inline(m[2]!);
  if (!children) return undefined;
  const node: Heading = { type: 'heading', depth: m[1]!.length as Heading['depth'], children };
  // remarkHeadingIds looks for the marker in the heading's whole line.
  const id = headingIdMarker.exec(line);
  const last = children[children.length - 1];
  if (id && last?.type === 'text') {
    last.value = last.value.replace(headingIdMarker, '');
    setId(node, id[1]!);
  }
  return [node];
}

/** A line that could not start a block, or end or continue one, other than a paragraph's line. */
const notParagraphLine = /^(?:$|[ \t]|[-+>#=_`~<|]|\d{1,9}[.)]|\*(?:\s|$)|\*\*(?:[\s*]|$))/;

/** Lines of a paragraph: each line's text, ended with a hard break (`\`) or a soft line break. */
function paragraph(lines: string[]): Paragraph | undefined {
  const children: PhrasingContent[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (notParagraphLine.test(line) || line.endsWith(' ')) return undefined;
    const last = i === lines.length - 1;
    const hardBreak = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    if (hardBreak) {
      if (last) return undefined;
      line = line.slice(0, -1);
      if (line === '' || line.endsWith(' ')) return undefined;
    }
    const nodes = inline(line);
    if (!nodes) return undefined;
    for (const node of nodes) pushNode(children, node);
    if (!last) pushNode(children, hardBreak ? { type: 'break' } : { type: 'text', value: '\n' });
  }
  return { type: 'paragraph', children };
}

/**
 * A bullet list of `- ` items with no blank line between them. An item is one line of text,
 * then either items of a nested `- ` list indented by two spaces, or paragraphs of one line
 * indented by two spaces after a blank line (the item is then spread).
 */
function list(lines: string[]): List | undefined {
  const items: ListItem[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.startsWith('- ')) return undefined;
    const lead = paragraph([line.slice(2)]);
    if (!lead) return undefined;
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [lead] };
    items.push(item);
    i++;
    if (lines[i]?.startsWith('  - ')) {
      const nested: string[] = [];
      for (; lines[i]?.startsWith('  - '); i++) nested.push(lines[i]!.slice(2));
      const sub = list(nested);
      if (!sub) return undefined;
      item.children.push(sub);
    } else {
      while (lines[i] === '' && lines[i + 1]?.startsWith('  ') && !lines[i + 1]!.startsWith('   ')) {
        const more = lines[i + 1]!.slice(2);
        if (more.startsWith('- ')) return undefined;
        const node = paragraph([more]);
        if (!node) return undefined;
        item.children.push(node);
        item.spread = true;
        i += 2;
      }
    }
    if (i < lines.length && !lines[i]!.startsWith('- ')) return undefined;
  }
  return { type: 'list', ordered: false, start: null, spread: false, children: items };
}

/** Adds a phrasing node, joining text to the text before it as micromark does. */
function pushNode(nodes: PhrasingContent[], node: PhrasingContent): void {
  const last = nodes[nodes.length - 1];
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else nodes.push(node);
}

const asciiPunctuation = /[!-/:-@[-`{-~]/;
const letterOrDigit = /[\p{L}\p{N}]/u;

/**
 * One line's text: plain text with backslash escapes, links, and `**` / `*` spans whose stars
 * are unambiguous (a star run opens after the line's start, a space or `(` and before a letter,
 * digit or link; it closes after a letter or digit, or after ASCII punctuation before the
 * line's end, a space or ASCII punctuation), each with no other star inside.
 */
function inline(s: string, inSpan = false): PhrasingContent[] | undefined {
  const nodes: PhrasingContent[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') pushNode(nodes, { type: 'text', value: text });
    text = '';
  };
  for (let i = 0; i < s.length; ) {
    const c = s[i]!;
    switch (c) {
      case '\\': {
        const next = s[i + 1];
        if (next === undefined) return undefined;
        if (asciiPunctuation.test(next)) {
          text += next;
          i += 2;
        } else {
          text += c;
          i++;
        }
        break;
      }
      case '*': {
        if (inSpan) return undefined;
        const run = s[i + 1] === '*' ? 2 : 1;
        const close = s.indexOf('*', i + run);
        if (close < 0) return undefined;
        const inner = s.slice(i + run, close);
        // An escaped star is no closing one.
        if (inner.endsWith('\\')) return undefined;
        const before = s[i - 1];
        const after = s[close + run];
        const opens = (before === undefined || before === ' ' || before === '(') && (letterOrDigit.test(inner[0] ?? '') || (inner[0] === '[' && before !== '('));
        const innerLast = inner[inner.length - 1] ?? '';
        const closes =
          s.slice(close, close + run) === '*'.repeat(run) &&
          s[close + run] !== '*' &&
          (letterOrDigit.test(innerLast) || (asciiPunctuation.test(innerLast) && (after === undefined || after === ' ' || asciiPunctuation.test(after))));
        if (!opens || !closes) return undefined;
        const children = inline(inner, true);
        if (!children) return undefined;
        flush();
        nodes.push(run === 2 ? { type: 'strong', children } : { type: 'emphasis', children });
        i = close + run;
        break;
      }
      case '[': {
        if (s[i - 1] === '!') return undefined;
        const m = /^\[((?:[^[\]\\`<>*_&]|\\[!-/:-@[-`{-~])+)\]\((?:<([^<>\n\\&*_]*)>|([^\s()<>\\&*_]+))\)/.exec(s.slice(i));
        if (!m) return undefined;
        const label = inline(m[1]!, true);
        if (!label || label.length !== 1 || label[0]!.type !== 'text') return undefined;
        flush();
        nodes.push({ type: 'link', title: null, url: m[2] ?? m[3]!, children: label });
        i += m[0].length;
        break;
      }
      case ']':
      case '_':
      case '`':
      case '<':
      case '&':
        return undefined;
      default:
        if (c < ' ') return undefined;
        text += c;
        i++;
    }
  }
  flush();
  return nodes;
}
