// Deeply nested or very busy Markdown in a text (class 2): refused at the text's field with the
// depth (or count) and its line, never a stack overflow anywhere, never parsed when it is beyond
// the limits; and however deep a tree reaches the PDF layout, nothing leaves the page.
import type { List, ListItem, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import { markdownLimitProblem, markdownLimits, parseMarkdown } from '../../src/text/markdown.js';
import type { StatementDocument } from '../../src/render/document.js';
import { layoutDocument } from '../../src/writers/pdf/document.js';
import { page } from '../../src/writers/pdf/theme.js';
import { edit, lineOf, minimal, runCli } from '../helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? (process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1' ? 20_000 : 100));

/** The minimal statement with `text` as the English description of its purpose (a JSON string in YAML). */
const withText = (text: string) => edit(minimal(), 'en: We use your details to administer your policy.', `en: ${JSON.stringify(text)}`);

function refusal(text: string) {
  const source = withText(text);
  const found = analyze(source, { file: 's.yaml' }).diagnostics.filter((d) => d.severity === 'error');
  expect(found.map((d) => d.rule)).toEqual(['markdown-restricted']);
  expect(found[0]).toMatchObject({ path: '/purposes/0/description/en', line: lineOf(source, 'description: {') });
  return found[0]!.message;
}

const nestedLines = (depth: number) => Array.from({ length: depth }, (_, i) => '  '.repeat(i) + '- x').join('\n');

describe('deeply nested Markdown in a text', () => {
  it.each([
    ['5000 block quote marks', '>'.repeat(5000) + ' x', 5000, 1],
    ['5000 nested list items on one line', '- '.repeat(5000) + 'x', 5000, 1],
    ['3000 nested numbered items', '1. '.repeat(3000) + 'x', 3000, 1],
    ['quotes and lists by turns', '> - '.repeat(2000) + 'x', 4000, 1],
    ['a list nested by indentation, 120 deep', nestedLines(120), 120, 120],
  ])('%s: refused at the field, with the depth and its line', (_, text, depth, line) => {
    expect(refusal(text)).toBe(
      `\`description\` of purpose \`contract\` (\`en\`) nests lists (or block quotes) ${depth} levels deep, on line ${line} of the text; at most 6 levels are allowed. Write the deeper items as a list of their own, or as sentences. (Each \`-\`, \`*\`, \`1.\` or \`>\` at the start of a line, and each indentation under an item, goes one level deeper.)`,
    );
  });

  it('the limit exactly: 6 levels pass, 7 are refused (at the line of the seventh)', () => {
    expect(analyze(withText(nestedLines(6))).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(refusal('Intro.\n\n' + nestedLines(7))).toMatch(/nests lists \(or block quotes\) 7 levels deep, on line 9 of the text/);
    expect(refusal('- '.repeat(7) + 'x')).toMatch(/7 levels deep, on line 1/);
  });

  it('what only looks deep is not refused: numbers at the start of lines, and deep indentation of a paragraph', () => {
    const text = 'In 2018 the law changed.\n2019. 2020. 2021. 2022. 2023. 2024. 2025. were years\n' + ' '.repeat(40) + 'of change.';
    expect(analyze(withText(text)).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('too many list items, blocks or emphasis marks in one text: refused before it is parsed', () => {
    expect(refusal('- x\n'.repeat(markdownLimits.containers + 1))).toBe('`description` of purpose `contract` (`en`) has 201 list items and block quotes; at most 200 are allowed in one text. Split it into shorter texts, or write some items as sentences.');
    expect(analyze(withText('- x\n'.repeat(markdownLimits.containers))).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(refusal('x\n\n'.repeat(markdownLimits.blocks + 1))).toMatch(/^`description` of purpose `contract` \(`en`\) has 501 paragraphs, list items and block quotes; at most 500/);
    expect(refusal('*_'.repeat(3000))).toMatch(/has 6000 emphasis or strikethrough marks \(`\*`, `_`, `~`\); at most 500 are allowed in one text/);
    expect(refusal('~a'.repeat(501))).toMatch(/has 501 emphasis or strikethrough marks/);
  });

  it('is never handed to the parser, so that the rules that read words do not overflow either', () => {
    const deep = '- '.repeat(20_000 / 2 - 1) + 'x';
    expect(markdownLimitProblem(deep)).toEqual({ kind: 'depth', depth: 9999, line: 1 });
    expect(parseMarkdown(deep)).toEqual({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: deep }] }] });
    // In a field every prose rule reads (hedging words, do-not-call), and in the name of a recipient.
    const source = edit(withText(deep), 'en: Prints and sends our letters.', `en: ${JSON.stringify('>'.repeat(19_000))}`);
    expect(() => analyze(source)).not.toThrow();
  });

  it('the command line: exit 1 with the message, within the usual time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-md-'));
    writeFileSync(join(dir, 's.yaml'), withText('>'.repeat(19_000)));
    const r = await runCli(['build', 's.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/s\.yaml:\d+:\d+ +error +`description` of purpose `contract` \(`en`\) nests lists \(or block quotes\) 19000 levels deep/);
    expect(r.stderr).toBe('');
  });
});

/** A line of Markdown that opens containers: indentation, markers, then some text or none. */
const line = fc
  .record({
    indent: fc.constantFrom('', ' ', '  ', '   ', '    ', '      ', '\t', ' \t', '        '),
    markers: fc.array(fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '-\t', '>  '), { maxLength: 9 }),
    content: fc.constantFrom('x', '', '*a*', '- ', '1999. y', '    code', '***', '>x'),
  })
  .map(({ indent, markers, content }) => indent + markers.join('') + content);
const markdown = fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'));

function exactDepth(text: string): number {
  const root = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  let deepest = 0;
  const stack: [{ type: string; children?: unknown[] }, number][] = [[root, 0]];
  while (stack.length) {
    const [node, outer] = stack.pop()!;
    const depth = outer + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
    deepest = Math.max(deepest, depth);
    for (const c of (node.children ?? []) as { type: string }[]) stack.push([c, depth]);
  }
  return deepest;
}

describe('the nesting check against the parser', () => {
  it(`refuses exactly the texts nested more than ${markdownLimits.depth} deep (${runs} random texts)`, () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const problem = markdownLimitProblem(text);
        const depth = exactDepth(text);
        if (depth > markdownLimits.depth) expect(problem, JSON.stringify(text)).toBeDefined();
        if (problem?.kind === 'depth') expect(problem.depth, JSON.stringify(text)).toBe(depth);
        if (!problem) expect(parseMarkdown(text)).toEqual(fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
      }),
      { numRuns: runs },
    );
  });
});

describe('the PDF layout', () => {
  /** A document whose only content is a list nested `depth` deep, each level a numbered or bulleted item. */
  function deepList(depth: number): StatementDocument {
    let inner: List | undefined;
    for (let d = depth; d > 0; d--) {
      const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: `Level ${d}: ${'word '.repeat(30)}` }] }, ...(inner ? [inner] : [])] };
      inner = { type: 'list', ordered: d % 2 === 0, start: 998, spread: false, children: [item] };
    }
    const tree: Root = { type: 'root', children: [inner!] };
    return { statementId: 'deep', locale: 'en', language: 'en', title: 'Deep', controller: 'Deep', lastAmended: '2024-01-31', version: '000000000000', tree, outline: [], t: ((k: string) => k) as never };
  }

  it.each([7, 40, 300])('lists nested %i deep: every label and line stays within the margins', (depth) => {
    const frame = { x: page.margin.left, width: page.width - page.margin.left - page.margin.right };
    const measure = (value: string, _face: string, size: number) => value.length * size * 0.5;
    const { lines } = layoutDocument(deepList(depth), frame, measure);
    const texts = lines.flatMap((l) => l.ops).filter((o) => o.kind === 'text');
    expect(texts.length).toBeGreaterThan(depth);
    for (const op of texts) {
      expect(op.x, op.text).toBeGreaterThanOrEqual(page.margin.left);
      expect(op.x + op.width, op.text).toBeLessThanOrEqual(page.width - page.margin.right + 0.001);
    }
    // Every level's words are there, in order.
    expect(texts.filter((o) => o.text.startsWith('Level ')).map((o) => Number(/^Level (\d+)/.exec(o.text)![1]))).toEqual(Array.from({ length: depth }, (_, i) => i + 1));
  });
});
