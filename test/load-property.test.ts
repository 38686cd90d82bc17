import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, check } from '../src/compile.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { limits } from '../src/load/limits.js';
import { loadSource } from '../src/load/source.js';

/**
 * Random nestings of maps, lists, anchors and aliases, written as YAML in block and flow style:
 * reading them never throws, an alias inside its own anchor's value is always reported at the
 * alias, and everything else reads as the value the structure describes. `npm test` runs a few
 * hundred of each; FUZZ_RUNS=100000 many more.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 0) > 0 ? Number(process.env.FUZZ_RUNS) : process.env.PRIVACY_STATEMENT_SLOW_TESTS === '1' ? 2_000 : 100;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const timeout = Math.max(30_000, runs * 20);

/** Scalars as written, and the value YAML 1.2 gives them: safe in block and in flow context. */
const scalars: [string, unknown][] = [
  ['x', 'x'],
  ['hello world', 'hello world'],
  ['12', 12],
  ['0123', 123],
  ['1e3', 1000],
  ['-0.5', -0.5],
  ['true', true],
  ['~', null],
  ['null', null],
  ['no', 'no'],
  ['Yes', 'Yes'],
  ['2022-04-05', '2022-04-05'],
  ['2022-04-05 10:00', '2022-04-05 10:00'],
  ['"0123"', '0123'],
  ["'it''s'", "it's"],
  ['"a: b, [c]"', 'a: b, [c]'],
  ['"é\\t\\u00e9"', 'é\té'],
  ['!!str 12', '12'],
];
const keys = ['a', 'b', 'id', 'name', 'nl', 'x-y', '"no"', "'0123'", '"a b"', 'true'];
const keyValue = (k: string): string => (k.startsWith('"') || k.startsWith("'") ? k.slice(1, -1) : k);

type Tree =
  | { kind: 'scalar'; pick: number; anchor: boolean }
  | { kind: 'alias'; pick: number }
  | { kind: 'map'; entries: [number, Tree][]; flow: boolean; anchor: boolean }
  | { kind: 'seq'; items: Tree[]; flow: boolean; anchor: boolean };

const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('scalar' as const), pick: fc.nat(), anchor: fc.boolean() }),
    fc.record({ kind: fc.constant('alias' as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('map' as const),
      entries: fc.uniqueArray(fc.tuple(fc.nat({ max: keys.length - 1 }), tie('node')), { maxLength: 4, selector: ([k]) => k }),
      flow: fc.boolean(),
      anchor: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('seq' as const), items: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean(), anchor: fc.boolean() }),
  ),
})).node;

/**
 * Deep chains, to pass the depth limit in the file and through aliases: `a` is a chain with an
 * anchor on top, `b` another whose innermost value may be an alias to `a` (not around it, so
 * not a cycle: the value is as deep as both together).
 */
const chains = fc.record({
  a: fc.integer({ min: 0, max: limits.depth + 8 }),
  b: fc.integer({ min: 0, max: limits.depth + 8 }),
  flow: fc.boolean(),
  alias: fc.boolean(),
  inner: tree,
});

function nest(depth: number, inner: Tree, flow: boolean, anchor: boolean): Tree {
  let node = inner;
  for (let i = 0; i < depth; i++) {
    const top = anchor && i === depth - 1;
    node = i % 2 ? { kind: 'seq', items: [node], flow, anchor: top } : { kind: 'map', entries: [[i % keys.length, node]], flow: flow && i % 4 === 0, anchor: top };
  }
  return node;
}

interface Written {
  text: string;
  /** The value the text describes, unless an alias is inside its own anchor's value. */
  value?: unknown;
  cycle: boolean;
}

/** Writes a tree as YAML, and works out the value it should read as. */
function write(root: Tree): Written {
  const anchors: { name: string; open: boolean; value: unknown }[] = [];
  let cycle = false;
  const anchorFor = (yes: boolean, value: unknown) => {
    if (!yes) return undefined;
    const a = { name: `a${anchors.length + 1}`, open: true, value };
    anchors.push(a);
    return a;
  };

  type Out = { inline: string; value: unknown } | { lines: string[]; props: string; value: unknown };
  const emit = (node: Tree, indent: number, flow: boolean): Out => {
    const pad = ' '.repeat(indent);
    switch (node.kind) {
      case 'scalar': {
        const [text, value] = scalars[node.pick % scalars.length]!;
        const a = anchorFor(node.anchor, value);
        if (a) a.open = false;
        return { inline: (a ? `&${a.name} ` : '') + text, value };
      }
      case 'alias': {
        if (anchors.length === 0) return { inline: 'x', value: 'x' };
        const a = anchors[node.pick % anchors.length]!;
        cycle ||= a.open;
        return { inline: `*${a.name}`, value: a.value };
      }
      case 'map': {
        const value: Record<string, unknown> = {};
        const a = anchorFor(node.anchor, value);
        const props = a ? `&${a.name} ` : '';
        const parts = node.entries.map(([k, child]) => [keys[k]!, emit(child, indent + 2, flow || node.flow)] as const);
        if (a) a.open = false;
        for (const [k, out] of parts) value[keyValue(k)] = out.value;
        if (flow || node.flow || parts.length === 0) return { inline: props + '{' + parts.map(([k, out]) => `${k}: ${(out as { inline: string }).inline}`).join(', ') + '}', value };
        const lines = parts.flatMap(([k, out]) => ('inline' in out ? [`${pad}${k}: ${out.inline}`] : [`${pad}${k}:${out.props ? ' ' + out.props.trim() : ''}`, ...out.lines]));
        return { lines, props, value };
      }
      case 'seq': {
        const value: unknown[] = [];
        const a = anchorFor(node.anchor, value);
        const props = a ? `&${a.name} ` : '';
        const parts = node.items.map((child) => emit(child, indent + 2, flow || node.flow));
        if (a) a.open = false;
        for (const out of parts) value.push(out.value);
        if (flow || node.flow || parts.length === 0) return { inline: props + '[' + parts.map((out) => (out as { inline: string }).inline).join(', ') + ']', value };
        const lines = parts.flatMap((out) => ('inline' in out ? [`${pad}- ${out.inline}`] : [`${pad}-${out.props ? ' ' + out.props.trim() : ''}`, ...out.lines]));
        return { lines, props, value };
      }
    }
  };
  // Indented by two below its key or dash: the block's own lines start at `indent`.
  const top = emit(root, 0, false);
  const text = 'inline' in top ? `${top.inline}\n` : `${top.props ? top.props.trim() + '\n' : ''}${top.lines.join('\n')}\n`;
  return cycle ? { text, cycle } : { text, value: top.value, cycle };
}

/** Maps and lists nested, counting each alias's value where it is repeated. */
function depthOf(value: unknown, seen = 0): number {
  if (value === null || typeof value !== 'object') return seen;
  const children = Object.values(value as object);
  return Math.max(seen + 1, ...children.map((c) => depthOf(c, seen + 1)));
}

function wellFormed(d: Diagnostic): void {
  expect(d.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(['error', 'warning']).toContain(d.severity);
  expect(d.message.length).toBeGreaterThan(10);
  expect(d.message).not.toMatch(/call stack|undefined|\[object /i);
  expect(d.path === '' || d.path.startsWith('/')).toBe(true);
  if (d.line !== undefined) expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
  if (d.column !== undefined) expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
}

/** How the cases came out: each kind must occur, or the generator has stopped making it. */
const outcomes = { cycle: 0, deep: 0, aliasLimit: 0, read: 0, aliased: 0 };

function checkWritten({ text, value, cycle }: Written): void {
  const loaded = loadSource(text, 'p.yaml');
  loaded.diagnostics.forEach(wellFormed);
  const rules = loaded.diagnostics.map((d) => d.rule);
  // What the writer writes is YAML: never a syntax error, never a duplicate key.
  expect(rules, text).not.toContain('syntax-error');
  expect(rules, text).not.toContain('duplicate-key');
  if (cycle) {
    expect(loaded.value).toBeUndefined();
    expect(rules.some((r) => r === 'alias-cycle' || r === 'nesting-too-deep'), text).toBe(true);
    const d = loaded.diagnostics.find((x) => x.rule === 'alias-cycle');
    if (d) expect(text.split('\n')[d.line! - 1]!.slice(d.column! - 1), text).toMatch(/^\*a\d+/);
    outcomes.cycle++;
    return;
  }
  expect(rules, text).not.toContain('alias-cycle');
  if (depthOf(value) > limits.depth) {
    expect(rules, text).toContain('nesting-too-deep');
    outcomes.deep++;
    return;
  }
  if (rules.includes('alias-limit')) return void outcomes.aliasLimit++;
  outcomes.read++;
  if (text.includes('*a')) outcomes.aliased++;
  expect(loaded.diagnostics, text).toEqual([]);
  expect(loaded.value, text).toStrictEqual(value);
  // …and the whole pipeline takes it without throwing: diagnostics, exit 0 or 1.
  analyze(text, { file: 'p.yaml' }).diagnostics.forEach(wellFormed);
}

describe('random nestings, anchors and aliases', () => {
  it(`read as the value they describe, or are reported (${runs} trees)`, () => {
    Object.assign(outcomes, { cycle: 0, deep: 0, aliasLimit: 0, read: 0, aliased: 0 });
    fc.assert(
      fc.property(tree, (t) => checkWritten(write({ kind: 'map', entries: [[0, t]], flow: false, anchor: false }))),
      { numRuns: runs, seed },
    );
    if (process.env.FUZZ_RUNS) console.log('trees:', outcomes);
    expect(outcomes.cycle).toBeGreaterThan(0);
    expect(outcomes.aliased).toBeGreaterThan(0);
    expect(outcomes.read).toBeGreaterThan(outcomes.aliased);
  }, timeout);

  it(`…also nested deeply, in the file or through aliases (${runs} chains)`, () => {
    Object.assign(outcomes, { cycle: 0, deep: 0, aliasLimit: 0, read: 0, aliased: 0 });
    fc.assert(
      fc.property(chains, ({ a, b, flow, alias, inner }) => {
        const first = nest(a, inner, flow, true);
        const second = nest(b, alias ? { kind: 'alias', pick: 0 } : { kind: 'scalar', pick: 1, anchor: false }, !flow, false);
        checkWritten(write({ kind: 'map', entries: [[0, first], [1, second]], flow: false, anchor: false }));
      }),
      { numRuns: runs, seed },
    );
    if (process.env.FUZZ_RUNS) console.log('chains:', outcomes);
    expect(outcomes.deep).toBeGreaterThan(0);
    expect(outcomes.aliased).toBeGreaterThan(0);
  }, timeout);

  it('the writer writes what it claims: a known cycle and a known value', () => {
    const cyclic = write({ kind: 'map', entries: [[0, { kind: 'map', entries: [[1, { kind: 'alias', pick: 0 }]], flow: false, anchor: true }]], flow: false, anchor: false });
    expect(cyclic).toEqual({ text: 'a:\n  b: *a1\n'.replace('a:\n', 'a: &a1\n'), cycle: true });
    const shared = write({ kind: 'seq', items: [{ kind: 'scalar', pick: 3, anchor: true }, { kind: 'alias', pick: 0 }], flow: false, anchor: false });
    expect(shared).toEqual({ text: '- &a1 0123\n- *a1\n', value: [123, 123], cycle: false });
  });
});

describe('random objects given to check()', () => {
  const leaf = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null));
  type Plan = { shape: unknown; links: [number, number][] };
  const plan: fc.Arbitrary<Plan> = fc.record({
    shape: fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 4 }), tie('v'), { maxKeys: 4 })),
    })).v,
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
  });

  /** Puts the object at index `to` (in walk order) into the one at `from`: a cycle when `to` is around `from`. */
  function build({ shape, links }: Plan): { value: unknown; cycle: boolean } {
    const value = structuredClone({ root: shape });
    const containers: { node: Record<string, unknown>; ancestors: Set<object> }[] = [];
    const walk = (node: unknown, ancestors: Set<object>) => {
      if (node === null || typeof node !== 'object') return;
      containers.push({ node: node as Record<string, unknown>, ancestors });
      const inner = new Set(ancestors).add(node);
      for (const child of Object.values(node)) walk(child, inner);
    };
    walk(value, new Set());
    let cycle = false;
    links.forEach(([from, to], k) => {
      const a = containers[from % containers.length]!;
      const b = containers[to % containers.length]!;
      cycle ||= a.node === b.node || a.ancestors.has(b.node) || reaches(b.node, a.node);
      // A key of its own: a link must not replace an earlier one.
      if (Array.isArray(a.node)) a.node.push(b.node);
      else a.node[`link${k}`] = b.node;
    });
    return { value, cycle };
  }

  /** Whether `target` is inside `from`, following every reference (links included). */
  function reaches(from: object, target: object, seen = new Set<object>()): boolean {
    if (from === target) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    return Object.values(from).some((c) => c !== null && typeof c === 'object' && reaches(c, target, seen));
  }

  it(`never throw, and report a cycle exactly when there is one (${runs} objects)`, async () => {
    let cycles = 0;
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        const { value, cycle } = build(p);
        if (cycle) cycles++;
        const result = await check(value as object);
        result.diagnostics.forEach(wellFormed);
        expect(result.errorCount).toBeGreaterThan(0);
        expect(result.diagnostics.some((d) => d.rule === 'circular-value')).toBe(cycle);
      }),
      { numRuns: runs, seed },
    );
    expect(cycles).toBeGreaterThan(runs / 20);
    expect(cycles).toBeLessThan(runs);
  }, timeout);
});
