import type { Font } from 'fontkit';
import { ownCopy } from '../../text/own-copy.js';

/** Texts shaped per face before the cache starts over, for a process that lives long (build --watch). */
const limit = 50_000;

/**
 * A font that shapes each text once per process: fontkit's font, with its public `layout`
 * remembered. PDFKit takes it as it takes any font fontkit opened (`registerFont`).
 *
 * Shaping a text (kerning and ligatures, through the font's OpenType tables) is most of the work
 * of a PDF. PDFKit shapes word by word and remembers the words for one document only, while the
 * same words recur in every page, language and statement a process writes. Each call gets a run
 * of its own, as fontkit's `layout` gives (its users may change the positions, as PDFKit
 * does when it scales them): the glyphs fontkit made for the text, and copies of their
 * positions. Only the plain call is remembered (the text alone, no features or script).
 */
export function sharingShapes(font: Font): Font {
  const shaped = new Map<string, object>();
  const shared = Object.create(font) as Font;
  shared.layout = (text: string, ...options: unknown[]) => {
    if (typeof text !== 'string' || options.some((o) => o !== undefined)) return font.layout(text, ...options);
    let run = shaped.get(text);
    if (!run) {
      if (shaped.size >= limit) shaped.clear();
      run = font.layout(text) as object;
      shaped.set(ownCopy(text), run);
    }
    return copyRun(run);
  };
  return shared;
}

/** A run as fontkit made it (its class, its fields), with arrays, positions and features of its own. */
function copyRun(run: object): object {
  const { positions, glyphs, features } = run as { positions: object[]; glyphs: object[]; features?: object };
  return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as object, run, {
    glyphs: [...glyphs],
    positions: positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p)),
    features: { ...features },
  });
}
