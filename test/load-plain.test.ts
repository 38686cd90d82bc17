import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { limits } from '../src/load/limits.js';
import { readPlainYaml } from '../src/load/plain-yaml.js';
import { loadSource, type Locator } from '../src/load/source.js';
import { escapeSegment } from '../src/load/pointer.js';
import { generateCorpus } from './bench/corpus.mjs';

const root = join(import.meta.dirname, '..');
const sources: [string, string][] = [
  ...readdirSync(join(root, 'examples')).map((d): [string, string] => [`examples/${d}`, readFileSync(join(root, 'examples', d, 'statement.yaml'), 'utf8')]),
  ['fixtures/full', readFileSync(join(root, 'test/fixtures/full.yaml'), 'utf8')],
  ['fixtures/minimal', readFileSync(join(root, 'test/fixtures/minimal.yaml'), 'utf8')],
];

/** Every pointer into a value: each value a reader must be able to place. */
function pointers(value: unknown, ptr = ''): string[] {
  const out = [ptr];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pointers(v, `${ptr}/${i}`)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pointers(v, `${ptr}/${escapeSegment(k)}`));
  return out;
}

function positions(locator: Locator, value: unknown): unknown[] {
  return pointers(value).map((p) => [p, locator.position(p), locator.position(p, 'key'), locator.position(p, 'value')]);
}

/**
 * The plain reader either gives up, or reads exactly what `yaml` reads: the same value (types
 * included), no error or warning from `yaml`, and the same position for every value and key.
 */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text, limits.depth);
  if (!plain) return false;
  const full = loadSource(text, 'f.yaml', { plainReader: false });
  expect(full.diagnostics, text).toEqual([]);
  expect(plain.value, text).toStrictEqual(full.value);
  const viaPlain = loadSource(text, 'f.yaml');
  expect(viaPlain.diagnostics).toEqual([]);
  expect(positions(viaPlain.locator, full.value), text).toEqual(positions(full.locator, full.value));
  return true;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const insertions = [':', ': ', '#', ' #', ' # x', '-', '- ', '"', "'", "''", '[', ']', '{', '}', ',', ', ', '>', '|', '|-', '>+', '&a ', '*a', '!', '!!str ', '~', '0', '\\', '\\"', '`', '%', '@', '?', '? ', '\t', '\r', ' ', '  ', 'x: y', '\n', '\n\n', '\n  ', '\n    x', '\n#c\n', '---\n', '...'];
const replacements = ['null', '~', 'true', 'False', '007', '-0', '1e3', '0x1F', '0o17', '.5', '5.', '.inf', '.NaN', '-', '- x', '', '""', "''", '"a\\u00e9b"', '"a\\x41"', "'it''s'", '[]', '{}', '[a, b]', '[a,b]', '[a, [b, c]]', '{ a: b }', '{a: b}', '{ a: [x] }', '[a, ]', '3001 AL', '2024-13-01', '+12', '12345678901234567890', 'a: b', 'a #b', 'a#b', 'a :b', '>-', '|', '>', '|-', '| # note', '|2', '__proto__', 'http://x.nl/a#b'];

function mutate(text: string, rnd: () => number): string {
  const lines = text.split('\n');
  const n = Math.floor(rnd() * (lines.length - 1));
  const line = lines[n]!;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  switch (Math.floor(rnd() * 8)) {
    case 0: // delete a line
      lines.splice(n, 1);
      break;
    case 1: // repeat a line
      lines.splice(n, 0, line);
      break;
    case 2: // indent or dedent it
      lines[n] = rnd() < 0.5 ? ' '.repeat(1 + Math.floor(rnd() * 4)) + line : line.replace(/^ {1,2}/, '');
      break;
    case 3: {
      // insert something anywhere in it
      const at = Math.floor(rnd() * (line.length + 1));
      lines[n] = line.slice(0, at) + pick(insertions) + line.slice(at);
      break;
    }
    case 4: {
      // replace a value
      const colon = line.indexOf(': ');
      if (colon >= 0) lines[n] = line.slice(0, colon + 2) + pick(replacements);
      else lines[n] = line.replace(/^(\s*- ).*/, `$1${pick(replacements)}`);
      break;
    }
    case 5: // split a line at a space, the rest indented like it or more
      lines.splice(n, 1, ...line.replace(/ (?=\S)/, '\n' + ' '.repeat(Math.floor(rnd() * 10))).split('\n'));
      break;
    case 6: // a blank line, with or without spaces
      lines.splice(n, 0, ' '.repeat(Math.floor(rnd() * 8)));
      break;
    default: // trailing spaces, or no final line feed
      if (rnd() < 0.8) lines[n] = line + ' '.repeat(1 + Math.floor(rnd() * 3));
      else return text.replace(/\n+$/, '');
  }
  return lines.join('\n');
}

const runs = Number(process.env.FUZZ_RUNS ?? 0) > 0 ? Math.ceil(Number(process.env.FUZZ_RUNS) / 20) : 150;

describe('the plain YAML reader', () => {
  it('reads every example and fixture, as yaml does', () => {
    for (const [name, text] of sources) expect(agrees(text), name).toBe(true);
  });

  it('reads the benchmark corpus, as yaml does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-yaml-'));
    try {
      generateCorpus(root, dir, 15);
      const files = readdirSync(dir);
      expect(files.length).toBe(15);
      for (const f of files) expect(agrees(readFileSync(join(dir, f), 'utf8')), f).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the forms a statement uses, with their values and positions', () => {
    const text = [
      'a: plain text # a comment',
      'b: "double \\"quoted\\" \\u00e9\\n"',
      "c: 'single ''quoted'''",
      'd: [x, "y, z", 3001 AL, 2024-01-31]',
      'e: { nl: Tekst, en: [a, b], fr: {} }',
      'f: >-',
      '  folded',
      '  lines',
      '',
      '  paragraph',
      'g: |',
      '  literal',
      '',
      '  lines',
      'h:',
      '- in the',
      '- same column',
      'i:',
      '  - id: x',
      '    name: y',
      '  -',
      '    id: z',
      'j: a plain text',
      '  continued on a second line',
      'k: [null, ~, true, FALSE, 42, -7]',
      'l: no-break space at the end\u00a0',
      'm: 1\u2009',
      'n: x',
      '  y\u00a0',
      '  z',
      '',
    ].join('\n');
    expect(agrees(text)).toBe(true);
    expect(readPlainYaml(text, limits.depth)!.value).toEqual({
      a: 'plain text',
      b: 'double "quoted" é\n',
      c: "single 'quoted'",
      d: ['x', 'y, z', '3001 AL', '2024-01-31'],
      e: { nl: 'Tekst', en: ['a', 'b'], fr: {} },
      f: 'folded lines\nparagraph',
      g: 'literal\n\nlines\n',
      h: ['in the', 'same column'],
      i: [{ id: 'x', name: 'y' }, { id: 'z' }],
      j: 'a plain text continued on a second line',
      k: [null, null, true, false, 42, -7],
      // YAML's white space is the space and the tab only: other spaces are text.
      l: 'no-break space at the end\u00a0',
      m: '1\u2009',
      n: 'x y\u00a0 z',
    });
  });

  it('gives up on what it does not read, and yaml reads or reports those', () => {
    for (const text of [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      'a: 0x1F\n', // numbers other than whole ones
      'a: 1.5\n',
      'a: "two\n  lines"\n', // multi-line quoted text
      'a: [x,\n  y]\n', // multi-line flow
      'a:\tb\n', // tabs
      'a: b\r\n', // carriage returns
      'a: b\na: c\n', // duplicate keys
      '---\na: b\n', // document markers
      'a: b', // no final line feed
      'a: |+\n  x\n\n', // kept line feeds
      'a: >\n  x\n    more indented\n', // more-indented folded lines
      'a:\n', // an empty value
      'a: b: c\n', // a syntax error
      '"a": b\n', // quoted keys
      'a: [-]\n', // a block list entry inside a flow list (an error)
      'a: [a, -]\n',
      'a: {b: -}\n',
    ]) {
      expect(readPlainYaml(text, limits.depth), JSON.stringify(text)).toBeUndefined();
    }
    // Such a file is still read, by yaml.
    expect(loadSource('a: &x 1\nb: *x\n').value).toEqual({ a: 1, b: 1 });
  });

  it(`agrees with yaml on ${runs * sources.length} mutated sources, or gives up`, () => {
    const rnd = random(Number(process.env.FUZZ_SEED ?? 20261122));
    let read = 0;
    let total = 0;
    for (const [, original] of sources) {
      for (let k = 0; k < runs; k++) {
        let text = original;
        for (let m = 1 + Math.floor(rnd() * 3); m > 0; m--) text = mutate(text, rnd);
        total++;
        if (agrees(text)) read++;
      }
    }
    if (process.env.FUZZ_RUNS) console.log(`plain reader: ${read} of ${total} mutated sources read, the rest given up`);
    // Both outcomes are exercised: most single mutations keep a file plain, many do not.
    expect(read).toBeGreaterThan(total * 0.2);
    expect(read).toBeLessThan(total * 0.95);
  }, 120_000);
});
