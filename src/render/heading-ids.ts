import type { Heading, Root, Text } from 'mdast';
import type { VFile } from 'vfile';

/** A heading's `{#id}` at the end of its line (see remarkHeadingIds). */
const headingIdMarker = /[ \t]+\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}[ \t]*$/;

/**
 * Templates end headings with `{#id}`. This moves the id into the tree (`data.id` and the HTML
 * `id`), and strips it from the text. Only a marker written unescaped in the source counts, so
 * text from the input — escaped by the view builder — can never set an id.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      const m = headingIdMarker.exec(source.slice(start, end));
      const last = node.children[node.children.length - 1];
      if (!m || last?.type !== 'text') continue;
      const text = last as Text;
      text.value = text.value.replace(headingIdMarker, '');
      setId(node, m[1]!);
    }
  };
}

function setId(node: Heading, id: string): void {
  node.data = { ...node.data, id, hProperties: { ...(node.data?.hProperties ?? {}), id } } as Heading['data'];
}

export function headingId(node: Heading): string | undefined {
  return (node.data as { id?: string } | undefined)?.id;
}
