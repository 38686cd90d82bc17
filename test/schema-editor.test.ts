import Ajv2020Module from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorKeywords } from '../build.config.mjs';
import schema from '../schemas/privacy-statement.schema.json' with { type: 'json' };
import { lib } from './helpers.js';

type Node = Record<string, unknown>;

/** Every property of the schema, in statement fields and shared definitions, with its JSON pointer. */
function properties(node: unknown, at = '', out: [string, Node][] = []): [string, Node][] {
  if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${at}/${i}`, out));
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return out;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'examples' || key === 'defaultSnippets' || key === 'default') continue;
    if (key === 'properties') for (const [name, p] of Object.entries(value as Node)) out.push([`${at}/properties/${name}`, p as Node]);
    properties(value, `${at}/${key}`, out);
  }
  return out;
}

/** Every node with allowed values. */
function enums(node: unknown, at = '', out: [string, Node][] = []): [string, Node][] {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray((node as Node).enum)) out.push([at, node as Node]);
  for (const [key, value] of Object.entries(node as Node)) if (key !== 'examples' && key !== 'defaultSnippets') enums(value, `${at}/${key}`, out);
  return out;
}

// The schema as editors and other tools read it: ajv in strict mode, told the editor keywords.
const ajv = new Ajv2020Module.default({ strict: true, allErrors: true, allowUnionTypes: true });
ajv.addVocabulary(['x-gdpr-rule', ...editorKeywords]);
ajv.addSchema(schema);
const at = (pointer: string) => ajv.getSchema(`${schema.$id}#${pointer.replace(/\$/g, '%24')}`)!;

describe('help for editors in the input schema', () => {
  const all = properties(schema);

  it('every field has a Markdown description and examples that are valid values of it', () => {
    expect(all.length).toBeGreaterThan(140);
    for (const [pointer, p] of all) {
      expect(typeof p.markdownDescription === 'string' && p.markdownDescription.length > 10, `${pointer}: markdownDescription`).toBe(true);
      expect(typeof p.description === 'string', `${pointer}: description (for messages and other tools)`).toBe(true);
      expect(Array.isArray(p.examples) && p.examples.length > 0, `${pointer}: examples`).toBe(true);
      const validate = at(pointer);
      for (const example of p.examples as unknown[]) expect(validate(example), `${pointer}: example ${JSON.stringify(example)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('every allowed value has a description of its own, in Markdown and in plain text', () => {
    const found = enums(schema);
    expect(found.length).toBeGreaterThanOrEqual(16);
    for (const [pointer, node] of found) {
      const values = node.enum as string[];
      const markdown = node.markdownEnumDescriptions as string[];
      const plain = node.enumDescriptions as string[];
      expect(markdown, `${pointer}: markdownEnumDescriptions`).toHaveLength(values.length);
      expect(plain, `${pointer}: enumDescriptions`).toHaveLength(values.length);
      expect(new Set(markdown).size, `${pointer}: one description per value`).toBe(values.length);
      for (const text of plain) expect(text, pointer).not.toMatch(/\*\*|`/);
    }
    // Spot checks that a description belongs to its value, not to its neighbour.
    const legalBasis = schema.properties.purposes.items.properties.legalBasis;
    expect(legalBasis.markdownEnumDescriptions[legalBasis.enum.indexOf('legitimate-interests')]).toContain('Art. 6(1)(f)');
    const condition = schema.properties.purposes.items.properties.specialCategoryCondition;
    expect(condition.markdownEnumDescriptions[condition.enum.indexOf('legal-claims')]).toMatch(/^\(f\) .*legal claims/);
  });

  it('the statement-level fields offer snippets that are valid once their placeholders are filled in', () => {
    const fill = (value: unknown): unknown => {
      if (typeof value === 'string') return value.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
      if (Array.isArray(value)) return value.map(fill);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
      return value;
    };
    const withSnippets = all.filter(([, p]) => p.defaultSnippets !== undefined).map(([pointer]) => pointer);
    for (const key of Object.keys(schema.properties).filter((k) => k !== '$schema')) expect(withSnippets, key).toContain(`/properties/${key}`);
    expect(schema.properties.recipients.items.properties.transfer.defaultSnippets[0]!.body).toHaveProperty('safeguard');
    const snippetNodes: [string, Node][] = [];
    (function visit(node: unknown, pointer: string): void {
      if (node === null || typeof node !== 'object') return;
      if ((node as Node).defaultSnippets) snippetNodes.push([pointer, node as Node]);
      for (const [k, v] of Object.entries(node as Node)) if (k !== 'examples' && k !== 'defaultSnippets') visit(v, `${pointer}/${k}`);
    })(schema, '');
    expect(snippetNodes.length).toBeGreaterThan(14);
    for (const [pointer, node] of snippetNodes) {
      // The YAML language server takes a list's snippet as one entry: it writes the `- ` itself,
      // and offers the same snippet where a further entry is added.
      const validate = at(node.type === 'array' ? `${pointer}/items` : pointer);
      for (const snippet of node.defaultSnippets as { label: string; body: unknown }[]) {
        expect(snippet.label, pointer).toMatch(/\w/);
        expect(validate(fill(snippet.body)), `${pointer}: snippet ${snippet.label}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('is left out of the bundle, which reads only the descriptions', () => {
    const cli = readFileSync(join(lib, 'cli.cjs'), 'utf8');
    expect(cli).toContain('The input format and its version');
    for (const keyword of [...editorKeywords, '*In the statement:*']) expect(cli, keyword).not.toContain(keyword);
  });
});
