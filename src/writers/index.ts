import type { ContentOf, Format, Registration, Writer } from './types.js';

/**
 * Every output format, by name: one line each. A writer is loaded only when its format is
 * requested, so that a Markdown build never loads the HTML or PDF code. Adding a format is one
 * writer file plus one line here.
 */
export const registry: { [F in Format]: Registration<F> } = {
  md: { scope: 'locale', suffix: 'md', summary: 'the statement as Markdown', load: async () => (await import('./md.js')).writeMarkdown },
  html: { scope: 'locale', suffix: 'html', summary: 'the statement as a web page or fragment', load: async () => (await import('./html.js')).writeHtml },
  pdf: { scope: 'locale', suffix: 'pdf', summary: 'the statement as an accessible PDF', load: async () => (await import('./pdf/index.js')).writePdf },
  json: { scope: 'locale', suffix: 'json', summary: 'the statement as data, with layered notices, for web sites', load: async () => (await import('./json.js')).writeJson },
  jsonld: { scope: 'statement', suffix: 'jsonld', summary: 'the statement in W3C DPV terms (JSON-LD), all its languages', load: async () => (await import('./jsonld.js')).writeJsonLd },
  tilt: { scope: 'locale', suffix: 'tilt.json', summary: 'a TILT document (Transparency Information Language)', load: async () => (await import('./tilt.js')).writeTilt },
  csv: { scope: 'locale', suffix: 'register.csv', summary: 'the Art. 30 record of processing activities as CSV', load: async () => (await import('./register-csv.js')).writeRegisterCsv },
  xlsx: { scope: 'locale', suffix: 'register.xlsx', summary: 'the Art. 30 record of processing activities as a spreadsheet', load: async () => (await import('./register-xlsx.js')).writeRegisterXlsx },
};

/** Every format, in the registry's order. */
export const formats = Object.keys(registry) as Format[];

/** What a build writes when no format is named. */
export const defaultFormats: Format[] = ['md', 'html', 'pdf'];

/** The file name of a format's output: `<id>.<locale>.<suffix>`, or `<id>.<suffix>` for a per-statement format. */
export function fileName<F extends Format>(format: F, statementId: string, locale: string): string {
  const { scope, suffix } = registry[format];
  return scope === 'statement' ? `${statementId}.${suffix}` : `${statementId}.${locale}.${suffix}`;
}

export const writers = Object.fromEntries(formats.map((f) => [f, registry[f].load])) as { [F in Format]: () => Promise<Writer<ContentOf[F]>> };

export type { ContentOf, Format, Registration, Writer };
