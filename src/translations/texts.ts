import { segments, valueAt } from '../load/pointer.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import { isShown } from '../model/shown.js';
import { indexInput } from '../rules/input-index.js';
import { languageNames } from '../rules/lint-words.js';
import { itemNoun } from '../validate/describe.js';
import { localizedFields } from '../validate/schema-index.js';

/**
 * The translatable texts of a statement: every LocalizedText and LocalizedList that has a value
 * in the source language. A list is one text (its items, one per line, for a translator): a
 * translation may have more or fewer items than its source, so items do not pair up one by one.
 */
export interface TranslatableText {
  /** The JSON Pointer of the text in today's file, e.g. `/purposes/3/description`. */
  path: string;
  /**
   * The text's key in the lock file: its path with list items named by their id (by their date
   * for the change log, by their position only for items that have neither), e.g.
   * `purposes[fraud]/description`, so that reordering a list changes no key.
   */
  key: string;
  kind: 'text' | 'list';
  /** What the text is, for translators and lawyers: `Description of purpose “Fraudebestrijding”`. */
  readonly label: string;
  /** Whether the statement shows it (an arrangement of a processor, say, is not shown). */
  shown: boolean;
  /** The text in each language it has. */
  values: Partial<Record<Locale, string | string[]>>;
}

export { languageNames };

/** The language the texts are written in: `statement.sourceLocale`, or the first of `statement.locales`. */
export function sourceLocaleOf(input: StatementSource): Locale {
  return input.statement.sourceLocale ?? input.statement.locales[0];
}

/** The languages that are translations of the source language, in the statement's order. */
export function translatedLocales(input: StatementSource): Locale[] {
  const source = sourceLocaleOf(input);
  return input.statement.locales.filter((l) => l !== source);
}

/** Every translatable text of a schema-valid input, in the order of the file. */
export function translatableTexts(input: StatementSource): TranslatableText[] {
  const source = sourceLocaleOf(input);
  const { categoriesOf } = indexInput(input);
  const keys = new Map<string, number>();
  const out: TranslatableText[] = [];
  for (const field of localizedFields(input)) {
    const value = field.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const values = value as Partial<Record<Locale, string | string[]>>;
    if (values[source] === undefined) continue;
    let key = lockKey(input, field.path);
    // Two items with one id (an error of its own): each text still gets a key of its own.
    const seen = keys.get(key) ?? 0;
    keys.set(key, seen + 1);
    if (seen > 0) key = `${key}~${seen + 1}`;
    const path = field.path;
    let label: string | undefined;
    out.push({
      path,
      key,
      kind: field.kind,
      // Named only where a message or a file needs it: `check` mostly does not.
      get label() {
        return (label ??= labelOf(input, path, source));
      },
      shown: isShown(input, path, categoriesOf),
      values: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as TranslatableText['values'],
    });
  }
  return out;
}

/** The name of a list item in a lock key: its id, the date of a change log entry, or its position. */
function itemKey(list: string, item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    const { id, date } = item as { id?: unknown; date?: unknown };
    if (typeof id === 'string') return id;
    if (list === 'changes' && typeof date === 'string') return date;
  }
  return String(index);
}

/** `/purposes/3/description` → `purposes[fraud]/description`. */
export function lockKey(input: unknown, ptr: string): string {
  const parts: string[] = [];
  let node: unknown = input;
  for (const seg of segments(ptr)) {
    if (Array.isArray(node)) {
      const index = Number(seg);
      const item: unknown = node[index];
      const last = parts.length - 1;
      parts[last] = `${parts[last] ?? ''}[${itemKey(parts[last] ?? '', item, index)}]`;
      node = item;
    } else {
      parts.push(seg);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return parts.join('/');
}

/** What each field is, by its place in the input (list items as `*`). */
const fieldLabels: Record<string, string> = {
  'statement/title': 'Title of the statement',
  'statement/introduction': 'Introduction of the statement',
  'statement/audience': 'Whose data the statement covers',
  'statement/codesOfConduct/*/name': 'Name of',
  'controller/group': 'The group the controller belongs to',
  'privacyContact/title': 'Title of the privacy contact',
  'dataCategories/*/name': 'Name of',
  'dataCategories/*/description': 'Description of',
  'dataCategories/*/examples': 'Examples of',
  'dataCategories/*/sourceDescription': 'Where the data come from, of',
  'dataCategories/*/provision/consequence': 'What happens if the data are not provided, of',
  'purposes/*/name': 'Name of',
  'purposes/*/description': 'Description of',
  'purposes/*/legitimateInterest': 'The legitimate interest of',
  'purposes/*/legalObligation': 'The legal obligation behind',
  'purposes/*/consentWithdrawal': 'How to withdraw consent, for',
  'purposes/*/specialCategoryLaw': 'The law that allows special categories of data, for',
  'purposes/*/criminalDataBasis': 'The law that allows criminal data, for',
  'purposes/*/nationalIdBasis': 'The law that allows the national identification number, for',
  'recipients/*/name': 'Name of',
  'recipients/*/description': 'Description of',
  'recipients/*/arrangement': 'The essence of the joint-controller arrangement with',
  'recipients/*/transfer/copy': 'How to obtain a copy of the transfer safeguard, for',
  'recipients/*/transfer/derogation': 'The derogation for the transfer to',
  'retention/*/criteria': 'Retention criteria of',
  'retention/*/from': 'When the retention period starts, for',
  'rights/channels/attention': 'Attention line of the address for exercising rights',
  'rights/identification': 'How people identify themselves when they exercise their rights',
  'rights/notes': 'Notes on exercising rights',
  'automatedDecisionMaking/decisions/*/name': 'Name of',
  'automatedDecisionMaking/decisions/*/logic': 'The logic involved in',
  'automatedDecisionMaking/decisions/*/significance': 'The significance and consequences of',
  security: 'The security section',
  'cookies/description': 'The cookies section',
  'sections/*/title': 'Title of',
  'sections/*/body': 'Text of',
  'changes/*/summary': 'Change log entry of',
};

/** `Description of purpose “Fraudebestrijding”`: the field, and the item it belongs to by its name in the source language. */
export function labelOf(input: unknown, ptr: string, source: Locale): string {
  const segs = segments(ptr);
  const shape = segs.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('/');
  const star = shape.lastIndexOf('*');
  const own = Object.hasOwn(fieldLabels, shape) ? fieldLabels[shape]! : words(segs[segs.length - 1] ?? '');
  if (star < 0) return own;
  const itemSegs = segs.slice(0, shape.slice(0, star).split('/').length);
  const list = itemSegs[itemSegs.length - 2] ?? '';
  const index = Number(itemSegs[itemSegs.length - 1]);
  const item = valueAt(input, '/' + itemSegs.join('/')) as Record<string, unknown> | undefined;
  const name = nameOf(item, source);
  const noun = list === 'changes' ? '' : itemNoun(list);
  const what =
    list === 'changes' && typeof item?.date === 'string'
      ? item.date
      : name !== undefined
        ? `${noun} “${name}”`
        : typeof item?.id === 'string'
          ? `${noun} “${item.id}”`
          : `${noun} ${index + 1}`;
  return Object.hasOwn(fieldLabels, shape) ? `${own} ${what}` : `${own} of ${what}`;
}

function nameOf(item: Record<string, unknown> | undefined, source: Locale): string | undefined {
  const name = item?.name ?? item?.title;
  if (typeof name === 'string') return name;
  if (name !== null && typeof name === 'object') {
    const text = (name as Record<string, unknown>)[source];
    if (typeof text === 'string') return text.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

/** `legitimateInterest` → `Legitimate interest`. */
function words(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
