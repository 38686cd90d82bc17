import { watch as watchFiles, type FSWatcher } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { basename, dirname, resolve } from 'node:path';
import { compile } from '../../compile.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Locale } from '../../model/input.generated.js';
import { UsageError } from '../errors.js';
import { readInputs, readSource, type InputFile } from '../inputs.js';
import { cliLanguage, say } from '../lang.js';
import { describeCode } from '../directories.js';

export interface PreviewOptions {
  port: number;
}

export interface Page {
  /** The statement's HTML per language, when it has no errors. */
  html: Map<Locale, string>;
  locales: Locale[];
  diagnostics: Diagnostic[];
  errorCount: number;
  builtAt: number;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** What the preview adds to each page: the languages, the problems, and a reload when the file changes. */
export function bar(page: Page, current: Locale | undefined, file: string): string {
  const links = page.locales.map((l) => (l === current ? `<strong>${l}</strong>` : `<a href="/${l}">${l}</a>`)).join(' · ');
  const problems = page.diagnostics
    .map((d) => `<li class="${d.severity}"><code>${escapeHtml(`${basename(file)}:${d.line ?? 1}:${d.column ?? 1}`)}</code> ${escapeHtml(say('preview.problem', { severity: say(`cli.severity.${d.severity}`), message: d.message }))} <small>(${escapeHtml([d.rule, ...d.references].join(' · '))})</small></li>`)
    .join('');
  return (
    `<div id="preview-bar" style="position:sticky;top:0;z-index:10;background:#10364d;color:#fff;font:14px/1.5 system-ui,sans-serif;padding:.5rem 1rem">` +
    `<style>#preview-bar a{color:#cfe8ff}#preview-bar ul{margin:.4rem 0 0;padding-left:1.2rem;max-height:40vh;overflow:auto}#preview-bar .error{color:#ffb3b3}#preview-bar .warning{color:#ffe28a}#preview-bar code{color:inherit}</style>` +
    `${say('preview.bar', { file: `<code>${escapeHtml(basename(file))}</code>`, languages: links || escapeHtml(say('preview.no-language')) })} ` +
    (page.errorCount > 0
      ? `<strong>${escapeHtml(say(page.html.size > 0 ? 'preview.errors-last-version' : 'preview.errors', { count: page.errorCount }))}</strong>`
      : escapeHtml(page.diagnostics.length > 0 ? say('cli.summary.warnings', { count: page.diagnostics.length }) : say('preview.no-problems'))) +
    ` <small>${escapeHtml(say('preview.rebuilt-on-save'))}</small>${problems ? `<ul>${problems}</ul>` : ''}</div>` +
    `<script>new EventSource('/events').onmessage = () => location.reload();</script>`
  );
}

/**
 * `privacy-statement preview <file>`: a local web server (loopback only) showing the statement's
 * HTML in every language, rebuilt when the file is saved, with its problems on the page, which
 * reloads itself (server-sent events). Nothing is written to disk.
 */
export async function runPreview(input: string, options: PreviewOptions): Promise<number> {
  const [file] = await readInputs([input]);
  if (!file) throw new UsageError(say('preview.no-file', { input }));
  const path = file.path;
  let page: Page = { html: new Map(), locales: [], diagnostics: [], errorCount: 0, builtAt: 0 };
  const clients = new Set<ServerResponse>();

  const build = async (): Promise<void> => {
    // Read as check and build read it: size limit, UTF-8, and the translations lock beside it.
    let now: InputFile;
    try {
      now = await readSource({ path, display: file.display });
    } catch {
      return; // mid-save: the next event brings the file back
    }
    const lock = now.translations ? { translations: now.translations.text, translationsFile: now.translations.display } : {};
    const result = now.refused
      ? { outputs: [], locales: [], diagnostics: [now.refused], errorCount: 1 }
      : await compile(now.text, { file: file.display, formats: ['html'], html: 'document', ...lock, lang: cliLanguage() });
    // With errors, the last version that could be built stays on the page, under the problems.
    const built = result.outputs.length > 0;
    page = {
      html: built ? new Map(result.outputs.map((o) => [o.locale, o.content as string])) : page.html,
      locales: built ? (result.locales ?? []) : page.locales,
      diagnostics: result.diagnostics,
      errorCount: result.errorCount,
      builtAt: Date.now(),
    };
    for (const client of clients) client.write(`data: ${page.builtAt}\n\n`);
  };
  await build();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    const locale = url.pathname.slice(1) as Locale;
    if (url.pathname === '/' || !page.locales.includes(locale)) {
      if (url.pathname === '/' && page.locales[0] && page.html.size > 0) {
        response.writeHead(302, { location: `/${page.locales[0]}` }).end();
        return;
      }
      const status = url.pathname === '/' ? 200 : 404;
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(say('preview.title'))}</title></head><body style="margin:0">${bar(page, undefined, path)}</body></html>`);
      return;
    }
    const html = page.html.get(locale);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html ? html.replace(/<body>/, `<body>${bar(page, locale, path)}`) : `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(say('preview.title'))}</title></head><body style="margin:0">${bar(page, locale, path)}</body></html>`);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new UsageError(error.code === 'EADDRINUSE' ? say('preview.port-in-use', { port: options.port }) : say('preview.cannot-start', { reason: describeCode(error) }))),
    );
    // Loopback only: the preview is for the person at this machine.
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  process.stdout.write(`${say('preview.started', { file: file.display, url: `http://127.0.0.1:${port}/` })}\n`);

  // The directory, not the file: editors save by replacing the file.
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watchFiles(dirname(path), (_event, name) => {
      if (name !== null && resolve(dirname(path), name.toString()) !== path) return;
      clearTimeout(timer);
      timer = setTimeout(() => void build().then(() => process.stdout.write(`${say('preview.rebuilt', { file: file.display, result: page.errorCount > 0 ? say('cli.summary.errors', { count: page.errorCount }) : say('preview.ok') })}\n`)), 80);
    });
  } catch (error) {
    server.close();
    throw new UsageError(say('preview.cannot-watch', { file: file.display, reason: describeCode(error) }));
  }
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      watcher?.close();
      for (const client of clients) client.end();
      server.close(() => resolveStop());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
