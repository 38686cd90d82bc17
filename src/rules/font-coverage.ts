import { join } from '../load/pointer.js';
import { codePointLabel, invisibleCharacter } from '../text/characters.js';
import { capitalize } from '../validate/describe.js';
import { firstUnshowable, pdfTypeface } from '../writers/pdf/coverage.js';
import { defineRule } from './types.js';

/** Every string of the input, with its pointer. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], join(path, i));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, join(path, k));
}

/**
 * The first character of a text the PDF cannot show, leaving out the invisible ones: those are
 * refused by invisible-characters, with their names, whatever the format.
 */
function firstToReport(text: string): { codePoint: number } | undefined {
  let rest = text;
  for (let found = firstUnshowable(rest); found; found = firstUnshowable(rest)) {
    if (!invisibleCharacter(found.codePoint)) return found;
    rest = rest.slice(found.index + (found.codePoint > 0xffff ? 2 : 1));
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'font-coverage',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'When a PDF is written, every character of the statement is one its font can show (Latin, Greek and Cyrillic letters; not Chinese, Japanese, Arabic, Hebrew or emoji).',
    rationale:
      'The PDF is set in Source Sans 3, which has the letters of the Latin, Greek and Cyrillic alphabets but no Chinese or Japanese characters, no Arabic or Hebrew letters and no emoji. A character the font cannot show would be left blank in the PDF, which still declares itself accessible (PDF/UA) and archivable (PDF/A): a name or sentence would silently lose letters in the version people receive. So a statement built to PDF (as it is by default, and as `check` assumes) may hold only characters the font can show; the Markdown and HTML outputs, shown with the reader\'s own fonts, have no such limit (`build --to md,html`).',
    examples: {
      good: 'controller:\n  name: Harmony Verzekeringen',
      bad: 'controller:\n  name: Harmony 保险   # Chinese characters: blank in the PDF',
    },
  },
  check(ctx) {
    if (ctx.formats && !ctx.formats.includes('pdf')) return;
    for (const [text, path] of strings(ctx.input, '')) {
      const found = firstToReport(text);
      if (!found) continue;
      const character = String.fromCodePoint(found.codePoint);
      ctx.report({
        path,
        message: ctx.message('rule.font-coverage.missing', { field: capitalize(ctx.describe(path)), character, code: codePointLabel(found.codePoint), font: pdfTypeface }),
      });
    }
  },
});
