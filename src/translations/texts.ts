import { segments, valueAt } from '../load/pointer.js';
import type { Locale, StatementSource } from '../model/input.generated.js';
import { isShown } from '../model/shown.js';
import { indexInput } from '../rules/input-index.js';
import { languageNames } from '../rules/lint-words.js';
import { itemNoun } from '../validate/describe.js';
import { localizedFields } from '../validate/schema-index.js';
import { messagesIn, type MessageId, type Say } from '../messages/index.js';

const english = messagesIn('en');

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
  /** The label in the language of `say`. */
  labelIn(say: Say): string;
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
      labelIn: (say: Say) => labelOf(input, path, source, say),
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

/** What each field is, by its place in the input (list items as `*`): its words in the message catalogue. */
const fieldLabels: Record<string, MessageId> = {
  'statement/title': 'translations.field.statement.title',
  'statement/introduction': 'translations.field.statement.introduction',
  'statement/audience': 'translations.field.statement.audience',
  'statement/codesOfConduct/*/name': 'translations.field.statement.codesOfConduct.name',
  'controller/group': 'translations.field.controller.group',
  'privacyContact/title': 'translations.field.privacyContact.title',
  'dataCategories/*/name': 'translations.field.dataCategories.name',
  'dataCategories/*/description': 'translations.field.dataCategories.description',
  'dataCategories/*/examples': 'translations.field.dataCategories.examples',
  'dataCategories/*/sourceDescription': 'translations.field.dataCategories.sourceDescription',
  'dataCategories/*/provision/consequence': 'translations.field.dataCategories.provision.consequence',
  'purposes/*/name': 'translations.field.purposes.name',
  'purposes/*/description': 'translations.field.purposes.description',
  'purposes/*/legitimateInterest': 'translations.field.purposes.legitimateInterest',
  'purposes/*/legalObligation': 'translations.field.purposes.legalObligation',
  'purposes/*/consentWithdrawal': 'translations.field.purposes.consentWithdrawal',
  'purposes/*/specialCategoryLaw': 'translations.field.purposes.specialCategoryLaw',
  'purposes/*/criminalDataBasis': 'translations.field.purposes.criminalDataBasis',
  'purposes/*/nationalIdBasis': 'translations.field.purposes.nationalIdBasis',
  'recipients/*/name': 'translations.field.recipients.name',
  'recipients/*/description': 'translations.field.recipients.description',
  'recipients/*/arrangement': 'translations.field.recipients.arrangement',
  'recipients/*/transfer/copy': 'translations.field.recipients.transfer.copy',
  'recipients/*/transfer/derogation': 'translations.field.recipients.transfer.derogation',
  'retention/*/criteria': 'translations.field.retention.criteria',
  'retention/*/from': 'translations.field.retention.from',
  'rights/channels/attention': 'translations.field.rights.channels.attention',
  'rights/identification': 'translations.field.rights.identification',
  'rights/notes': 'translations.field.rights.notes',
  'automatedDecisionMaking/decisions/*/name': 'translations.field.automatedDecisionMaking.decisions.name',
  'automatedDecisionMaking/decisions/*/logic': 'translations.field.automatedDecisionMaking.decisions.logic',
  'automatedDecisionMaking/decisions/*/significance': 'translations.field.automatedDecisionMaking.decisions.significance',
  security: 'translations.field.security',
  'cookies/description': 'translations.field.cookies.description',
  'sections/*/title': 'translations.field.sections.title',
  'sections/*/body': 'translations.field.sections.body',
  'changes/*/summary': 'translations.field.changes.summary',
};

/**
 * `Description of purpose “Fraudebestrijding”`: the field, and the item it belongs to by its name
 * in the source language; in the language of `say` (English by default).
 */
export function labelOf(input: unknown, ptr: string, source: Locale, say: Say = english): string {
  const segs = segments(ptr);
  const shape = segs.map((s) => (/^\d+$/.test(s) ? '*' : s)).join('/');
  const star = shape.lastIndexOf('*');
  const own = Object.hasOwn(fieldLabels, shape) ? say(fieldLabels[shape]!) : words(segs[segs.length - 1] ?? '');
  if (star < 0) return own;
  const itemSegs = segs.slice(0, shape.slice(0, star).split('/').length);
  const list = itemSegs[itemSegs.length - 2] ?? '';
  const index = Number(itemSegs[itemSegs.length - 1]);
  const item = valueAt(input, '/' + itemSegs.join('/')) as Record<string, unknown> | undefined;
  const name = nameOf(item, source);
  const noun = list === 'changes' ? '' : itemNoun(list, say);
  const what =
    list === 'changes' && typeof item?.date === 'string'
      ? item.date
      : name !== undefined
        ? say('translations.label.named', { noun, name }).trim()
        : typeof item?.id === 'string'
          ? say('translations.label.named', { noun, name: item.id }).trim()
          : `${noun} ${index + 1}`.trim();
  return say(Object.hasOwn(fieldLabels, shape) ? 'translations.label.field-item' : 'translations.label.field-of-item', { field: own, item: what });
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
