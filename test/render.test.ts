import { activeContent } from './hardening/inert.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { formatDate, formatDuration, countryName } from '../src/render/format.js';
import type { Heading, List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { analyze } from '../src/compile.js';
import { resolveStatement } from '../src/model/statement.js';
import { parseStatementMarkdown, renderDocument } from '../src/render/document.js';
import { headingId } from '../src/render/heading-ids.js';
import { localeResources, translateList, translator } from '../src/render/i18n.js';
import { edit, harmony, minimal } from './helpers.js';

describe('localized dates, durations and countries', () => {
  it('formats dates per locale', () => {
    expect(formatDate('2022-04-05', 'nl', translator('nl'))).toBe('5 april 2022');
    expect(formatDate('2022-04-05', 'fr', translator('fr'))).toBe('5 avril 2022');
    expect(formatDate('2022-04-05', 'en', translator('en'))).toBe('5 April 2022');
    expect(formatDate('2022-04-01', 'fr', translator('fr'))).toBe('1er avril 2022');
  });

  it('formats durations per locale', () => {
    expect(formatDuration('P180D', translator('nl'))).toBe('180 dagen');
    expect(formatDuration('P180D', translator('fr'))).toBe('180 jours');
    expect(formatDuration('P180D', translator('en'))).toBe('180 days');
    expect(formatDuration('P10Y6M', translator('en'))).toBe('10 years and six months');
    expect(formatDuration('P10Y6M', translator('nl'))).toBe('tien jaar en zes maanden');
    expect(formatDuration('P1Y', translator('fr'))).toBe('un an');
    expect(formatDuration('P4W', translator('fr'))).toBe('quatre semaines');
  });

  it('translates sentences with values and plural forms, and refuses unknown keys', () => {
    const t = translator('en');
    expect(t('document.page', { page: 1, pages: 3 })).toBe('Page 1 of 3');
    expect(t('document.page', { page: 2, pages: 3 })).toBe('Page 2 of 3');
    expect(formatDuration('P1Y', t)).toBe('one year');
    expect(formatDuration('P2Y', t)).toBe('two years');
    expect(formatDuration('P13M', t)).toBe('13 months');
    expect(formatDuration('P2Y', translator('fr'))).toBe('deux ans');
    expect(() => t('no.such.key')).toThrow('No en text for "no.such.key" in locales/en.json');
    expect(() => t('no.such.key', { page: 1 })).toThrow('No en text for "no.such.key"');
    expect(() => translator('nl')('no.such.key', { count: 2 })).toThrow('No nl text for "no.such.key"');
    expect(translateList('fr', 'format.months')[3]).toBe('avril');
    expect(translateList('nl', 'format.months')).toHaveLength(12);
    expect(translateList('nl', 'format.months')[3]).toBe('april');
    expect(() => translateList('en', 'document.contents')).toThrow('locales/en.json: "document.contents" is not a list');
  });

  it('names countries per locale', () => {
    expect(countryName('US', 'nl')).toBe('Verenigde Staten');
    expect(countryName('US', 'fr')).toBe('États-Unis');
    expect(countryName('US', 'en')).toBe('United States');
  });
});

describe('locale files', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

  it('have the same keys in nl, fr and en', () => {
    const en = keys(localeResources.en).sort();
    expect(keys(localeResources.nl).sort()).toEqual(en);
    expect(keys(localeResources.fr).sort()).toEqual(en);
  });

  it('have no empty sentences', () => {
    for (const [locale, resource] of Object.entries(localeResources)) {
      const walk = (o: unknown, path: string): void => {
        if (typeof o === 'string') expect(o.trim(), `${locale}: ${path}`).not.toBe('');
        else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
      };
      walk(resource, locale);
    }
  });
});

async function render(text: string, locale: 'nl' | 'fr' | 'en', format: 'md' | 'html', html: 'document' | 'fragment' = 'document'): Promise<string> {
  const result = await compile(text, { file: 's.yaml', locales: [locale], formats: [format], html });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.outputs[0]!.content as string;
}

const h2ids = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);

describe('rendered statements', () => {
  it('have the standard sections, with the same ids in every language', async () => {
    const expected = ['introduction', 'controller', 'data', 'purposes', 'automated-decisions', 'recipients', 'transfers', 'retention', 'rights', 'objection', 'complaints', 'security', 'cookies', 'contact', 'changes'];
    for (const locale of ['nl', 'fr', 'en'] as const) expect(h2ids(await render(harmony(), locale, 'html'))).toEqual(expected);
  });

  it('give the authority of the statement in each language', async () => {
    expect(await render(harmony(), 'fr', 'html')).toContain('Postbus 93374<br>\n2509 AJ La Haye');
    expect(await render(harmony(), 'nl', 'md')).toContain('Autoriteit Persoonsgegevens**\\\nPostbus 93374\\\n2509 AJ Den Haag');
    const be = edit(edit(minimal(), 'authority: nl-ap', 'authority: be-gba'), 'country: NL }', 'country: BE }');
    expect(await render(be, 'nl', 'md')).toContain('Gegevensbeschermingsautoriteit (GBA)**\\\nDrukpersstraat 35\\\n1000 Brussel');
    expect(await render(be, 'en', 'md')).toContain('[www.dataprotectionauthority.be](https://www.dataprotectionauthority.be)');
  });

  it('names one country or several in the right number', async () => {
    const abroad = (countries: string) => edit(minimal(), '    role: processor\nretention:', `    role: processor\n    country: ${countries}\nretention:`);
    expect(await render(abroad('[JP, CH]'), 'en', 'md')).toContain('the countries concerned (Japan and Switzerland) ensure an adequate level');
    expect(await render(abroad('[JP, CH]'), 'nl', 'md')).toContain('de betrokken landen (Japan en Zwitserland) een passend beschermingsniveau bieden');
    expect(await render(abroad('JP'), 'en', 'md')).toContain('the country concerned (Japan) ensures an adequate level');
  });

  it('describes no automated decision that is not taken, even one written in one language only', async () => {
    const unused = edit(
      minimal(),
      'automatedDecisionMaking:\n  used: false',
      'automatedDecisionMaking:\n  used: false\n  decisions:\n    - name: { en: Scoring }\n      logic: { en: A model scores the application. }\n      significance: { en: It decides the premium. }',
    );
    const result = await compile(unused, { formats: ['md'] });
    expect(result.errorCount).toBe(0);
    expect(result.outputs.map((o) => o.locale)).toEqual(['en', 'nl']);
    for (const o of result.outputs) expect(o.content).not.toContain('Scoring');
  });

  it('has an objection section only when the right to object applies, and lists its purposes', async () => {
    expect(await render(minimal(), 'en', 'md')).not.toContain('{#objection}');
    const md = await render(harmony(), 'en', 'md');
    const objection = md.slice(md.indexOf('{#objection}'), md.indexOf('{#complaints}'));
    expect(objection).toContain('Article 21(1) GDPR');
    expect(objection).toContain('[Preventing and combating fraud](#purpose-fraud)');
    expect(objection).toContain('Article 21(2) GDPR');
    expect(objection).toContain('[Newsletters you have subscribed to](#purpose-newsletter)');
  });

  it('mentions the Belgian do-not-call list only for Belgian direct marketing', async () => {
    const marketing = (t: string) => edit(t, 'legalBasis: contract', 'legalBasis: consent\n    directMarketing: true');
    const be = marketing(edit(edit(minimal(), 'authority: nl-ap', 'authority: be-gba'), 'country: NL }', 'country: BE }'));
    expect(await render(be, 'nl', 'md')).toContain('Bel-me-niet-meer-lijst');
    expect(await render(marketing(minimal()), 'nl', 'md')).not.toContain('Bel-me-niet-meer');
  });

  it('states retention periods and dates in the language of the page', async () => {
    const fr = await render(harmony(), 'fr', 'md');
    expect(fr).toContain('180 jours');
    expect(fr).toContain('sept ans');
    expect(fr).toContain('5 avril 2022');
    const nl = await render(harmony(), 'nl', 'md');
    expect(nl).toContain('180 dagen');
    expect(nl).toContain('gewijzigd op 5 april 2022');
  });

  it('is a complete HTML document with language, title and styles', async () => {
    const html = await render(harmony(), 'fr', 'html');
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<title>Déclaration de confidentialité · Harmony</title>');
    expect(html).toContain('<style>');
    expect(html).toContain('<nav class="contents" aria-label="Sommaire">');
    expect(html).not.toContain('<script');
  });

  it('gives the article alone as a fragment', async () => {
    const html = await render(harmony(), 'nl', 'html', 'fragment');
    expect(html.startsWith('<article class="privacy-statement" lang="nl" data-privacy-statement-version="')).toBe(true);
    expect(html).not.toContain('<html');
    expect(html).not.toContain('<style');
    expect(html).toContain('<h2 id="rights">Uw rechten</h2>');
  });

  it('renders names as plain text, never as markup', async () => {
    const text = edit(minimal(), 'name: Example Verzekeringen', 'name: "<img src=x onerror=alert(1)> *Example* [x](javascript:alert(1))"');
    const html = await render(text, 'en', 'html');
    // An attribute value may hold a literal `<` (it is text there); no element may come of it.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<img/i);
    expect(activeContent(html)).toEqual([]);
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)> *Example* [x](javascript:alert(1))');
  });

  it('prints Markdown in one canonical form', async () => {
    const md = await render(harmony(), 'en', 'md');
    const { toMarkdown } = await import('../src/writers/md.js');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const reparsed = unified().use(remarkParse).parse(md);
    // Headings carry their `{#id}` in the text when re-read without the plugin; otherwise stable.
    expect(toMarkdown(reparsed).replace(/ \\\{#/g, ' {#')).toBe(md);
  });
});

describe('the statement\'s Markdown', () => {
  it('is parsed into one tree, with the templates\' heading ids moved into it', () => {
    const tree = parseStatementMarkdown('# Title\n\n## Your rights {#rights}\n\nYou may **object**.\n\n- one\n- two\n\n### Not an id \\{#escaped}\n');
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'heading', 'paragraph', 'list', 'heading']);
    const [title, rights, , list, escaped] = tree.children as [Heading, Heading, unknown, List, Heading];
    expect(headingId(title)).toBeUndefined();
    expect(headingId(rights)).toBe('rights');
    expect(toString(rights)).toBe('Your rights');
    expect(rights.data).toMatchObject({ hProperties: { id: 'rights' } });
    expect(list.children).toHaveLength(2);
    // Text from the input is escaped by the view builder, and can never set an id.
    expect(headingId(escaped)).toBeUndefined();
    expect(toString(escaped)).toBe('Not an id {#escaped}');
  });

  it('gives every writer the same document: a section in Markdown is the same section in HTML', async () => {
    const { toMarkdown } = await import('../src/writers/md.js');
    const { writeHtml } = await import('../src/writers/html.js');
    const model = resolveStatement(analyze(harmony()).input!);
    const doc = renderDocument(model, 'en');
    const md = toMarkdown(doc.tree);
    const html = writeHtml({ model, document: doc, locale: 'en', locales: ['en'], documentIn: () => doc, options: { html: 'fragment' } }) as string;
    // Every section of the outline is a heading with its anchor in both.
    expect(doc.outline.length).toBeGreaterThan(10);
    for (const section of doc.outline) {
      expect(md).toContain(`## ${section.title} {#${section.id}}`);
      expect(html).toContain(`<h2 id="${section.id}">`);
    }
    // Blocks one to a line, the table of contents only in a whole page, after the title block.
    expect(html).toMatch(/^<article class="privacy-statement" lang="en" data-privacy-statement-version="[0-9a-f]{12}">\n<h1>[^\n]*<\/h1>\n<p>/);
    expect(html).not.toContain('<nav');
    const page = writeHtml({ model, document: doc, locale: 'en', locales: ['en'], documentIn: () => doc, options: { html: 'document' } }) as string;
    const nav = page.indexOf('<nav class="contents"');
    expect(nav).toBeGreaterThan(page.indexOf('<h1>'));
    expect(nav).toBeLessThan(page.indexOf('<h2 id="introduction">'));
    expect(page.slice(0, nav)).toMatch(/<\/p>\n$/);
  });
});
