import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { harmony, minimal } from '../helpers.js';
import { payloads } from './payloads.js';

/** Keys that have meaning to JavaScript objects, and other odd keys. */
const nastyKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', '\u0000', '$ref', 'nl', 'fr', 'en', 'id', 'format'];

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.constantFrom(...payloads) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\r\n', 'x'.repeat(25_000), 'é'.repeat(5000), '\ud800', 'P7Y', '2022-02-30', 'NL', 'UK', 'contact', 'privacy@example.nl', 'https://example.com') },
);

const leaf = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(...nastyKeys));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...nastyKeys)), tie('v'), { maxKeys: 4 })),
})).v;

type Path = (string | number)[];

function paths(node: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) paths(v, [...prefix, k], out);
  return out;
}

function parentOf(root: unknown, path: Path): { parent: Record<string | number, unknown> | undefined; key: string | number | undefined } {
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) node = node[path[i]!] as Record<string | number, unknown>;
  return { parent: path.length ? node : undefined, key: path[path.length - 1] };
}

type Mutation = { kind: 'set' | 'delete' | 'add-key' | 'nest' | 'duplicate'; pick: number; value: unknown; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'add-key', 'nest', 'duplicate'),
  pick: fc.nat(),
  value,
  key: fc.oneof(fc.constantFrom(...nastyKeys), fc.string({ maxLength: 10 })),
});

function mutate(root: unknown, m: Mutation): void {
  const all = paths(root).filter((p) => p.length > 0);
  if (all.length === 0) return;
  const path = all[m.pick % all.length]!;
  const { parent, key } = parentOf(root, path);
  if (!parent || key === undefined) return;
  const target = parent[key];
  switch (m.kind) {
    case 'set':
      parent[key] = m.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'add-key':
      if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      break;
    case 'nest': {
      let v: unknown = target;
      for (let i = 0; i < (m.pick % 40) + 1; i++) v = m.pick % 2 ? [v] : { x: v };
      parent[key] = v;
      break;
    }
    case 'duplicate':
      if (Array.isArray(target) && target.length > 0) target.push(...Array(Math.min(300, (m.pick % 300) + 1)).fill(target[0]));
      break;
  }
}

const bases = { minimal: parse(minimal()) as unknown, harmony: parse(harmony()) as unknown };

/** A structurally mutated statement, written as YAML or JSON. */
export const mutatedStatement: fc.Arbitrary<string> = fc
  .record({ base: fc.constantFrom<'minimal' | 'harmony'>('minimal', 'minimal', 'minimal', 'harmony'), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }), json: fc.boolean() })
  .map(({ base, mutations, json }) => {
    const root = structuredClone(bases[base]);
    for (const m of mutations) mutate(root, m);
    try {
      return json ? JSON.stringify(root, null, 1) : stringify(root, { aliasDuplicateObjects: false, lineWidth: 0 });
    } catch {
      return JSON.stringify(root);
    }
  });

/** Text-level damage: truncation, garbage, tabs, BOMs, CRLF, anchors and aliases. */
export const damagedText: fc.Arbitrary<string> = fc.oneof(
  fc.record({ cut: fc.nat(), base: fc.constantFrom(minimal(), harmony()) }).map(({ cut, base }) => base.slice(0, cut % (base.length + 1))),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.record({ at: fc.nat(), insert: fc.constantFrom('\t', '\ufeff', '\r', '\r\n', '\u0000', ': ', '- ', '&a ', '*a ', '!!binary ', '{', '[', '"', "'", '|', '>', '%YAML 1.1\n---\n', '\n---\n', '? ', '<<: *a\n'), base: fc.constantFrom(minimal(), harmony()) }).map(
    ({ at, insert, base }) => {
      const i = at % (base.length + 1);
      return base.slice(0, i) + insert + base.slice(i);
    },
  ),
  fc.record({ width: fc.integer({ min: 1, max: 12 }), levels: fc.integer({ min: 1, max: 12 }) }).map(({ width, levels }) => {
    const lines = [`a0: &a0 [${Array(width).fill('lol').join(', ')}]`];
    for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
    return lines.join('\n');
  }),
  fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => minimal().replace('Example Verzekeringen', JSON.stringify(s))),
);

export const anySource: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: mutatedStatement }, { weight: 2, arbitrary: damagedText });
