import { join } from '../load/pointer.js';
import { capitalize } from '../validate/describe.js';
import { defineRule } from './types.js';

/**
 * Control characters, and the characters that reverse or isolate the direction of text
 * (the "Trojan Source" characters), which make a text show something else than it says.
 */
const invisible = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** The characters that override or isolate the direction of text. */
const direction = /[\u202A-\u202E\u2066-\u2069]/u;

function codePoint(c: string): string {
  return 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

export default defineRule({
  meta: {
    id: 'invisible-characters',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Texts and names hold no control characters and no characters that reverse the direction of text.',
    rationale:
      'A statement must be intelligible and say what it appears to say (Art. 12(1)). Control characters, often pasted in from other documents, are invisible or show as boxes; the characters that override or isolate the direction of text (U+202A–U+202E, U+2066–U+2069) can make a sentence display differently from what it contains. Such characters have no place in a privacy statement, so the compiler refuses them where they occur.',
    examples: {
      good: 'controller:\n  name: Harmony',
      bad: 'controller:\n  name: "Harmony\\u202E"   # a right-to-left override',
    },
  },
  check(ctx) {
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        const m = invisible.exec(value);
        if (m) {
          ctx.report({
            path,
            message: ctx.message(direction.test(m[0]) ? 'rule.invisible-characters.direction' : m[0] === '\uFEFF' ? 'rule.invisible-characters.no-break-space' : 'rule.invisible-characters.control', { field: capitalize(ctx.describe(path)), character: codePoint(m[0]) }),
          });
        }
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, join(path, i)));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, join(path, k));
    };
    visit(ctx.input, '');
  },
});
