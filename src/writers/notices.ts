import Handlebars from 'handlebars';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import purposeTemplate from '../../templates/notices/purpose.hbs';
import summaryTemplate from '../../templates/notices/summary.hbs';
import type { Locale, Purpose } from '../model/input.generated.js';
import { restsOnConsent } from '../model/rights.js';
import type { ResolvedStatement } from '../model/statement.js';
import { parseStatementMarkdown } from '../render/document.js';
import type { Translate } from '../render/i18n.js';
import { escapeMarkdown } from '../text/markdown.js';
import { joinList, lowerFirst, plainText, purposeRetention, stripStop, textIn, type PurposeFacts } from './facts.js';
import { markdownToHtml } from './html.js';
import { toMarkdown } from './md.js';

/**
 * The layered notices of the JSON output (WP260 rev.01 §§ 35–38): a first layer for the whole
 * statement and a just-in-time notice per purpose, from Handlebars templates in templates/notices/
 * with their sentences in locales/outputs/ (`outputs.notices.*`).
 */
export interface Notice {
  markdown: string;
  html: string;
}

/** The most words a first layer has (WP260 rev.01 § 36: the key information, at a glance). */
export const summaryWordLimit = 150;
/**
 * What the first layer is shortened to: words are counted in more than one way (a link, an
 * e-mail address, "l’exécution"), and by any of them the notice stays within the limit.
 */
export const summaryWordTarget = 130;

let compiled: { summary: Handlebars.TemplateDelegate; purpose: Handlebars.TemplateDelegate } | undefined;

function templates(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    return (options.data as { t: Translate }).t(key, options.hash as Record<string, string>);
  });
  compiled = { summary: hb.template(summaryTemplate), purpose: hb.template(purposeTemplate) };
  return compiled;
}

function notice(markdown: string): Notice & { tree: Root } {
  const tree = parseStatementMarkdown(markdown);
  return { tree, markdown: toMarkdown(tree), html: markdownToHtml(tree) };
}

/** Words as a reader counts them: runs of letters or digits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)?.length ?? 0;
}

const inline = (text: string): string => escapeMarkdown(plainText(text));
const nameIn = (p: { name: Parameters<typeof textIn>[0] }, locale: Locale): string => escapeMarkdown(textIn(p.name, locale) ?? '');
/** A name inside a sentence: "het uitvoeren van …", not "Het uitvoeren van …" (abbreviations keep their capitals). */
const inSentence = (name: string): string => lowerFirst(name);

export interface NoticeContext {
  model: ResolvedStatement;
  locale: Locale;
  t: Translate;
  /** The full statement in this language, as the web site publishes it: `<id>.<locale>.html`. */
  page: string;
}

function contactOf(model: ResolvedStatement): string {
  const input = model.input;
  const email = input.privacyContact?.email ?? input.rights.channels.email ?? input.controller.email;
  if (email) return `[${escapeMarkdown(email)}](mailto:${email})`;
  const form = input.privacyContact?.contactForm ?? input.rights.channels.contactForm ?? input.controller.contactForm;
  if (form) return `<${form}>`;
  const a = input.rights.channels.address ?? input.controller.address;
  return escapeMarkdown(`${input.controller.legalName ?? input.controller.name}, ${a.street}, ${a.postalCode} ${a.city}`);
}

/** The first layer: who we are, what we do and why, the rights and where to complain, and the link to the rest. */
export function summaryNotice({ model, locale, t, page }: NoticeContext): Notice & { words: number } {
  const input = model.input;
  const names = input.purposes.map((p) => inSentence(nameIn(p, locale)));
  const bases = [...new Set(input.purposes.map((p) => p.legalBasis))].map((b) => t(`outputs.basisShort.${b}`));
  const rights = model.rights;
  const more = (rights.portability.length > 0 ? t('outputs.notices.rightPortability') : '') + (rights.objectionGeneral.length + rights.objectionMarketing.length > 0 ? t('outputs.notices.rightObjection') : '');
  const authority = `[${escapeMarkdown(t(`outputs.authority.${input.statement.authority}`))}](<${model.authority.locales[locale].website}>)`;
  const render = (shown: number): string => {
    const listed = joinList(names.slice(0, shown), t);
    const purposes = shown < names.length ? t('outputs.notices.purposesMore', { purposes: names.slice(0, shown).join(t('format.listSeparator')), count: names.length - shown }) : listed;
    return templates().summary(
      { controller: escapeMarkdown(input.controller.name), purposes, bases: joinList(bases, t), transfers: model.transfers.length > 0, moreRights: more, withdraw: rights.withdrawConsent.length > 0, contact: contactOf(model), authority, link: page },
      { data: { t } },
    );
  };
  // All purposes if they fit; else as many as fit, and how many more there are. The words of the
  // template's Markdown (less link targets and escapes) are those of the notice.
  const wordsOf = (markdown: string): number => wordCount(markdown.replace(/\]\([^)]*\)/g, ']').replace(/\\(.)/g, '$1'));
  let shown = names.length;
  let markdown = render(shown);
  while (wordsOf(markdown) > summaryWordTarget && shown > 1) markdown = render(--shown);
  const result = notice(markdown);
  return { markdown: result.markdown, html: result.html, words: wordCount(toString(result.tree)) };
}

export interface PurposeNotice extends Notice {
  /** Whether any of the purpose's data must be provided (by law, by contract, or to enter into one). */
  required: boolean;
  /** The part of the full statement about this purpose: `#purpose-<id>`. */
  link: string;
}

/** Whether the data must be provided: as the input says of the purpose's data, else as its legal basis implies. */
function provisionOf(p: Purpose, facts: PurposeFacts): { requirement: 'statutory' | 'contractual' | 'contract-prerequisite' | 'voluntary'; basisDefault?: 'consent' } {
  // Consent is free (Art. 4(11), 7(4)): data for a purpose on consent are never required, whatever the data's own provision says of the contract.
  if (p.legalBasis === 'consent') return { requirement: 'voluntary', basisDefault: 'consent' };
  if (facts.provision) return { requirement: facts.provision.requirement };
  if (p.legalBasis === 'contract') return { requirement: 'contract-prerequisite' };
  if (p.legalBasis === 'legal-obligation') return { requirement: 'statutory' };
  return { requirement: 'voluntary' };
}

/** A just-in-time notice: purpose, legal basis, whether the data are required and what follows if not, retention, rights, link. */
export function purposeNotice(context: NoticeContext, facts: PurposeFacts): PurposeNotice {
  const { model, locale, t, page } = context;
  const p = facts.purpose;
  const special = facts.categories.filter((c) => c.kind === 'special');
  const provision = provisionOf(p, facts);
  const given = provision.basisDefault === undefined && facts.provision?.consequence !== undefined ? textIn(facts.provision.consequence, locale) : undefined;
  // Without the input's own words, a voluntary provision says what follows only for consent.
  const consequence = given ? inline(given) : provision.requirement === 'voluntary' && provision.basisDefault === undefined ? undefined : t(`outputs.notices.consequence.${provision.basisDefault ?? provision.requirement}`);
  const categories = new Map(model.input.dataCategories.map((c) => [c.id, c]));
  const retention = facts.retention.length > 0 ? purposeRetention(facts, t, (text) => (text === undefined ? undefined : inline(textIn(text, locale) ?? '') || undefined), (c) => nameIn(c, locale), categories) : undefined;
  const objection = p.directMarketing ? t('outputs.notices.objectionMarketing') : p.legalBasis === 'legitimate-interests' || p.legalBasis === 'public-task' ? t('outputs.notices.objection') : undefined;
  const link = `#purpose-${p.id}`;
  const markdown = templates().purpose(
    {
      controller: escapeMarkdown(model.input.controller.name),
      name: inSentence(nameIn(p, locale)),
      basis: t(`outputs.basisSentence.${p.legalBasis}`),
      special: special.length > 0 && p.specialCategoryCondition ? joinList(special.map((c) => inSentence(nameIn(c, locale))), t) : undefined,
      condition: p.specialCategoryCondition ? t(`outputs.condition.${p.specialCategoryCondition}`) : undefined,
      interest: p.legalBasis === 'legitimate-interests' && p.legitimateInterest ? lowerFirst(stripStop(inline(textIn(p.legitimateInterest, locale) ?? ''))) + '.' : undefined,
      provision: [t(`outputs.notices.provision.${provision.requirement}`), consequence].filter(Boolean).join(' '),
      retention: retention ? stripStop(retention) : undefined,
      withdraw: restsOnConsent(p),
      objection,
      link: `${page}${link}`,
    },
    { data: { t } },
  );
  const made = notice(markdown);
  return { markdown: made.markdown, html: made.html, required: provision.requirement !== 'voluntary', link };
}
