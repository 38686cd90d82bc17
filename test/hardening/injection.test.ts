import { parse as parseYaml, stringify } from 'yaml';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { join } from '../../src/load/pointer.js';
import { defs, isPlainTextField, resolve, rootSchema, type SchemaNode } from '../../src/validate/schema-index.js';
import { read } from '../helpers.js';
import { parse as parse5 } from 'parse5';
import { activeContent } from './inert.js';
import { payloads } from './payloads.js';

type Kind = 'markdown' | 'plain';
interface Field {
  path: string;
  kind: Kind;
  /** The schema's length limit, when there is one below the texts' general limit. */
  maxLength?: number;
  set(root: unknown, payload: string): void;
}

const base = parseYaml(read('test/fixtures/full.yaml')) as Record<string, unknown>;
const locales = ['en', 'nl'];

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/**
 * Every field of the full fixture that holds free text: prose (Markdown), names and titles
 * (plain text), list items, and plain strings such as street names. Found from the schema, so
 * that a new field is covered without changing this test.
 */
function freeTextFields(): Field[] {
  const fields: Field[] = [];
  const walk = (value: unknown, node: SchemaNode | undefined, path: (string | number)[], key: string): void => {
    if (!node) return;
    const ptr = join('', ...path);
    if (node === defs.localizedText) {
      const kind: Kind = isPlainTextField(key) ? 'plain' : 'markdown';
      fields.push({ path: ptr, kind, set: (root, p) => setAt(root, path, typeof value === 'string' ? p : Object.fromEntries(locales.map((l) => [l, `${p} (${l})`]))) });
      return;
    }
    if (node === defs.localizedName) {
      // A name that may be written per language (legal name, street, city): plain text.
      fields.push({ path: ptr, kind: 'plain', ...(typeof node.maxLength === 'number' ? { maxLength: node.maxLength } : {}), set: (root, p) => setAt(root, path, typeof value === 'string' ? p : Object.fromEntries(locales.map((l) => [l, `${p} (${l})`]))) });
      return;
    }
    if (node === defs.localizedList) {
      fields.push({ path: ptr, kind: 'plain', set: (root, p) => setAt(root, path, Object.fromEntries(locales.map((l) => [l, [p, 'ok']]))) });
      return;
    }
    if (typeof value === 'string' && node.type === 'string' && !node.pattern && !node.enum && !('const' in node)) {
      fields.push({ path: ptr, kind: 'plain', ...(typeof node.maxLength === 'number' ? { maxLength: node.maxLength } : {}), set: (root, p) => setAt(root, path, p) });
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, resolve(node.items), [...path, i], key));
    else if (value && typeof value === 'object' && node.properties) {
      for (const [k, v] of Object.entries(value)) walk(v, resolve(node.properties[k]), [...path, k], k);
    }
  };
  walk(base, resolve(rootSchema), [], '');
  return fields;
}

const fields = freeTextFields();

/**
 * `npm test` puts every fourth payload into the fields (each kind of attack is represented);
 * `npm run test:slow` puts all of them.
 */
const slow = process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1';
const chosen = slow ? payloads : payloads.filter((_, i) => i % 4 === 0);

function textOf(html: string): string {
  const out: string[] = [];
  const visit = (node: { nodeName: string; value?: string; childNodes?: unknown[] }): void => {
    if (node.nodeName === '#text') out.push(node.value ?? '');
    for (const c of node.childNodes ?? []) visit(c as never);
  };
  visit(parse5(html) as never);
  return out.join('').replace(/\s+/g, ' ');
}

/** Whether Markdown, read back by a Markdown parser, contains anything that is not text. */
function activeMarkdown(md: string): string[] {
  const tree = unified().use(remarkParse).parse(md) as Root;
  const problems: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') problems.push(`raw HTML ${JSON.stringify(node.value.slice(0, 30))}`);
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'definition' || node.type === 'code') problems.push(node.type);
    if (node.type === 'link' && !/^(?:https?:|mailto:|#[a-z0-9-]+$)/i.test(node.url)) problems.push(`link to ${node.url}`);
    if ('children' in node) node.children.forEach((c) => visit(c as Nodes));
  };
  visit(tree);
  return problems;
}

describe('injection: markup in the input never becomes active in the output', () => {
  it('finds the free-text fields of every kind', () => {
    expect(fields.filter((f) => f.kind === 'markdown').length).toBeGreaterThan(25);
    expect(fields.filter((f) => f.kind === 'plain').length).toBeGreaterThan(20);
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['/controller/name', '/purposes/0/name', '/purposes/0/description', '/recipients/1/name', '/controller/address/street', '/dataCategories/0/examples']));
  });

  const rendered = { plain: 0, markdown: 0 };
  for (const kind of ['plain', 'markdown'] as const) {
    it.each(chosen)(`${kind} fields: %j`, async (payload) => {
      const root = structuredClone(base);
      // A payload longer than a field's limit (postal codes: 20) is rejected for its length.
      const changed = fields.filter((f) => f.kind === kind && (f.maxLength ?? Infinity) >= payload.length);
      for (const f of changed) f.set(root, payload);
      // `npm test` renders the English (the Dutch goes through the same code); the slow tier both.
      const result = await compile(stringify(root), { file: 'injected.yaml', formats: ['md', 'html'], ...(slow ? {} : { locales: ['en' as const] }) });
      // Names and titles accept any visible characters: they are always rendered, as text.
      if (kind === 'plain') expect(result.diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'invisible-characters')).toEqual([]);
      if (result.errorCount > 0) {
        // Rejected: every error is at a field the payload went into.
        // …and by the rules that guard texts, not by an accident elsewhere.
        for (const d of result.diagnostics.filter((x) => x.severity === 'error')) {
          expect(changed.some((f) => d.path === f.path || d.path.startsWith(f.path + '/')), `${d.rule} at ${d.path}: ${d.message}`).toBe(true);
          expect(['markdown-restricted', 'invisible-characters', 'invalid-size'], `${d.rule} at ${d.path}: ${d.message}`).toContain(d.rule);
        }
        return;
      }
      rendered[kind]++;
      expect(result.outputs).toHaveLength(slow ? 4 : 2);
      if (kind === 'plain' && !/[\u0000-\u001f\ufeff\u202e]/.test(payload)) {
        // The payload is there, visibly, as text.
        const html = result.outputs.find((o) => o.format === 'html')!.content as string;
        expect(textOf(html)).toContain(`${payload.replace(/\s+/g, ' ')} (en)`.replace(/\s+/g, ' '));
      }
      for (const o of result.outputs) {
        const content = o.content as string;
        if (o.format === 'html') expect(activeContent(content), o.fileName).toEqual([]);
        else expect(activeMarkdown(content), o.fileName).toEqual([]);
      }
    });
  }

  it('renders most payloads as inert text rather than refusing them (runs after the cases above)', () => {
    expect(rendered.plain).toBeGreaterThan(chosen.length / 2);
    expect(rendered.markdown).toBeGreaterThan(slow ? 5 : 2);
  });
});
