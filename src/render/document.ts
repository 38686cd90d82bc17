import type { Heading, Root } from 'mdast';
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
  /**
   * The BCP 47 tag of the text, for `lang` in HTML and PDF: the locale, or the variant the
   * jurisdiction writes it in (`nl-BE` under the Belgian authority). File names keep `locale`.
   */
  language: string;
  /** The statement's title as plain text. */
  title: string;
  controller: string;
  /** ISO date, also used as the PDF's creation date so that output never depends on the clock. */
  lastAmended: string;
  /** The statement's version id (see lifecycle/version.ts), in the HTML head and the PDF's metadata. */
  version: string;
  tree: Root;
  /** The `h2` sections in order, for tables of contents and PDF outlines. */
  outline: { id: string; title: string; children: { id: string; title: string }[] }[];
  /** Localized fixed strings writers need ("Contents", "Page 1 of 3"). */
  t: Translate;
}

// CommonMark only: the templates need nothing more, and the input's texts are checked (with
// GitHub's extensions, so that tables and the like are reported) before they get here.
const parser = unified().use(remarkParse).use(remarkHeadingIds);

/** The statement's Markdown as one tree, with the templates' heading ids moved into it. */
export function parseStatementMarkdown(markdown: string): Root {
  const file = new VFile(markdown);
  return parser.runSync(parser.parse(file), file) as Root;
}

/**
 * The sentences of a statement in one of its languages, in the variant its jurisdiction writes
 * (`nl-BE` for a Dutch statement under the GBA): for the document and for every data output.
 */
export function translatorOf(model: ResolvedStatement, locale: Locale): Translate {
  return translator(model.jurisdiction.languages[locale].tag);
}

export function renderDocument(model: ResolvedStatement, locale: Locale): StatementDocument {
  const { tag } = model.jurisdiction.languages[locale];
  const t = translatorOf(model, locale);
  const view = buildView(model, locale, t);
  const tree = parseStatementMarkdown(renderMarkdownText(view, t));
  return {
    statementId: model.input.statement.id,
    locale,
    language: tag,
    title: view.plainTitle,
    controller: model.input.controller.name,
    lastAmended: model.input.statement.lastAmended,
    version: model.version,
    tree,
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
