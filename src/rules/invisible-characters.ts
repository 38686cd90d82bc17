import { join } from '../load/pointer.js';
import { codePointLabel, findInvisible, type InvisibleKind } from '../text/characters.js';
import type { MessageId, Say } from '../messages/index.js';
import { capitalize } from '../validate/describe.js';
import { defineRule } from './types.js';

/** What each kind of character does to a reader, for the message. */
const effect: Record<InvisibleKind, MessageId> = {
  control: 'rule.invisible-characters.effect.control',
  direction: 'rule.invisible-characters.effect.direction',
  format: 'rule.invisible-characters.effect.format',
  separator: 'rule.invisible-characters.effect.separator',
  tag: 'rule.invisible-characters.effect.tag',
  blank: 'rule.invisible-characters.effect.blank',
  'not-a-character': 'rule.invisible-characters.effect.not-a-character',
};

/** The words just before a place in a text, to help find it. */
function before(say: Say, text: string, index: number): string {
  const start = Math.max(0, index - 24);
  const words = text.slice(start, index).replace(/\s+/g, ' ').replace(/`/g, "'");
  return words.trim() === '' ? say('rule.invisible-characters.at-start') : say('rule.invisible-characters.after', { words: `${start > 0 ? '…' : ''}${words}` });
}

export default defineRule({
  meta: {
    id: 'invisible-characters',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Texts, names and ids hold no invisible characters: no control characters, zero-width or direction characters, tags or blanks that are not spaces.',
    rationale:
      'A statement must be intelligible and say what it appears to say (Art. 12(1)). Control characters (C0 and C1), often pasted in from other documents, are invisible or show as boxes; zero-width characters (U+200B–U+200D, U+2060), direction marks and overrides (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), tag characters (U+E0000–U+E007F) and interlinear annotations (U+FFF9–U+FFFB) cannot be seen, yet can hide words from a reviewer, split a word so that a search misses it, or make a sentence display differently from what it contains; U+2028 and U+2029 are line breaks that many programs do not show. Such characters have no place in a privacy statement, so the compiler refuses them where they occur, naming each one. No-break spaces (which French puts before `:` and inside « »), the soft hyphen, tabs and line breaks are fine.',
    examples: {
      good: 'controller:\n  name: Harmony',
      bad: 'controller:\n  name: "Har\\u200Bmony"   # a zero-width space',
    },
  },
  check(ctx) {
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        const found = findInvisible(value);
        const first = found[0];
        if (!first) return;
        const others = new Set(found.slice(1).map((f) => f.codePoint).filter((cp) => cp !== first.codePoint)).size;
        const also = found.length > 1 ? ` ${ctx.say('rule.invisible-characters.more', { count: found.length - 1 })}${others > 0 ? ctx.say('rule.invisible-characters.other-kinds', { count: others }) : ''}.` : '';
        const { name, kind } = first.character;
        ctx.report({
          path,
          message: ctx.message('rule.invisible-characters.found', { field: capitalize(ctx.describe(path)), where: before(ctx.say, value, first.index), character: `${codePointLabel(first.codePoint)} ${name}`, effect: ctx.say(effect[kind]), also }),
        });
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, join(path, i)));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, join(path, k));
    };
    visit(ctx.input, '');
  },
});
