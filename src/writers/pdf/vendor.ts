/**
 * pdfkit and fontkit, as the PDF writer uses them: one module, so that the two share one
 * fontkit (pdfkit embeds the fonts fontkit opened).
 *
 * The build bundles this module on its own, minified, as `lib/pdfkit.cjs` (see
 * build.config.mjs), which the command line and the library load only when a PDF is written.
 * Loaded from their packages, pdfkit and fontkit are some twenty files, 125-145 ms to load and
 * ~3 MB of source kept in memory by each process that writes PDFs; bundled, 80-85 ms (mostly
 * unpacking Unicode tables) and 0.4 MB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export { default as PDFDocument } from 'pdfkit';
export { create } from 'fontkit';

type Versions = Record<'fontkit' | 'pdfkit', string>;

/** Set by the build in lib/pdfkit.cjs: the versions it bundled. */
declare const __PSC_BUNDLED_VERSIONS__: Versions | undefined;

/**
 * The versions of fontkit (which shapes the words) and pdfkit (which scales them) that this
 * module is: in lib/pdfkit.cjs, those it was bundled from, whatever is installed beside it;
 * run from the sources, the installed ones.
 */
export function vendorVersions(): Versions {
  if (typeof __PSC_BUNDLED_VERSIONS__ !== 'undefined') return __PSC_BUNDLED_VERSIONS__;
  const resolve = createRequire(import.meta.url).resolve;
  return { fontkit: packageVersion(resolve('fontkit')), pdfkit: packageVersion(resolve('pdfkit')) };
}

/** The version in the package.json of the package a file belongs to. */
function packageVersion(entry: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name && pkg.version) return pkg.version;
    } catch {
      // no package.json at this level
    }
  }
  return 'unknown';
}
