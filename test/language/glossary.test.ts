import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Locale } from '../../src/model/input.generated.js';
import { localeRegistry, sentencesOf } from '../../src/render/locales.js';
import { examples, read, root } from '../helpers.js';

/**
 * locales/glossary.json: one term per concept per language. Its avoided synonyms appear in no
 * sentence of any language tag and in no rendered example; its terms are the ones the sentences
 * use; and the Belgian French sentences are the French ones with the Belgian terms.
 */
interface Term {
  use: string;
  avoid: string[];
  sentencesOnly?: boolean;
}
const glossary = JSON.parse(readFileSync(join(root, 'locales/glossary.json'), 'utf8')) as { concepts: Record<string, Record<string, Term>> };
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The entry of a concept for a tag: the tag's own, or its language's. */
function termFor(concept: Record<string, Term>, tag: string): Term | undefined {
  return concept[tag] ?? (localeRegistry[tag]?.base ? concept[localeRegistry[tag]!.base!] : undefined);
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const contains = (text: string, word: string) => text.toLowerCase().includes(word.toLowerCase());

/** Every example in every language, under the tag it is written in (Belgian examples in nl-BE / fr-BE). */
const rendered: { name: string; tag: string; text: string }[] = [];
beforeAll(async () => {
  const runs: [string, string, Record<string, string>][] = [
    ['harmony', examples.harmony, { nl: 'nl', fr: 'fr', en: 'en' }],
    ['adviseur', examples.adviseur, { nl: 'nl', en: 'en' }],
    ['kmo-verzekeringen', examples.kmo, { nl: 'nl-BE', fr: 'fr-BE' }],
  ];
  for (const [name, file, tags] of runs) {
    const result = await compile(read(file), { file, locales: Object.keys(tags) as Locale[], formats: ['md'] });
    for (const output of result.outputs) rendered.push({ name, tag: tags[(output as { locale: string }).locale]!, text: String(output.content) });
  }
  expect(rendered).toHaveLength(7);
});

describe('the glossary', () => {
  const tags = Object.keys(localeRegistry);

  it('gives each concept a term in at least one language and avoids nothing it uses', () => {
    for (const [concept, entries] of Object.entries(glossary.concepts)) {
      expect(Object.keys(entries).length, concept).toBeGreaterThan(0);
      for (const [tag, term] of Object.entries(entries)) {
        expect(tags, `${concept}: ${tag}`).toContain(tag);
        for (const word of term.avoid) expect(contains(term.use, word), `${concept} (${tag}) avoids its own term`).toBe(false);
      }
    }
  });

  for (const tag of tags) {
    it(`is followed by every sentence of ${tag}`, () => {
      const sentences = strings(sentencesOf(tag));
      for (const [concept, entries] of Object.entries(glossary.concepts)) {
        const term = termFor(entries, tag);
        if (!term) continue;
        for (const word of term.avoid) {
          expect(sentences.filter((s) => contains(s, word)), `${tag}: "${word}" (say "${term.use}" for ${concept})`).toEqual([]);
        }
      }
    });
  }

  it('is followed by every rendered example', () => {
    for (const { name, tag, text } of rendered) {
      for (const [concept, entries] of Object.entries(glossary.concepts)) {
        const term = termFor(entries, tag);
        if (!term || term.sentencesOnly) continue;
        for (const word of term.avoid) expect(contains(text, word), `${name} (${tag}): "${word}" (say "${term.use}" for ${concept})`).toBe(false);
      }
    }
  });

  it('names terms the statements use', () => {
    for (const [concept, entries] of Object.entries(glossary.concepts)) {
      for (const [tag, term] of Object.entries(entries)) {
        const used = strings(sentencesOf(tag)).some((s) => contains(s, term.use)) || rendered.some((r) => r.tag === tag && contains(r.text, term.use));
        expect(used, `${concept} (${tag}): "${term.use}" is used nowhere`).toBe(true);
      }
    }
  });

  it('makes the Belgian French sentences: the French ones with the Belgian terms, and nothing else', () => {
    const swaps = Object.values(glossary.concepts)
      .filter((c) => c.fr && c['fr-BE'] && c.fr.use !== c['fr-BE'].use)
      .map((c) => [c.fr!.use, c['fr-BE']!.use] as const);
    expect(swaps.length).toBeGreaterThan(0);
    const belgian = (s: string) => swaps.reduce((t, [from, to]) => t.split(from).join(to).split(cap(from)).join(cap(to)), s);
    const french = { ...(json('locales/fr.json') as object), lifecycle: json('locales/lifecycle/fr.json'), outputs: json('locales/outputs/fr.json'), web: json('locales/web/fr.json') };
    expect(json('locales/fr-BE.json'), 'locales/fr-BE.json is not the French sentences with the Belgian terms of locales/glossary.json').toEqual(changed(french, belgian));
  });
});

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The parts of a tree of sentences that `f` changes, as a tree (what a variant file holds). */
function changed(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value) === value ? undefined : f(value);
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && f(v) !== v) ? value.map((v) => (typeof v === 'string' ? f(v) : v)) : undefined;
  if (value && typeof value === 'object') {
    const out = Object.fromEntries(Object.entries(value).flatMap(([k, v]) => { const c = changed(v, f); return c === undefined ? [] : [[k, c]]; }));
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}
