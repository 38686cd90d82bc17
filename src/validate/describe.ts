import { segments } from '../load/pointer.js';
import type { Locale, LocalizedText } from '../model/input.generated.js';

/** What an item of each list in the input is called in messages. */
const itemNouns: Record<string, string> = {
  dataCategories: 'data category',
  purposes: 'purpose',
  recipients: 'recipient',
  retention: 'retention rule',
  decisions: 'automated decision',
  sections: 'section',
  changes: 'change log entry',
  codesOfConduct: 'code of conduct',
};

export function itemNoun(list: string): string {
  return Object.hasOwn(itemNouns, list) ? itemNouns[list]! : 'item';
}

/**
 * Names a place in the input the way a person reads the file: `/purposes/4/legalBasis`, where
 * purpose 4 has id `marketing`, becomes "`legalBasis` of purpose `marketing`";
 * `/controller/address/city` becomes "`controller.address.city`".
 */
export function describe(root: unknown, ptr: string): string {
  let node: unknown = root;
  let item: string | undefined;
  let keys: string[] = [];
  for (const seg of segments(ptr)) {
    const next = node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
    if (Array.isArray(node) && /^\d+$/.test(seg)) {
      const id = next !== null && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string' ? (next as { id: string }).id : undefined;
      const list = keys[keys.length - 1] ?? '';
      item = id !== undefined ? `${itemNoun(list)} \`${id}\`` : `item ${Number(seg) + 1} of \`${keys.join('.') || list}\``;
      if (id === undefined && Object.hasOwn(itemNouns, list)) item = `${itemNoun(list)} ${Number(seg) + 1}`;
      keys = [];
    } else keys.push(seg);
    node = next;
  }
  if (item === undefined) return keys.length > 0 ? `\`${keys.join('.')}\`` : 'the file';
  return keys.length > 0 ? `\`${keys.join('.')}\` of ${item}` : item;
}

/** A short text for messages from a LocalizedText: English when present, else the first locale. */
export function preview(text: LocalizedText | undefined, locales: readonly Locale[] = ['en']): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return clip(text);
  for (const l of ['en', ...locales] as Locale[]) if (typeof text[l] === 'string') return clip(text[l]!);
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
