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

export const writeMarkdown: Writer<string> = ({ document }) => toMarkdown(document.tree);
