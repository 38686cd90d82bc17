import type { Locale, LocalizedText } from '../model/input.generated.js';
import { countryName, formatDuration, joinList } from '../render/format.js';
import type { Translate } from '../render/i18n.js';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../text/markdown.js';
import type { FoundChange, Piece, StatementChange } from './changes.js';

/**
 * Puts changes into words: one sentence per change, in one language, for the change memo
 * (`lifecycle.summary.*`) or for the statement's own list of changes (`lifecycle.notice.*`).
 * Names come from the statement in that language (the first language it has otherwise), quoted,
 * so that a name is never mistaken for the sentence around it.
 */
export function describeChange(change: FoundChange, locale: Locale, t: Translate, voice: 'summary' | 'notice'): string {
  const values: Record<string, string> = {};
  for (const [name, piece] of Object.entries(change.values)) values[name] = render(piece, locale, t);
  return t(`lifecycle.${voice}.${change.what}`, values);
}

/** The change as `diff` reports it: its summary in `locale`. */
export function reportChange(change: FoundChange, locale: Locale, t: Translate): StatementChange {
  return {
    class: change.class,
    kind: change.kind,
    subject: change.subject,
    ...(change.id !== undefined ? { id: change.id } : {}),
    path: change.path,
    summary: describeChange(change, locale, t, 'summary'),
    references: change.references,
  };
}

/** Whether a change has a sentence for the statement's readers (material and favourable ones do). */
export function hasNotice(change: FoundChange): boolean {
  return change.class !== 'editorial';
}

function render(piece: Piece, locale: Locale, t: Translate): string {
  if ('text' in piece) return t('lifecycle.quote', { text: textIn(piece.text, locale) });
  if ('key' in piece) return t(piece.key);
  if ('list' in piece) return joinList(piece.list.map((p) => render(p, locale, t)), t);
  if ('period' in piece) return formatDuration(piece.period, t);
  if ('countries' in piece) return joinList(piece.countries.map((c) => countryName(c, locale)), t);
  return piece.literal;
}

/** A text of the input in one language, as plain text on one line: its first sentence when it is long. */
function textIn(text: LocalizedText, locale: Locale): string {
  const raw = typeof text === 'string' ? text : (text[locale] ?? Object.values(text).find((v) => typeof v === 'string') ?? '');
  const plain = parseMarkdown(raw).children.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim();
  if (plain.length <= 120) return plain;
  const sentence = /^.{20,120}?[.;](?=\s)/.exec(plain)?.[0];
  return sentence ?? plain.slice(0, 117).trimEnd() + '…';
}
