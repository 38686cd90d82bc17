import type { Heading, Root } from 'mdast';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown as toMdast, type Options } from 'mdast-util-to-markdown';
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

/**
 * Markdown that MDX (Docusaurus, Next.js, Astro) compiles as it reads: `{` and `<` in the text are
 * escaped, so that nothing in it is taken for an expression or a component (MDX's own
 * serializer, mdast-util-mdx, knows which), and each section's anchor is an empty `<a id>`
 * element at the end of its heading instead of `{#id}`, which MDX would try to run as code.
 */
const mdxOptions: Options = {
  ...options,
  extensions: [mdxToMarkdown()],
  // A line that starts with `import` or `export` is JavaScript to MDX: its first letter is written
  // as a character reference, which MDX reads as the letter.
  unsafe: [
    { atBreak: true, character: 'i', after: 'mport\\b' },
    { atBreak: true, character: 'e', after: 'xport\\b' },
  ],
  handlers: {
    heading(node: Heading, parent, state, info) {
      const id = headingId(node);
      if (!id) return defaultHandlers.heading(node, parent, state, info);
      const anchor = { type: 'mdxJsxTextElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [] };
      return defaultHandlers.heading({ ...node, children: [...node.children, { type: 'text', value: ' ' }, anchor as never] }, parent, state, info);
    },
  },
};

export function toMdx(tree: Root): string {
  return toMdast(tree, mdxOptions);
}

export const writeMarkdown: Writer<string> = ({ document, options: writerOptions }) => (writerOptions.markdown === 'mdx' ? toMdx(document.tree) : toMarkdown(document.tree));
