import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Locale } from '../model/input.generated.js';
import type { ResolvedStatement } from '../model/statement.js';
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
 * Parsed sections by their Markdown text. Statements of one insurer group, and rebuilds in
 * watch mode, share most sections word for word; parsing each distinct text once saves most
 * of the work of a batch.
 */
const sectionCache = new Map<string, RootContent[]>();
const sectionCacheLimit = 4000;

/**
 * Prepares a parsed node for the cache: without source positions (they would be those of the
 * section, not of the statement), and frozen, because every document that has the section
 * shares its nodes. Writers only read the tree; one that changed it would throw, not corrupt
 * the statements built after it.
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
 * Parses the statement's Markdown section by section. A section starts at a line beginning
 * with `## ` or `### `; such a line always starts a new block (the input's texts cannot hold
 * headings, and the templates indent everything inside list items), so the parts parse
 * exactly as the whole does.
 */
export function parseStatementMarkdown(markdown: string): { tree: Root; parts: StatementDocument['parts'] } {
  const children: RootContent[] = [];
  const parts: StatementDocument['parts'] = [];
  for (const section of markdown.split(/^(?=#{2,3} )/m)) {
    let nodes = sectionCache.get(section);
    if (!nodes) {
      const file = new VFile(section);
      const tree = parser.runSync(parser.parse(file), file) as Root;
      tree.children.forEach((n) => settle(n as never));
      nodes = tree.children;
      if (sectionCache.size >= sectionCacheLimit) sectionCache.clear();
      sectionCache.set(section, nodes);
    }
    parts.push({ source: section, start: children.length, end: children.length + nodes.length });
    children.push(...nodes);
  }
  return { tree: { type: 'root', children }, parts };
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
