import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Locale } from '../model/input.generated.js';
import type { ResolvedStatement } from '../model/statement.js';
import { ownCopy } from '../text/own-copy.js';
import { parseSimplePiece } from './fast-markdown.js';
import { headingId, remarkHeadingIds } from './heading-ids.js';
import { translator, type Translate } from './i18n.js';
import { renderMarkdownText } from './templates.js';
import { buildView } from './view.js';

/**
 * One statement in one language as a Markdown tree (mdast): the document every writer works
 * from, so that Markdown, HTML and PDF never disagree.
 */
export interface StatementDocument {
  statementId: string;
  locale: Locale;
  /** The statement's title as plain text. */
  title: string;
  controller: string;
  /** ISO date, also used as the PDF's creation date so that output never depends on the clock. */
  lastAmended: string;
  /** The statement's version id (see lifecycle/version.ts), in the HTML head and the PDF's metadata. */
  version: string;
  tree: Root;
  /**
   * The parts of `tree` by the Markdown they were parsed from: `tree.children` from `start` to
   * `end` came from `source`. A part always begins with a heading, so writers may handle the
   * parts apart and cache their output by the source text.
   */
  parts: { source: string; start: number; end: number }[];
  /** The `h2` sections in order, for tables of contents and PDF outlines. */
  outline: { id: string; title: string; children: { id: string; title: string }[] }[];
  /** Localized fixed strings writers need ("Contents", "Page 1 of 3"). */
  t: Translate;
}

// CommonMark only: the templates need nothing more, and the input's texts are checked (with
// GitHub's extensions, so that tables and the like are reported) before they get here.
const parser = unified().use(remarkParse).use(remarkHeadingIds);

/**
 * Parsed pieces of sections by their Markdown text (see `pieces`). Statements of one insurer
 * group, and rebuilds in watch mode, share most of their text word for word: parsing each
 * distinct piece once saves most of the work of a batch. A piece is smaller than a section
 * (a paragraph, a list item), so that a section that names the brand once misses only the
 * piece with the name.
 */
const pieceCache = new Map<string, readonly RootContent[]>();
const pieceCacheLimit = 20_000;

/**
 * Prepares a parsed node for the cache: without source positions (they would be those of the
 * piece, not of the statement), and frozen, because every document that has the piece shares
 * its nodes. Writers only read the tree; one that changed it would throw, not corrupt the
 * statements built after it.
 */
function settle(node: { position?: unknown; children?: unknown[] }): void {
  stripPositions(node);
  deepFreeze(node);
}

function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  if (node.children) for (const child of node.children) stripPositions(child as { position?: unknown; children?: unknown[] });
}

function deepFreeze(value: object): void {
  for (const v of Object.values(value)) if (v && typeof v === 'object') deepFreeze(v);
  Object.freeze(value);
}

/**
 * Markdown that pieces could not be parsed apart from each other exactly: fenced code and HTML
 * (which may span blank lines), also inside list items and quotes, link reference definitions
 * (which act at a distance), tabs, and thematic breaks (which look like list items). The
 * templates write none of these; a section with any of them, from an input text, is parsed
 * whole.
 */
const wholeOnly = /```|~~~|^[ >*+\-\d.)]*<|\]:|\t|^ {0,3}([-*_])(?:[ ]*\1){2,}[ ]*$/m;
/** A line starting a list item (at the left margin), and where the item's text starts. */
const listItemStart = /^(?:[-*+]|\d{1,9}[.)])(?=[ ]|$)/;
const plainItem = /^([-*+]|\d{1,2}[.)])([ ]{1,4})(?=\S)/;

/**
 * A section's Markdown cut where it parses the same in pieces as whole, at the start of a
 * line at the left margin:
 * - after a blank line, where the line does not start a list item, or starts the first item of
 *   a list: a new top-level block;
 * - where a line starts an item with the same marker as the list it is in, right after a line
 *   of that list that is not blank: the next item of the list (`item: true`), which is parsed
 *   as a list of its own and joined to the list before it.
 * Anything else stays in the piece it follows. Once a line leaves it unsure whether a list
 * goes on (a line at the margin that is no item, an item with another marker, text indented
 * less than the item's text, an empty item), the next cut waits for a blank line followed by
 * a line that is no list item.
 */
export function pieces(section: string): { text: string; item: boolean }[] {
  if (wholeOnly.test(section)) return [{ text: section, item: false }];
  const out: { text: string; item: boolean }[] = [];
  let from = 0;
  let item = false;
  // The top-level list the last line is in: none, one with this marker (a bullet, or the
  // delimiter of a number) whose items' text starts `indent` columns in, or maybe one.
  let list: string | undefined | typeof unsure;
  let indent = 0;
  let blankBefore = false;
  // Whether the last line that is not blank is indented.
  let indentedBefore = false;
  const cut = (to: number, nextItem: boolean): void => {
    if (to > from) out.push({ text: section.slice(from, to), item });
    from = to;
    item = nextItem;
  };
  /** Starts an item of a list with a known marker, or leaves the list unsure. */
  const enterItem = (line: string): void => {
    const m = plainItem.exec(line);
    if (m) {
      list = /\d/.test(m[1]!) ? m[1]!.slice(-1) : m[1]!;
      indent = m[0].length;
    } else {
      list = unsure;
    }
  };
  for (let at = 0; at < section.length; ) {
    let end = section.indexOf('\n', at);
    if (end < 0) end = section.length;
    const line = section.slice(at, end);
    // Blank for CommonMark: spaces and tabs only (a no-break space is text).
    const blank = /^[ \t]*$/.test(line);
    if (blank) {
      // Nothing: blank lines belong to the piece before.
    } else if (line[0] === ' ') {
      const spaces = /^ */.exec(line)![0].length;
      if (list === undefined ? listItemStart.test(line.slice(spaces)) : list !== unsure && spaces < indent) list = unsure;
    } else {
      const starts = listItemStart.exec(line)?.[0];
      const marker = starts === undefined ? undefined : /\d/.test(starts) ? starts.slice(-1) : starts;
      if (blankBefore && marker === undefined) {
        cut(at, false);
        list = undefined;
      } else if (blankBefore) {
        // An empty item (`-` alone) may be no item at all after some blocks, and so may any item
        // after indented code (for micromark, the code's blank lines join it to what follows).
        if (list === undefined && plainItem.test(line) && !indentedBefore) {
          cut(at, false);
          enterItem(line);
        } else if (list === undefined) {
          list = unsure;
        } else if (list !== unsure) {
          enterItem(line);
        }
      } else if (marker !== undefined && marker === list && plainItem.test(line)) {
        cut(at, true);
        enterItem(line);
      } else if (list !== undefined || marker !== undefined) {
        list = unsure;
      }
    }
    if (!blank) indentedBefore = line[0] === ' ';
    blankBefore = blank;
    at = end + 1;
  }
  cut(section.length, false);
  return out;
}

const unsure = Symbol('unsure');

function parsePiece(text: string): readonly RootContent[] {
  let nodes = pieceCache.get(text);
  if (!nodes) {
    // The piece is cut from its statement's Markdown, and the tree's texts are cut from the
    // piece: parsed from a copy, the cached nodes keep only the piece alive.
    text = ownCopy(text);
    let children = parseSimplePiece(text);
    if (!children) {
      const file = new VFile(text);
      children = (parser.runSync(parser.parse(file), file) as Root).children;
    }
    children.forEach((n) => settle(n as never));
    nodes = Object.freeze(children);
    if (pieceCache.size >= pieceCacheLimit) pieceCache.clear();
    pieceCache.set(text, nodes);
  }
  return nodes;
}

/**
 * Parses the statement's Markdown section by section, and each section piece by piece (see
 * `pieces`). A section starts at a line beginning with `## ` or `### `; such a line always
 * starts a new block (the input's texts cannot hold headings, and the templates indent
 * everything inside list items), so the parts parse exactly as the whole does (a test compares
 * them for every example and benchmark statement).
 */
export function parseStatementMarkdown(markdown: string): { tree: Root; parts: StatementDocument['parts'] } {
  const children: RootContent[] = [];
  const parts: StatementDocument['parts'] = [];
  for (const section of markdown.split(/^(?=#{2,3} )/m)) {
    const start = children.length;
    // The list being joined from items, where it is, and where its Markdown starts (that of
    // the piece its first items came from).
    let joined: List | undefined;
    let joinedAt = 0;
    let joinedFrom = 0;
    let joinedTo = 0;
    const finishJoined = (): void => {
      if (!joined) return;
      children[joinedAt] = settleJoined(section.slice(joinedFrom, joinedTo), joined);
      joined = undefined;
    };
    // Where in the section the piece that gave the last node starts.
    let lastFrom = 0;
    let at = 0;
    for (const piece of pieces(section)) {
      const from = at;
      at += piece.text.length;
      const nodes = parsePiece(piece.text);
      const last = children.at(-1);
      const first = nodes[0];
      if (piece.item && last?.type === 'list' && first?.type === 'list' && first.ordered === last.ordered) {
        // The last node is the list being joined, or a list to start joining from.
        if (!joined) {
          joined = { ...last, children: [...last.children] };
          joinedAt = children.length - 1;
          joinedFrom = lastFrom;
        }
        joined.children.push(...first.children);
        if (first.spread) joined.spread = true;
        joinedTo = at;
        if (nodes.length > 1) {
          finishJoined();
          children.push(...nodes.slice(1));
        }
      } else {
        finishJoined();
        children.push(...nodes);
      }
      lastFrom = from;
    }
    finishJoined();
    parts.push({ source: section, start, end: children.length });
  }
  return { tree: { type: 'root', children }, parts };
}

/**
 * Lists joined from items, by their Markdown: the same list in another statement is the same
 * (frozen) node, so that writers can cache what they make of it, as they can for any node of a
 * parsed piece.
 */
const joinedLists = new Map<string, List>();

function settleJoined(markdown: string, list: List): List {
  const known = joinedLists.get(markdown);
  if (known) return known;
  Object.freeze(list.children);
  Object.freeze(list);
  if (joinedLists.size >= pieceCacheLimit) joinedLists.clear();
  joinedLists.set(ownCopy(markdown), list);
  return list;
}

export function renderDocument(model: ResolvedStatement, locale: Locale): StatementDocument {
  const t = translator(locale);
  const view = buildView(model, locale, t);
  const { tree, parts } = parseStatementMarkdown(renderMarkdownText(view, t));
  return {
    statementId: model.input.statement.id,
    locale,
    title: view.plainTitle,
    controller: model.input.controller.name,
    lastAmended: model.input.statement.lastAmended,
    version: model.version,
    tree,
    parts,
    outline: outlineOf(tree),
    t,
  };
}

function outlineOf(tree: Root): StatementDocument['outline'] {
  const outline: StatementDocument['outline'] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading') continue;
    const id = headingId(node as Heading);
    if (!id) continue;
    if (node.depth === 2) outline.push({ id, title: toString(node), children: [] });
    else if (node.depth === 3) outline[outline.length - 1]?.children.push({ id, title: toString(node) });
  }
  return outline;
}
