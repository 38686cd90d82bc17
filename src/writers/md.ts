import type { Heading, Root } from 'mdast';
import { defaultHandlers, type Options } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { headingId } from '../render/heading-ids.js';
import type { Writer } from './types.js';

const options: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
  handlers: {
    // Keep section anchors in the Markdown as `{#id}`, as pandoc, Hugo and Docusaurus read them.
    heading(node: Heading, parent, state, info) {
      const text = defaultHandlers.heading(node, parent, state, info);
      const id = headingId(node);
      return id ? `${text} {#${id}}` : text;
    },
  },
};

const processor = unified().use(remarkStringify, options);

/** The canonical Markdown of a statement. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

/** Canonical Markdown of parts of statements, by the text they were parsed from. */
const partCache = new Map<string, string>();

/**
 * The statement part by part: each part begins with a heading, which is always preceded by a
 * blank line, so joining the parts gives exactly the Markdown of the whole tree. Parts that
 * recur (in a batch of one group's statements, or in watch mode) are printed once.
 */
export const writeMarkdown: Writer = (doc) => {
  const out: string[] = [];
  for (const part of doc.parts) {
    let md = partCache.get(part.source);
    if (md === undefined) {
      md = toMarkdown({ type: 'root', children: doc.tree.children.slice(part.start, part.end) }).trimEnd();
      if (partCache.size >= 4000) partCache.clear();
      partCache.set(part.source, md);
    }
    if (md !== '') out.push(md);
  }
  return out.join('\n\n') + '\n';
};
