import Handlebars from 'handlebars';
import automatedDecisions from '../../templates/automated-decisions.hbs';
import changes from '../../templates/changes.hbs';
import complaints from '../../templates/complaints.hbs';
import contact from '../../templates/contact.hbs';
import controller from '../../templates/controller.hbs';
import cookies from '../../templates/cookies.hbs';
import custom from '../../templates/custom.hbs';
import data from '../../templates/data.hbs';
import introduction from '../../templates/introduction.hbs';
import objection from '../../templates/objection.hbs';
import purposes from '../../templates/purposes.hbs';
import recipients from '../../templates/recipients.hbs';
import retention from '../../templates/retention.hbs';
import rights from '../../templates/rights.hbs';
import security from '../../templates/security.hbs';
import statement from '../../templates/statement.hbs';
import transfers from '../../templates/transfers.hbs';
import type { Translate } from './i18n.js';
import type { StatementView } from './view.js';

/** One partial per section, named by the section id (and `custom` for the insurer's own). */
const partials: Record<string, TemplateSpecification> = {
  introduction,
  controller,
  data,
  purposes,
  'automated-decisions': automatedDecisions,
  recipients,
  transfers,
  retention,
  rights,
  objection,
  complaints,
  security,
  cookies,
  contact,
  changes,
  custom,
};

/**
 * Continuation lines of a text placed in a list item are indented to stay inside the item; a
 * text that starts with a list begins on its own line.
 */
export function indent(text: string, width = 2): string {
  const pad = ' '.repeat(width);
  const lines = text.split('\n').map((line, i) => (i === 0 || line.trim() === '' ? line : pad + line));
  if (/^\s*(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(text)) return '\n\n' + pad + lines.join('\n');
  return lines.join('\n');
}

let compiled: Handlebars.TemplateDelegate<StatementView> | undefined;

function template(): Handlebars.TemplateDelegate<StatementView> {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  hb.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    const t = (options.data as { t: Translate }).t;
    return t(key, options.hash as Record<string, string>);
  });
  hb.registerHelper('colon', (options: Handlebars.HelperOptions) => (options.data as { t: Translate }).t('format.colon'));
  // `{#purpose-x}`: a heading id marker, see heading-ids.ts. A helper because `}}}` would end a mustache.
  hb.registerHelper('anchor', (...args: unknown[]) => `{#${args.slice(0, -1).join('-')}}`);
  hb.registerHelper('indent', (text: unknown, width: unknown) => indent(String(text ?? ''), typeof width === 'number' ? width : 2));
  for (const [name, spec] of Object.entries(partials)) hb.registerPartial(name, hb.template(spec));
  // Precompiled when bundled, without HTML escaping (values are Markdown made safe by the view
  // builder; escaping would corrupt them): see build.config.mjs.
  compiled = hb.template<StatementView>(statement);
  return compiled;
}

/** The statement as Markdown text, before canonicalisation. */
export function renderMarkdownText(view: StatementView, t: Translate): string {
  return template()(view, { data: { t } });
}
