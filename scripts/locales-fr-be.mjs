// `npm run locales:fr-be`: writes locales/fr-BE.json from the French sentences (locales/fr.json and
// locales/{lifecycle,outputs,web}/fr.json) with the Belgian French terms of locales/glossary.json,
// keeping only the strings that change; `--check` only compares. test/language/glossary.test.ts
// requires the file to be exactly this, so run it after changing a French sentence.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.cwd();
const json = (p) => JSON.parse(readFileSync(join(root, p), 'utf8'));
const glossary = json('locales/glossary.json');
const swaps = Object.values(glossary.concepts)
  .filter((c) => c.fr && c['fr-BE'] && c.fr.use !== c['fr-BE'].use)
  .map((c) => [c.fr.use, c['fr-BE'].use]);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const belgian = (s) => swaps.reduce((t, [from, to]) => t.split(from).join(to).split(cap(from)).join(cap(to)), s);
function changed(value, f) {
  if (typeof value === 'string') return f(value) === value ? undefined : f(value);
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && f(v) !== v) ? value.map((v) => (typeof v === 'string' ? f(v) : v)) : undefined;
  if (value && typeof value === 'object') {
    const out = Object.fromEntries(Object.entries(value).flatMap(([k, v]) => { const c = changed(v, f); return c === undefined ? [] : [[k, c]]; }));
    return Object.keys(out).length > 0 ? out : undefined;
  }
  return undefined;
}
const french = { ...json('locales/fr.json'), lifecycle: json('locales/lifecycle/fr.json'), outputs: json('locales/outputs/fr.json'), web: json('locales/web/fr.json') };
const out = JSON.stringify(changed(french, belgian), null, 2) + '\n';
const file = join(root, 'locales/fr-BE.json');
const before = readFileSync(file, 'utf8');
if (process.argv.includes('--check')) { console.log(before === out ? 'fr-BE.json up to date (byte-identical)' : 'fr-BE.json differs'); process.exit(before === out ? 0 : 1); }
writeFileSync(file, out);
console.log(before === out ? 'unchanged' : 'rewritten', 'swaps:', JSON.stringify(swaps));
