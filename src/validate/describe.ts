import { segments } from '../load/pointer.js';
import type { Locale, LocalizedText } from '../model/input.generated.js';
import { messagesIn, type MessageId, type Say } from '../messages/index.js';

/** The catalogue id of what an item of each list in the input is called in messages. */
const itemNouns = {
  dataCategories: 'noun.data-category',
  purposes: 'noun.purpose',
  recipients: 'noun.recipient',
  retention: 'noun.retention-rule',
  decisions: 'noun.automated-decision',
  sections: 'noun.section',
  changes: 'noun.change',
  codesOfConduct: 'noun.code-of-conduct',
} as const satisfies Record<string, MessageId>;

const english = messagesIn('en');

export function itemNoun(list: string, say: Say = english): string {
  return Object.hasOwn(itemNouns, list) ? say(itemNouns[list as keyof typeof itemNouns]) : say('noun.item');
}

/**
 * Names a place in the input the way a person reads the file: `/purposes/4/legalBasis`, where
 * purpose 4 has id `marketing`, becomes "`legalBasis` of purpose `marketing`";
 * `/controller/address/city` becomes "`controller.address.city`". In the language of `say`.
 */
export function describe(root: unknown, ptr: string, say: Say = english): string {
  let node: unknown = root;
  let item: string | undefined;
  let keys: string[] = [];
  for (const seg of segments(ptr)) {
    const next = node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
    if (Array.isArray(node) && /^\d+$/.test(seg)) {
      const id = next !== null && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string' ? (next as { id: string }).id : undefined;
      const list = keys[keys.length - 1] ?? '';
      if (id !== undefined) item = say('place.item', { noun: itemNoun(list, say), id });
      else if (Object.hasOwn(itemNouns, list)) item = say('place.item-number', { noun: itemNoun(list, say), n: Number(seg) + 1 });
      else item = say('place.item-of', { n: Number(seg) + 1, list: keys.join('.') || list });
      keys = [];
    } else keys.push(seg);
    node = next;
  }
  if (item === undefined) return keys.length > 0 ? say('place.field', { field: keys.join('.') }) : say('place.file');
  return keys.length > 0 ? say('place.field-of', { field: keys.join('.'), item }) : item;
}

/** A short text for messages from a LocalizedText: in `first` (English) when present, else the first locale. */
export function preview(text: LocalizedText | undefined, locales: readonly Locale[] = ['en'], first: Locale = 'en'): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return clip(text);
  for (const l of [first, ...locales] as Locale[]) if (typeof text[l] === 'string') return clip(text[l]!);
  return undefined;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}

/** Edit distance counting a swap of two neighbouring letters as one edit ("emial" → "email"). */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

/** The closest candidate when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  return best !== undefined && bestDistance <= allowed ? best : undefined;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
