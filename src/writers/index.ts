import type { Format, Writer } from './types.js';

/**
 * Every output format, by name. Writers are loaded only when their format is requested, so
 * that a Markdown build never loads the HTML or PDF code.
 */
export const writers: Record<Format, () => Promise<Writer>> = {
  md: async () => (await import('./md.js')).writeMarkdown,
  html: async () => (await import('./html.js')).writeHtml,
  pdf: async () => (await import('./pdf/index.js')).writePdf,
};

export const formats = Object.keys(writers) as Format[];

export const extensions: Record<Format, string> = { md: 'md', html: 'html', pdf: 'pdf' };

export type { Format, Writer };
