import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bar, type Page } from '../src/cli/commands/preview.js';
import { useLanguage } from '../src/cli/lang.js';
import { bin, edit, minimal } from './helpers.js';

function get(url: string): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((resolveGet, reject) => {
    request(url, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolveGet({ status: res.statusCode ?? 0, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    })
      .on('error', reject)
      .end();
  });
}

/** The next server-sent event on /events, after `action` (run once the stream is open). */
function nextEvent(url: string, action: () => void): Promise<string> {
  return new Promise((resolveEvent, reject) => {
    const req = request(url + 'events', (res) => {
      let data = '';
      res.setEncoding('utf8').on('data', (d: string) => {
        data += d;
        if (data.includes(': connected')) {
          data = '';
          action();
        }
        const m = /^data: (.*)$/m.exec(data);
        if (m) {
          req.destroy();
          resolveEvent(m[1]!);
        }
      });
    });
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

describe('privacy-statement preview', () => {
  it('serves every language on loopback, shows problems and reloads the page when the file is saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-preview-'));
    const file = join(dir, 's.yaml');
    writeFileSync(file, minimal());
    const child = spawn(process.execPath, [bin, 'preview', file], { env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL in: ${out}`)), 20_000);
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) {
            clearTimeout(timer);
            resolveUrl(m[1]!);
          }
        });
      });
      const root = await get(url);
      expect(root).toMatchObject({ status: 302, location: '/en' });
      const en = await get(url + 'en');
      expect(en.body).toContain('<h1>Privacy statement</h1>');
      expect(en.body).toContain('<a href="/nl">nl</a>');
      expect(en.body).toContain("new EventSource('/events')");
      expect(en.body).toContain('data-provision');
      expect((await get(url + 'nl')).body).toContain('Privacyverklaring');
      expect((await get(url + 'de')).status).toBe(404);

      // A save with a mistake: the page is told to reload, and shows the error at its line.
      await nextEvent(url, () => writeFileSync(file, edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct')));
      const broken = (await get(url + 'en')).body;
      expect(broken).toContain('1 error: the statement cannot be built; below is the last version that could be.');
      expect(broken).toContain('s.yaml:23:17');
      // Fixed again.
      await nextEvent(url, () => writeFileSync(file, edit(minimal(), 'Printing company', 'Print shop')));
      expect((await get(url + 'en')).body).toContain('Print shop');
    } finally {
      child.kill('SIGINT');
    }
  });

  it('shows the problems on the page in the language of the messages', () => {
    const page: Page = {
      html: new Map([['nl', '<html></html>']]),
      locales: ['nl', 'fr'],
      diagnostics: [{ rule: 'purpose-legal-basis', severity: 'error', message: 'Een <fout>.', path: '/purposes/0/legalBasis', line: 23, column: 17, references: [] }],
      errorCount: 1,
      builtAt: 0,
    };
    try {
      useLanguage('nl');
      const nl = bar(page, 'nl', '/x/s.yaml');
      expect(nl).toContain('Voorbeeld van <code>s.yaml</code> — <strong>nl</strong> · <a href="/fr">fr</a> — <strong>1 fout: de verklaring kan niet worden opgebouwd; hieronder staat de laatste versie die wel kon worden opgebouwd.</strong> <small>(opnieuw opgebouwd bij elke opslag)</small>');
      expect(nl).toContain('<code>s.yaml:23:17</code> fout: Een &#60;fout&#62;.');
      useLanguage('fr');
      expect(bar({ ...page, diagnostics: [], errorCount: 0 }, 'fr', '/x/s.yaml')).toContain('Aperçu de <code>s.yaml</code> — <a href="/nl">nl</a> · <strong>fr</strong> — aucun problème <small>(régénéré à chaque enregistrement)</small>');
    } finally {
      useLanguage('en', false);
    }
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [bin, 'preview', 'x.yaml', '--port', 'eighty'], { env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(2);
    expect(err).toContain('a port is a whole number from 1 to 65535');
  });
});
