import { createHash } from 'node:crypto';
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Locale } from '../model/input.generated.js';
import { formatDate } from '../render/format.js';
import { translator } from '../render/i18n.js';
import { stylesheet } from '../writers/html-style.js';

/**
 * The archive of published versions (`build --archive <dir>`): every version of a statement under
 * `<dir>/<id>/<lastAmended>/`, `<dir>/<id>/versions.json` listing them newest first with the
 * SHA-256 of each file, and `<dir>/<id>/index.<locale>.html`, the version history for readers.
 * An archived version is never overwritten: the same content again changes nothing, other
 * content under an archived date is refused.
 */

export interface ArchivedFile {
  /** Relative to `<dir>/<id>/`: `<lastAmended>/<id>.<locale>.<ext>`. */
  path: string;
  sha256: string;
}

export interface ArchivedVersion {
  lastAmended: string;
  effectiveFrom: string;
  version: string;
  files: ArchivedFile[];
}

export interface VersionsFile {
  statement: string;
  versions: ArchivedVersion[];
}

/** A version to archive: what was just built. */
export interface ArchiveCandidate {
  statementId: string;
  controller: string;
  lastAmended: string;
  effectiveFrom?: string;
  version: string;
  files: { name: string; content: string | Uint8Array }[];
}

export interface ArchivePlan {
  /** Files to write, relative to `<dir>/<id>/`: new version files, versions.json and the index pages. */
  writes: { path: string; content: string | Uint8Array }[];
  versions: VersionsFile;
}

export type ArchiveOutcome = { plan: ArchivePlan } | { conflict: { archived: ArchivedVersion; reason: 'other-version' | 'other-file'; file?: string } };

export const versionsFileName = 'versions.json';

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * What archiving a version writes, given the archive as it is (`versions.json`, and a way to
 * hash a file already there). Pure: the caller reads and writes.
 */
export function planArchive(existing: VersionsFile | undefined, candidate: ArchiveCandidate, archivedHash: (path: string) => string | undefined): ArchiveOutcome {
  const versions: ArchivedVersion[] = existing ? existing.versions.map((v) => ({ ...v, files: [...v.files] })) : [];
  const date = candidate.lastAmended;
  let entry = versions.find((v) => v.lastAmended === date);
  if (entry && entry.version !== candidate.version) return { conflict: { archived: entry, reason: 'other-version' } };
  const writes: ArchivePlan['writes'] = [];
  if (!entry) {
    entry = { lastAmended: date, effectiveFrom: candidate.effectiveFrom ?? date, version: candidate.version, files: [] };
    versions.push(entry);
  }
  for (const file of candidate.files) {
    const path = `${date}/${file.name}`;
    const hash = sha256(file.content);
    const listed = entry.files.find((f) => f.path === path);
    const onDisk = archivedHash(path);
    if (listed) continue; // archived already: never rewritten, whatever this build made of it
    if (onDisk !== undefined && onDisk !== hash) return { conflict: { archived: entry, reason: 'other-file', file: path } };
    entry.files.push({ path, sha256: hash });
    if (onDisk === undefined) writes.push({ path, content: file.content });
  }
  entry.files.sort((a, b) => compare(a.path, b.path));
  versions.sort((a, b) => compare(b.lastAmended, a.lastAmended));
  const next: VersionsFile = { statement: candidate.statementId, versions };
  const versionsJson = JSON.stringify(next, null, 2) + '\n';
  const unchanged = existing !== undefined && JSON.stringify(existing, null, 2) + '\n' === versionsJson;
  if (!unchanged || writes.length > 0) {
    writes.push({ path: versionsFileName, content: versionsJson });
    for (const locale of archivedLocales(next, candidate.statementId)) {
      writes.push({ path: `index.${locale}.html`, content: archiveIndexHtml(next, locale, candidate.controller) });
    }
  }
  return { plan: { writes, versions: next } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const locales: Locale[] = ['nl', 'fr', 'en'];

/** `<date>/<id>.<locale>.<ext>` → its locale and format. */
function parseFile(path: string, statementId: string): { locale: Locale; ext: string } | undefined {
  const name = path.slice(path.indexOf('/') + 1);
  if (!name.startsWith(statementId + '.')) return undefined;
  const [locale, ...ext] = name.slice(statementId.length + 1).split('.');
  return locales.includes(locale as Locale) ? { locale: locale as Locale, ext: ext.join('.') } : undefined;
}

/** Every language any archived version is in, in the order nl, fr, en. */
export function archivedLocales(versions: VersionsFile, statementId: string): Locale[] {
  const found = new Set(versions.versions.flatMap((v) => v.files.map((f) => parseFile(f.path, statementId)?.locale).filter((l): l is Locale => l !== undefined)));
  return locales.filter((l) => found.has(l));
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const nl: ElementContent = { type: 'text', value: '\n' };
const lines = (nodes: ElementContent[]): ElementContent[] => nodes.flatMap((n) => [nl, n]).concat(nl);

const formatOrder = ['html', 'pdf', 'md'];
const stringify = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false }, upperDoctype: false });

const pageStyle = `${stylesheet}
.privacy-statement .versions { list-style: none; padding: 0; margin: 2rem 0 0; }
.privacy-statement .versions > li { border-top: 1px solid var(--rule); padding: 1.1rem 0 0.4rem; margin: 0; }
.privacy-statement .versions h2 { border: 0; margin: 0 0 0.4rem; padding: 0; font-size: 1.3rem; }
.privacy-statement .versions p { margin: 0.3rem 0; }
.privacy-statement .versions .current { color: var(--accent); font-weight: 600; }
.privacy-statement .versions .files a { margin-right: 1.25rem; }
`;

/** The version history for readers, in one language: every archived version, newest first, with its files. */
export function archiveIndexHtml(versions: VersionsFile, locale: Locale, controller: string): string {
  const t = translator(locale);
  const id = versions.statement;
  const title = t('lifecycle.archive.title', { controller });
  const items = versions.versions.map((v, i) => {
    const files = v.files.map((f) => ({ ...f, ...parseFile(f.path, id)! })).filter((f) => f.locale !== undefined);
    // For readers: the page and the PDF (the Markdown and data files are for the web team).
    const readable = files.filter((f) => f.ext === 'html' || f.ext === 'pdf');
    const own = (readable.length > 0 ? readable : files).filter((f) => f.locale === locale);
    const shown = own.length > 0 ? own : readable.length > 0 ? readable : files;
    shown.sort((a, b) => formatOrder.indexOf(a.ext) - formatOrder.indexOf(b.ext) || locales.indexOf(a.locale) - locales.indexOf(b.locale));
    const links = shown.map((f) =>
      el('a', { href: f.path, hrefLang: f.locale, ...(f.ext === 'pdf' ? { type: 'application/pdf' } : {}) }, [
        text(t(`lifecycle.archive.format.${f.ext.replace(/\./g, '-')}`) + (f.locale !== locale ? ` (${t(`lifecycle.archive.language.${f.locale}`)})` : '')),
      ]),
    );
    const heading = [text(t('lifecycle.archive.version', { date: formatDate(v.lastAmended, locale, t) }))];
    if (i === 0) heading.push(text(' '), el('span', { className: ['current'] }, [text(t('lifecycle.archive.current'))]));
    const details: ElementContent[] = [el('h2', {}, heading)];
    details.push(
      el('p', {}, [
        text(v.effectiveFrom !== v.lastAmended ? t('lifecycle.archive.effective', { date: formatDate(v.effectiveFrom, locale, t) }) + ' ' : ''),
        text(t('lifecycle.archive.versionId')),
        text(' '),
        el('code', {}, [text(v.version)]),
      ]),
    );
    if (own.length === 0 && files.length > 0) details.push(el('p', {}, [text(t('lifecycle.archive.otherLanguages'))]));
    details.push(el('p', { className: ['files'] }, links.flatMap((a, j) => (j === 0 ? [a] : [text(' '), a]))));
    return el('li', {}, lines(details));
  });
  const article = el('article', { className: ['privacy-statement'] }, lines([el('h1', {}, [text(title)]), el('p', {}, [text(t('lifecycle.archive.intro'))]), el('ol', { className: ['versions'], reversed: true }, lines(items))]));
  const html = el('html', { lang: locale }, [
    nl,
    el('head', {}, lines([el('meta', { charSet: 'utf-8' }, []), el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []), el('meta', { name: 'generator', content: 'privacy-statement-compiler' }, []), el('title', {}, [text(title)]), el('style', {}, [text(pageStyle)])])),
    nl,
    el('body', {}, lines([el('main', {}, lines([article]))])),
    nl,
  ]);
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, nl, html, nl] };
  return stringify.stringify(root);
}
