import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/compile.js';
import { resolveStatement } from '../src/model/statement.js';
import { pieces, renderDocument } from '../src/render/document.js';
import { parseSimplePiece } from '../src/render/fast-markdown.js';
import { remarkHeadingIds } from '../src/render/heading-ids.js';
import { generateCorpus } from './bench/corpus.mjs';
import { examples, read, root } from './helpers.js';

const micromark = unified().use(remarkParse).use(remarkHeadingIds);

/** What parsePiece would get from micromark: the nodes without positions, as JSON (keys in order). */
function slow(markdown: string): string {
  const file = new VFile(markdown);
  const tree = micromark.runSync(micromark.parse(file), file) as Root;
  return JSON.stringify(tree.children, (key, value: unknown) => (key === 'position' ? undefined : value));
}

/** The fast parse as JSON, or undefined when it leaves the text to micromark. */
function fast(markdown: string): string | undefined {
  const nodes = parseSimplePiece(markdown);
  return nodes && JSON.stringify(nodes);
}

describe('the templates\' Markdown parsed without micromark', () => {
  it('gives micromark\'s nodes, key for key, for every piece of the examples and of benchmark statements', () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-fast-md-'));
    generateCorpus(root, dir, 9);
    const sources = [...Object.values(examples).map((p) => read(p)), ...readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'))];
    const seen = new Set<string>();
    let parsed = 0;
    for (const source of sources) {
      const analysis = analyze(source);
      const model = resolveStatement(analysis.input!);
      for (const locale of analysis.input!.statement.locales) {
        for (const part of renderDocument(model, locale).parts) {
          for (const { text } of pieces(part.source)) {
            if (seen.has(text)) continue;
            seen.add(text);
            const nodes = fast(text);
            if (nodes === undefined) continue;
            parsed++;
            expect(nodes, JSON.stringify(text)).toBe(slow(text));
          }
        }
      }
    }
    // Most of what the templates write takes the fast path: headings, paragraphs, labelled
    // items, items with paragraphs and nested lists, addresses with hard breaks.
    expect(seen.size).toBeGreaterThan(1000);
    expect(parsed / seen.size).toBeGreaterThan(0.8);
  });

  it('for the forms it knows, with the details micromark has rules for', () => {
    const cases: [string, boolean][] = [
      ['Plain text.\n\n', true],
      ['# Title\n\n', true],
      ['### 6. Keeping your file {#purpose-file}\n\n', true],
      ['## Title  {#a-b}\n', true],
      ['## {#only-marker}\n', true],
      ['## Escaped \\{#not-an-id}\n', true],
      ['## Ends with hashes ##\n', false],
      ['##No space\n', false],
      ['Name\\, address and e\\-mail \\(BSN\\) \\a\\\\ b\n', true],
      ['**Company B\\.V\\.**\\\nStreet 1\\\n3511 AA Utrecht\\\nNetherlands\n\n', true],
      ['Line one\nline two **strong**\nline three\n', true],
      ['Ends with a backslash\\\n', false],
      ['Escaped backslash at the end\\\\\nnext\n', true],
      ['Trailing spaces  \nnext\n', false],
      ['See [Your right to object](#objection).\n', true],
      ['Opt out with [the tool](<https://tools.example/opt out>).\n', true],
      ['A link [with **strong**](#x).\n', false],
      ['An image ![alt](x.png).\n', false],
      ['Brackets [not a link] here.\n', false],
      ['A reference [x][y].\n', false],
      ['*Brand · Last amended on 10 July 2020*\n\n', true],
      ['**Contact details**:\n\n', true],
      ['**[Google](#recipient-google)** (United States): adequate.\n', true],
      ['**a**b and **a** **b**\n', true],
      ['**a** *b* and *c*d\n', true],
      ['*a*b*\n', false],
      ['**a*\n', false],
      ['**a\\***\n', false],
      ['** a**\n', false],
      ['**a **\n', false],
      ['x**a**\n', false],
      ['(**a**) and (*b*)\n', true],
      ['**(a)**\n', false],
      ['Under_scores\n', false],
      ['Code `x`\n', false],
      ['An <b>tag</b>\n', false],
      ['An &amp; entity\n', false],
      ['Tildes ~~x~~, pipes | and www.example.com stay text\n', true],
      ['- **Label**: text.\n', true],
      ['- one\n- two\n- three\n\n', true],
      ['- **Health data**\n\n  First paragraph.\n\n  **Obligation**: second.\n\n\n', true],
      ['- **Data** (for [Purpose](#purpose-a))\n  - **Period**: 4 weeks.\n  - **Starts**: at the end.\n\n', true],
      ['- a\n  - b\n    - c\n', false],
      ['- a\n\n- b\n', false],
      ['- a\n\n  - b\n', false],
      ['- a\n\n   b\n', false],
      ['- a\nlazy\n', false],
      ['-  two spaces\n', false],
      ['- 1. ordered inside\n', false],
      ['- # heading inside\n', false],
      ['- [ ] task\n', false],
      ['1. ordered\n', false],
      ['Text\n1. list interrupting\n', false],
      ['Text\n---\n', false],
      ['Text\n===\n', false],
      ['> quote\n', false],
      ['    code\n', false],
      ['* star item\n', false],
      ['***\n', false],
      ['Tab\there\n', false],
    ];
    for (const [markdown, known] of cases) {
      const nodes = fast(markdown);
      expect(nodes !== undefined, `${JSON.stringify(markdown)} taken by the fast path`).toBe(known);
      if (nodes !== undefined) expect(nodes, JSON.stringify(markdown)).toBe(slow(markdown));
    }
  });

  it('gives micromark\'s nodes for texts made of Markdown\'s special characters, or leaves them to it', () => {
    // Deterministic: a small linear congruential generator.
    let seed = 20261122;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const atoms = ['a', 'é', '1', ' ', '  ', '*', '**', '_', '[', ']', '(', ')', '[a](#b)', '[a](<c d>)', '\\', '\\*', '\\\\', '!', '#', '# ', '{#x}', ' {#y}', '-', '- ', '  - ', '1.', ':', '.', '<', '&', '`', '\n', '\n\n', '\n  ', '~', '=', '\u00a0'];
    let parsed = 0;
    for (let n = 0; n < 20_000; n++) {
      let markdown = '';
      const length = 1 + random(12);
      for (let k = 0; k < length; k++) markdown += atoms[random(atoms.length)];
      const nodes = fast(markdown);
      if (nodes === undefined) continue;
      parsed++;
      expect(nodes, JSON.stringify(markdown)).toBe(slow(markdown));
    }
    expect(parsed).toBeGreaterThan(1000);
  });
});
