import schema from '../../schemas/privacy-statement.schema.json' with { type: 'json' };
import { join, segments } from '../load/pointer.js';

/** Navigation in the input's JSON Schema: what the schema says about a place in the input. */
export type SchemaNode = Record<string, unknown> & {
  $ref?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  'x-gdpr-rule'?: string;
};

export const rootSchema = schema as unknown as SchemaNode;
export const defs = (rootSchema.$defs ?? {}) as Record<string, SchemaNode>;

export function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let n = node;
  for (let guard = 0; n?.$ref && guard < 10; guard++) n = defs[n.$ref.replace('#/$defs/', '')];
  return n;
}

/** The schema at an instance path: the property wrapper (with its own description) and its resolution. */
export function schemaAt(ptr: string): { wrapper?: SchemaNode; node?: SchemaNode } {
  let wrapper: SchemaNode | undefined = rootSchema;
  let node = resolve(wrapper);
  for (const seg of segments(ptr)) {
    if (!node) return {};
    if (node.properties && Object.prototype.hasOwnProperty.call(node.properties, seg)) wrapper = node.properties[seg];
    else if (node.items && /^\d+$/.test(seg)) wrapper = node.items;
    else return {};
    node = resolve(wrapper);
  }
  return wrapper ? { wrapper, ...(node ? { node } : {}) } : {};
}

export function descriptionOf(ptr: string): string | undefined {
  const { wrapper, node } = schemaAt(ptr);
  return wrapper?.description ?? node?.description;
}

/** Fields shown as plain text (names and titles): Markdown in them is rendered literally. */
export function isPlainTextField(key: string): boolean {
  return key === 'name' || key === 'title' || key === 'attention';
}

export interface LocalizedField {
  path: string;
  kind: 'text' | 'list';
  /** The field's key, e.g. `description`. */
  key: string;
  value: unknown;
}

/** Every LocalizedText and LocalizedList in a schema-valid input, in document order. */
export function localizedFields(input: unknown): LocalizedField[] {
  const out: LocalizedField[] = [];
  const visit = (value: unknown, node: SchemaNode | undefined, ptr: string, key: string): void => {
    if (!node || value === null || typeof value !== 'object' && !(typeof value === 'string')) return;
    if (node === defs.localizedText) return void out.push({ path: ptr, kind: 'text', key, value });
    if (node === defs.localizedList) return void out.push({ path: ptr, kind: 'list', key, value });
    if (Array.isArray(value)) {
      const items = resolve(node.items);
      value.forEach((item, i) => visit(item, items, join(ptr, i), key));
    } else if (typeof value === 'object' && node.properties) {
      for (const [k, v] of Object.entries(value)) visit(v, resolve(node.properties[k]), join(ptr, k), k);
    }
  };
  visit(input, resolve(rootSchema), '', '');
  return out;
}

export { segments };
