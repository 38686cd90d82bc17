// Generates a corpus of realistic statements for the benchmark: brand statements of an insurer
// group, varied from the shipped examples (names, contact details, dates, retention periods,
// optional sections), each as large as the example it comes from.
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const brands = ['Aurora', 'Baken', 'Citadel', 'Delta', 'Eikhof', 'Fjord', 'Galant', 'Haven', 'Iris', 'Juno', 'Kompas', 'Lumen', 'Meridiaan', 'Noord', 'Orion', 'Polder', 'Quartz', 'Rivier', 'Sterre', 'Tulp'];
const lines = ['Mobiel', 'Reis', 'Woon', 'Auto', 'Zorg'];

/** A small deterministic generator, so that every run benchmarks the same corpus. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const languages = ['nl', 'en', 'fr'];

/**
 * Every statement in all three languages, as the benchmark's target counts them (100 × 3 × 3
 * files). An example written in two languages gets the third as a copy of the texts of the
 * first: the same length and characters as a translation, which is all that speed depends on.
 */
function inAllLanguages(statement) {
  const have = statement.statement.locales;
  const from = have[0];
  (function visit(node) {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const keys = Object.keys(node);
    const text = (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    const localized = keys.length > 0 && keys.every((k) => have.includes(k) && text(node[k]));
    if (localized) {
      for (const l of languages) if (!(l in node)) node[l] = node[from];
      return;
    }
    Object.values(node).forEach(visit);
  })(statement);
  statement.statement.locales = [...have, ...languages.filter((l) => !have.includes(l))];
}

export function generateCorpus(root, outDir, count = 100) {
  const examples = readdirSync(join(root, 'examples'))
    .map((name) => join(root, 'examples', name, 'statement.yaml'))
    .filter((path) => existsSync(path))
    .sort();
  const bases = examples.map((path) => parse(readFileSync(path, 'utf8')));
  mkdirSync(outDir, { recursive: true });
  const rnd = random(42);
  for (let i = 0; i < count; i++) {
    const s = structuredClone(bases[i % bases.length]);
    const brand = `${brands[i % brands.length]} ${lines[Math.floor(i / brands.length) % lines.length]}`;
    const slug = brand.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const original = s.controller.name;
    s.statement.id = `${slug}-${i}`;
    s.controller.name = brand;
    s.controller.email = `privacy@${slug}.example`;
    if (s.controller.website) s.controller.website = `https://www.${slug}.example`;
    // From 2024: the examples name transfers under the EU-U.S. Data Privacy Framework (July 2023).
    s.statement.lastAmended = `20${24 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`;
    delete s.statement.effectiveFrom;
    if (s.changes?.[0]) s.changes[0].date = s.statement.lastAmended;
    if (s.changes) s.changes = s.changes.filter((c) => c.date <= s.statement.lastAmended);
    for (const rule of s.retention) if (rule.period && rnd() < 0.3) rule.period = rnd() < 0.5 ? 'P10Y' : 'P5Y';
    if (rnd() < 0.25) delete s.security;
    if (rnd() < 0.25) delete s.cookies;
    inAllLanguages(s);
    // The brand's name in its own texts; written out in full, as people write them (no `&anchor`s).
    const text = stringify(s, { lineWidth: 0, aliasDuplicateObjects: false }).split(original).join(brand);
    writeFileSync(join(outDir, `${s.statement.id}.yaml`), text);
  }
  return examples.length;
}
