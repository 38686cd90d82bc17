import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DataCategory, Locale, LocalizedList, LocalizedText, Purpose, Recipient, RetentionRule } from '../model/input.generated.js';
import type { ResolvedStatement } from '../model/statement.js';
import { countryName, formatDate, formatDuration, joinList } from '../render/format.js';
import type { Translate } from '../render/i18n.js';
import { mayContainMarkup, parseMarkdown } from '../text/markdown.js';

/**
 * What the data outputs (JSON, JSON-LD, TILT, the register) say about each purpose, derived
 * once from the checked model, so that the register, the notices and the linked data never
 * disagree about a purpose's retention, recipients or transfers.
 */
export interface PurposeFacts {
  purpose: Purpose;
  number: number;
  categories: DataCategory[];
  recipients: Recipient[];
  /** The retention rules that cover this purpose: named for it, or for its data without naming purposes. */
  retention: RetentionRule[];
  /** Its recipients outside the EEA, with the countries there. */
  transfers: { recipient: Recipient; countries: string[] }[];
  /** The strongest obligation to provide any of its data, when the input says. */
  provision?: NonNullable<DataCategory['provision']>;
}

const provisionOrder = ['statutory', 'contractual', 'contract-prerequisite', 'voluntary'] as const;

export function purposeFacts(model: ResolvedStatement): PurposeFacts[] {
  const outside = new Map(model.transfers.map((t) => [t.recipient.id, t.outsideEea]));
  return model.purposes.map(({ purpose, number, categories, recipients }) => {
    const ids = new Set(purpose.dataCategories);
    const retention = model.retention
      .filter(({ rule }) => (rule.purposes && rule.purposes.length > 0 ? rule.purposes.includes(purpose.id) : rule.dataCategories.some((c) => ids.has(c))))
      .map((r) => r.rule);
    const provisions = categories.flatMap((c) => (c.provision ? [c.provision] : []));
    provisions.sort((a, b) => provisionOrder.indexOf(a.requirement) - provisionOrder.indexOf(b.requirement));
    return {
      purpose,
      number,
      categories,
      recipients,
      retention,
      transfers: recipients.flatMap((recipient) => {
        const countries = outside.get(recipient.id) ?? [];
        return countries.length > 0 ? [{ recipient, countries }] : [];
      }),
      ...(provisions[0] ? { provision: provisions[0] } : {}),
    };
  });
}

/** A text in one locale, unchanged (Markdown where the input field is Markdown). */
export function textIn(text: LocalizedText | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  const value = typeof text === 'string' ? text : text[locale];
  return value?.replace(/\r\n?/g, '\n').trim();
}

/** A list in one locale. */
export function listIn(list: LocalizedList | undefined, locale: Locale): string[] {
  if (list === undefined) return [];
  return Array.isArray(list) ? list : (list[locale] ?? []);
}

function blockText(node: RootContent): string {
  if (node.type === 'list') return node.children.map((item) => item.children.map(blockText).join(' ')).join('; ');
  return toString(node);
}

/** A Markdown text as plain text on one line: emphasis and links dropped, paragraphs and list items run on. */
export function plainText(markdown: string): string {
  if (!mayContainMarkup(markdown)) return markdown.replace(/\s+/g, ' ').trim();
  const tree: Root = parseMarkdown(markdown);
  return tree.children.map(blockText).join(' ').replace(/\s+/g, ' ').trim();
}

/** A localized text in one locale as plain text ('' when absent). */
export function plainIn(text: LocalizedText | undefined, locale: Locale): string {
  const value = textIn(text, locale);
  return value === undefined ? '' : plainText(value);
}

/** A retention rule in words: "7 years, from the end of the contract", or its criteria. */
export function retentionText(rule: RetentionRule, t: Translate, text: (value: LocalizedText | undefined) => string | undefined): string {
  const from = text(rule.from);
  const criteria = text(rule.criteria);
  const why = criteria ? lowerFirst(stripStop(criteria)) : undefined;
  if (!rule.period) return why ?? '';
  const period = from ? t('outputs.period', { period: formatDuration(rule.period, t), from: lowerFirst(stripStop(from)) }) : formatDuration(rule.period, t);
  // How the period was set, in brackets: several rules are already separated by semicolons.
  return why ? `${period} (${why})` : period;
}

/** The retention of a purpose in words, per rule, each named by its data when there are several. */
export function purposeRetention(facts: PurposeFacts, t: Translate, text: (value: LocalizedText | undefined) => string | undefined, name: (c: DataCategory) => string, categories: ReadonlyMap<string, DataCategory>): string {
  const rules = facts.retention;
  if (rules.length === 1) return retentionText(rules[0]!, t, text);
  return rules
    .map((rule) => {
      const covered = rule.dataCategories.flatMap((id) => (facts.purpose.dataCategories.includes(id) ? (categories.get(id) ? [categories.get(id)!] : []) : []));
      return t('outputs.retentionFor', { categories: joinList(covered.map(name), t), retention: retentionText(rule, t, text) });
    })
    .join('; ');
}

export function stripStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

export function lowerFirst(text: string): string {
  // A capital, then a small letter or an elided article's apostrophe (French "L’obligation"): not an acronym.
  return /^\p{Lu}(?:\p{Ll}|['\u2019]\p{L})/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export { countryName, formatDate, joinList };
