import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Locale } from '../../src/model/input.generated.js';
import { sentencesOf } from '../../src/render/locales.js';
import { frenchSpaces } from '../../src/render/format.js';
import { examples, read } from '../helpers.js';

/** French spaces (U+00A0 before : ; ? ! and inside « »), curly apostrophes, the English citation style. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

async function markdown(file: string, locale: Locale): Promise<string> {
  const result = await compile(read(file), { file, locales: [locale], formats: ['md'] });
  return String(result.outputs[0]!.content);
}

describe('French sentences', () => {
  for (const tag of ['fr', 'fr-BE']) {
    it(`of ${tag} put a no-break space before : ; ? ! and use curly apostrophes`, () => {
      const sentences = strings(sentencesOf(tag));
      expect(sentences.filter((s) => / [:;?!»]|« /.test(s))).toEqual([]);
      // A sign right after a word is only allowed after a placeholder or a link, never after prose.
      expect(sentences.filter((s) => /\p{L}[;?!]/u.test(s.replace(/\]\([^)]*\)|<[^>]*>|https?:\/\/\S+/g, '')))).toEqual([]);
      expect(sentences.filter((s) => s.includes("'"))).toEqual([]);
    });
  }

  it('give the input’s own French the same spaces, changing only the kind of space', () => {
    expect(frenchSpaces('nos clients : peu ; la fonction « Aide » ?')).toBe('nos clients\u00a0: peu\u00a0; la fonction «\u00a0Aide\u00a0»\u00a0?');
    expect(frenchSpaces('https://example.com/a:b')).toBe('https://example.com/a:b');
  });

  it('leave no ordinary space before : ; ? ! in a rendered statement', async () => {
    for (const file of [examples.harmony, examples.kmo]) expect((await markdown(file, 'fr')).match(/.{20} [:;?!»]/g)).toBeNull();
  });
});

describe('English', () => {
  it('cites "Article 6(1)(b) GDPR"', async () => {
    const en = await markdown(examples.harmony, 'en');
    expect(en).toContain('(Article 6(1)(b) GDPR)');
    expect(en).not.toMatch(/Art\. \d+\(\d\) GDPR|Article \d+ paragraph/);
  });
});
