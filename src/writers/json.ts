import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Address, Locale } from '../model/input.generated.js';
import { headingId } from '../render/heading-ids.js';
import { translatorOf } from '../render/document.js';
import { countryName, listIn, plainIn, purposeFacts, purposeRetention, textIn } from './facts.js';
import { markdownToHtml } from './html.js';
import { toMarkdown } from './md.js';
import { purposeNotice, summaryNotice } from './notices.js';
import type { Writer } from './types.js';

/** The value of `format` in every JSON output; schemas/privacy-statement-output.schema.json describes it. */
export const jsonOutputFormat = 'privacy-statement-output/v1';

const addressText = (a: Address, locale: Locale): string => `${a.street}, ${a.postalCode} ${a.city}, ${countryName(a.country, locale)}`;

/** The document's `h2` sections, each with the blocks under it (the title block before the first is not a section). */
function sectionsOf(tree: Root): { id: string; title: string; body: RootContent[] }[] {
  const out: { id: string; title: string; body: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) out.push({ id: headingId(node as Heading) ?? '', title: toString(node), body: [] });
    else out[out.length - 1]?.body.push(node);
  }
  return out;
}

/**
 * The statement in one language as data (`<id>.<locale>.json`), for web sites that draw their
 * own page: the rendered sections, the purposes, recipients and data with their ids, and the
 * layered notices. schemas/privacy-statement-output.schema.json describes every field.
 */
export const writeJson: Writer<string> = ({ model, document, locale }) => {
  const t = translatorOf(model, locale);
  const input = model.input;
  const c = input.controller;
  const authority = model.authority.locales[locale];
  const page = `${input.statement.id}.${locale}.html`;
  const facts = purposeFacts(model);
  const categories = new Map(input.dataCategories.map((d) => [d.id, d]));
  const plain = (text: Parameters<typeof plainIn>[0]) => plainIn(text, locale);
  const context = { model, locale, t, page };
  const value = {
    format: jsonOutputFormat,
    statementId: input.statement.id,
    locale,
    version: model.version,
    lastAmended: input.statement.lastAmended,
    effectiveFrom: input.statement.effectiveFrom ?? input.statement.lastAmended,
    title: document.title,
    controller: {
      name: c.name,
      ...(c.legalName ? { legalName: c.legalName } : {}),
      address: addressText(c.address, locale),
      ...(c.email ? { email: c.email } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.website ? { website: c.website } : {}),
    },
    authority: { id: input.statement.authority, name: authority.name, address: authority.address.join(', '), url: authority.website, phone: authority.phone },
    sections: sectionsOf(document.tree).map((s) => {
      const body: Root = { type: 'root', children: s.body };
      return { id: s.id, title: s.title, markdown: toMarkdown(body), html: markdownToHtml(body) };
    }),
    purposes: facts.map((f) => ({
      id: f.purpose.id,
      number: f.number,
      name: plain(f.purpose.name),
      description: textIn(f.purpose.description, locale) ?? '',
      legalBasis: f.purpose.legalBasis,
      legalBasisText: t(`outputs.basis.${f.purpose.legalBasis}`),
      ...(f.purpose.specialCategoryCondition ? { specialCategoryCondition: f.purpose.specialCategoryCondition } : {}),
      dataCategories: f.categories.map((d) => d.id),
      recipients: f.recipients.map((r) => r.id),
      retention: purposeRetention(f, t, (text) => (text === undefined ? undefined : plain(text) || undefined), (d) => plain(d.name), categories),
      dataSubjects: listIn(f.purpose.dataSubjects, locale),
      directMarketing: f.purpose.directMarketing === true,
      link: `#purpose-${f.purpose.id}`,
    })),
    recipients: model.recipients.map(({ recipient: r, countries, outsideEea }) => ({
      id: r.id,
      name: plain(r.name),
      description: textIn(r.description, locale) ?? '',
      role: r.role,
      countries,
      outsideEea,
      ...(outsideEea.length > 0 && r.transfer ? { safeguard: r.transfer.safeguard } : {}),
    })),
    dataCategories: input.dataCategories.map((d) => ({
      id: d.id,
      name: plain(d.name),
      kind: d.kind ?? 'regular',
      ...(d.special ? { special: d.special } : {}),
      source: d.source ?? 'data-subject',
    })),
    notices: {
      summary: summaryNotice(context),
      purposes: Object.fromEntries(facts.map((f) => [f.purpose.id, purposeNotice(context, f)])),
    },
  };
  return JSON.stringify(value, null, 2) + '\n';
};
