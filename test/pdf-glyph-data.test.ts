import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { resetGlyphData } from '../src/writers/pdf/glyph-data.js';
import { examples, read } from './helpers.js';

const hash = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** The PDFs of two statements in every language, as hashes, the second after the first. */
async function pdfs(): Promise<string[]> {
  const out: string[] = [];
  for (const file of [examples.kmo, examples.harmony]) {
    const result = await compile(read(file), { file, formats: ['pdf'] });
    out.push(...result.outputs.map((o) => `${o.fileName} ${hash(o.content)}`));
  }
  return out;
}

describe('glyphs read once per process for the font subsets', () => {
  it('give the font files fontkit makes itself, whatever the documents before', async () => {
    resetGlyphData(false);
    const own = await pdfs();
    resetGlyphData(true);
    const shared = await pdfs();
    // Now every glyph comes from data read for earlier documents.
    const again = await pdfs();
    expect(own).toHaveLength(5);
    expect(shared).toEqual(own);
    expect(again).toEqual(own);
  }, 60_000);
});
