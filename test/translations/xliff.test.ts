import { SaxesParser, type SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import { analyze } from '../../src/compile.js';
import { segments, valueAt } from '../../src/load/pointer.js';
import { isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Locale } from '../../src/model/input.generated.js';
import { examples, edit, harmony, lineOf, minimal, read } from '../helpers.js';
import { lockOf } from './lock-of.js';
import { importTranslations, openTranslations } from '../../src/translations/api.js';
import { changedLines, exportOf, importInto, unitOf, withTarget } from './xliff-helpers.js';

const namespace = 'urn:oasis:names:tc:xliff:document:1.2';

interface Element {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** A strict, namespace-aware XML parse (every well-formedness error throws) into a small tree. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Element[] = [];
  let root: Element | undefined;
  parser.on('doctype', () => {
    throw new Error('unexpected DOCTYPE');
  });
  parser.on('opentag', (node) => {
    const tag = node as SaxesTagNS;
    const element: Element = { name: tag.local, uri: tag.uri, attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])), children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root!;
}

const all = (e: Element, name: string): Element[] => [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => all(c, name))];
const child = (e: Element, name: string) => e.children.find((c) => c.name === name);
/** The 0-based lines of a translation's key and value in a YAML text. */
function valueLines(text: string, ptr: string, locale: string): { first: number; last: number } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const map = doc.getIn(segments(ptr), true) as YAMLMap;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === locale)!;
  const end = (pair.value as Node).range![1];
  return { first: counter.linePos((pair.key as Node).range![0]).line - 1, last: counter.linePos(text[end - 1] === '\n' ? end - 1 : end).line - 1 };
}

const asText = (v: unknown) => (Array.isArray(v) ? v.join('\n') : (v as string | undefined));

describe('XLIFF export', () => {
  const cases: [string, Locale][] = [[examples.harmony, 'fr'], [examples.harmony, 'en'], [examples.kmo, 'fr'], [examples.adviseur, 'en']];
  for (const [path, locale] of cases) {
    it(`${path} → ${locale}: well-formed XLIFF 1.2 in its namespace, one unit per text, id the text's JSON Pointer`, () => {
      const text = read(path);
      const input = analyze(text, { rules: [] }).input!;
      const source = input.statement.locales[0]!;
      const xml = exportOf(text, locale, lockOf(text));
      const root = parseXml(xml);
      expect([root.name, root.uri, root.attributes.version]).toEqual(['xliff', namespace, '1.2']);
      expect(all(root, '*').length).toBe(0);
      for (const e of all(root, 'trans-unit')) expect(e.uri).toBe(namespace);
      const files = all(root, 'file');
      expect(files).toHaveLength(1);
      expect(files[0]!.attributes).toMatchObject({ 'source-language': source, 'target-language': locale, datatype: 'plaintext', original: 'statement.yaml' });
      const units = all(root, 'trans-unit');
      expect(units.length).toBe(text === harmony() ? 107 : path === examples.kmo ? 109 : 94);
      for (const u of units) {
        const value = valueAt(input, u.attributes.id!) as Record<string, unknown>;
        expect(value, u.attributes.id).toBeDefined();
        expect(child(u, 'source')!.text).toBe(asText(value[source]));
        expect(child(u, 'target')!.text).toBe(asText(value[locale]));
        expect(child(u, 'target')!.attributes.state).toBe('final');
        expect(u.attributes['xml:space']).toBe('preserve');
        expect(child(u, 'note')!.text.length).toBeGreaterThan(5);
      }
    });
  }

  it('marks what each unit needs, and names the field in a note', () => {
    const text = harmony();
    const lock = lockOf(text);
    const changed = edit(edit(text, 'nl: Wij houden voor intern gebruik', 'nl: Wij houden altijd voor intern gebruik'), '\n      fr: Prévenir et combattre la fraude', '');
    const root = parseXml(exportOf(changed, 'fr', lock));
    const unit = (id: string) => all(root, 'trans-unit').find((u) => u.attributes.id === id)!;
    const stale = unit('/purposes/6/description');
    expect(child(stale, 'target')!.attributes.state).toBe('needs-review-translation');
    expect(stale.children.filter((c) => c.name === 'note').map((n) => n.text)).toEqual([
      'Description of purpose “Het voorkomen en bestrijden van fraude”',
      'The Dutch text has changed since this translation was accepted: bring the translation in line with it.',
    ]);
    const missing = unit('/purposes/6/name');
    expect(child(missing, 'target')!.attributes.state).toBe('needs-translation');
    expect(child(missing, 'target')!.text).toBe('');
    expect(unit('/purposes/6/legitimateInterest').attributes.approved).toBe('yes');
    expect(child(unit('/purposes/6/legitimateInterest'), 'target')!.attributes.state).toBe('final');
    // Without a lock file nothing was accepted: every translation is there, but none is final.
    const states = new Set(all(parseXml(exportOf(text, 'fr')), 'target').map((t) => t.attributes.state));
    expect([...states]).toEqual(['translated']);
  });

  it('escapes what XML must escape', () => {
    const text = edit(minimal(), 'en: We use your details to administer your policy.', 'en: "We use <your> details & more: a ]]> b, \\"quoted\\""');
    const xml = exportOf(text, 'nl');
    expect(unitOf(xml, '/purposes/0/description')).toContain('<source>We use &lt;your&gt; details &amp; more: a ]]&gt; b, "quoted"</source>');
    expect(child(all(parseXml(xml), 'trans-unit').find((u) => u.attributes.id === '/purposes/0/description')!, 'source')!.text).toBe('We use <your> details & more: a ]]> b, "quoted"');
  });

  it('opens in the `xliff` library (xliff12ToJs), and what that library writes back imports', async () => {
    const text = harmony();
    const xml = exportOf(text, 'fr', lockOf(text));
    const js = await xliff12ToJs(xml);
    expect([js.sourceLanguage, js.targetLanguage]).toEqual(['nl', 'fr']);
    const units = js.resources['statement.yaml']!;
    expect(Object.keys(units)).toHaveLength(107);
    expect(units['/dataCategories/0/examples']).toMatchObject({ source: 'naam\ngeboortedatum\ngeslacht', target: 'nom\ndate de naissance\nsexe' });
    expect(units['/purposes/6/description']!.note).toBe('Description of purpose “Het voorkomen en bestrijden van fraude”');
    // A tool's round trip: read, translate one unit, write XLIFF 1.2 again, import that.
    units['/purposes/6/description']!.target = 'Nous tenons un registre interne & "sûr" des incidents.';
    const back = await jsToXliff12(js);
    const result = importInto(text, back, lockOf(text));
    expect(result.diagnostics).toEqual([]);
    expect(result.written.map((w) => w.path)).toEqual(['/purposes/6/description']);
    const line = lineOf(text, 'fr: Nous conservons des dossiers');
    expect(changedLines(text, result.text!)).toEqual({ first: line - 1, last: line - 1, inserted: ['      fr: Nous tenons un registre interne & "sûr" des incidents.'] });
  });
});

describe('XLIFF import: export, edit one target, import', () => {
  const cases: [string, Locale, string][] = [
    [examples.harmony, 'fr', '/purposes/1/description'],
    [examples.kmo, 'fr', '/purposes/0/description'],
    [examples.adviseur, 'en', '/purposes/0/description'],
  ];
  for (const [path, locale, id] of cases) {
    it(`${path}: changes exactly that text, and nothing else in the file`, () => {
      const text = read(path);
      const lock = lockOf(text);
      const target = 'Une traduction nouvelle, revue par un juriste, pour ce texte.';
      const result = importInto(text, withTarget(exportOf(text, locale, lock), id, target), lock);
      expect(result.diagnostics).toEqual([]);
      const after = result.text!;
      const input = analyze(text, { rules: [] }).input!;
      const expected = structuredClone(input) as unknown as Record<string, unknown>;
      (valueAt(expected, id) as Record<string, string>)[locale] = target;
      expect(analyze(after, { rules: [] }).input).toEqual(expected);
      // Bytes outside the edited value's lines are the same.
      const { first, last } = changedLines(text, after);
      const lines = valueLines(text, id, locale);
      expect(first).toBeGreaterThanOrEqual(lines.first);
      expect(last).toBeLessThanOrEqual(lines.last);
      expect(last).toBeGreaterThanOrEqual(first);
      // The lock accepts it: the statement is current again.
      expect(JSON.parse(result.lockText!).texts).not.toEqual(JSON.parse(lock).texts);
      expect(analyze(after, { translations: result.lockText! }).diagnostics.filter((d) => d.rule === 'translation-stale')).toEqual([]);
    });
  }
});

/** The text between the values of one language's translations: everything an import must leave as it was. */
function outsideTranslations(text: string, locale: string, paths: string[]): string[] {
  const doc = parseDocument(text);
  const ranges = paths
    .map((ptr) => {
      const pair = (doc.getIn(segments(ptr), true) as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === locale)!;
      const [start, end] = (pair.value as Node).range!;
      return [start, text[end - 1] === '\n' ? end - 1 : end] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  const gaps: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    gaps.push(text.slice(at, start));
    at = end;
  }
  gaps.push(text.slice(at));
  return gaps;
}

describe('XLIFF import of every unit of an example at once', () => {
  for (const [path, locale] of [[examples.harmony, 'fr'], [examples.kmo, 'fr'], [examples.adviseur, 'en']] as const) {
    it(`${path}: every ${locale} text rewritten, every byte between them kept`, () => {
      const text = read(path);
      let xml = exportOf(text, locale);
      const ids = [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!);
      const input = analyze(text, { rules: [] }).input!;
      const expected = structuredClone(input) as unknown as Record<string, unknown>;
      for (const id of ids) {
        const value = (valueAt(input, id) as Record<string, string | string[]>)[locale]!;
        const next = Array.isArray(value) ? [...value, 'revu'] : `${value} (revu)`;
        (valueAt(expected, id) as Record<string, unknown>)[locale] = next;
        xml = withTarget(xml, id, Array.isArray(next) ? next.join('\n') : next);
      }
      const result = importInto(text, xml);
      expect(result.diagnostics).toEqual([]);
      expect(result.written).toHaveLength(ids.length);
      expect(analyze(result.text!, { rules: [] }).input).toEqual(expected);
      expect(outsideTranslations(result.text!, locale, ids)).toEqual(outsideTranslations(text, locale, ids));
    });
  }
});

describe('XLIFF import refuses, all or nothing', () => {
  const text = harmony();
  const lock = lockOf(text);
  const xml = exportOf(text, 'fr', lock);
  const good = withTarget(xml, '/purposes/1/name', 'Exécution du contrat');
  const refused = (xliff: string, rule: string, message: RegExp) => {
    const result = importInto(text, xliff, lock);
    expect(result.text).toBeUndefined();
    expect(result.lockText).toBeUndefined();
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.diagnostics[0]).toMatchObject({ rule, file: 'statement.fr.xlf', message: expect.stringMatching(message) });
    return result.diagnostics[0]!;
  };

  it('a unit whose source is no longer the statement’s text', () => {
    const d = refused(good.replace('<source>Wij houden voor intern gebruik', '<source>Wij hielden voor intern gebruik'), 'xliff-unit-refused', /^Unit “\/purposes\/6\/description” \(Description of purpose “Het voorkomen en bestrijden van fraude”\): its Dutch source is not the Dutch text of the statement any more/);
    expect(d.line).toBe(lineOf(good, '<trans-unit id="/purposes/6/description"'));
    expect(d.column).toBe(7);
  });
  it('a unit for a place that does not exist', () => refused(good.replace('id="/purposes/6/description"', 'id="/purposes/60/description"'), 'xliff-unit-refused', /^Unit “\/purposes\/60\/description”: that place in the statement does not exist/));
  it('malformed XML', () => {
    const d = refused(good.replace('</body>', '</bdy>'), 'xliff-invalid', /^The XLIFF file is not well-formed XML/);
    expect(d.line).toBe(lineOf(good, '</body>'));
  });
  it('a DOCTYPE (no entity is ever declared or expanded)', () =>
    refused(good.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>').replace('Exécution du contrat<', 'Exécution &secret;<'), 'xliff-invalid', /has a DOCTYPE declaration/));
  it('an undeclared entity', () => refused(good.replace('Exécution du contrat<', 'Exécution &nbsp;du contrat<'), 'xliff-invalid', /not well-formed XML/));
  it('another namespace or version', () => {
    refused(good.replace(`xmlns="${namespace}"`, 'xmlns="urn:oasis:names:tc:xliff:document:2.0"'), 'xliff-invalid', /not XLIFF 1\.2.*XLIFF 2 is not read here/);
    refused(good.replace(`xmlns="${namespace}"`, ''), 'xliff-invalid', /its namespace is missing/);
    refused(good.replace('version="1.2"', 'version="1.1"'), 'xliff-invalid', /version 1\.1; only XLIFF 1\.2/);
  });
  it('other languages', () => {
    refused(good.replace('source-language="nl"', 'source-language="en"'), 'xliff-invalid', /translates from `en`, but the statement's texts are written in Dutch/);
    refused(good.replace('target-language="fr"', 'target-language="de-DE"'), 'xliff-invalid', /translates into `de-DE`, which is not a language of the statement/);
  });
  it('two units with one id, and inline codes in a target', () => {
    const unit = unitOf(good, '/purposes/1/name');
    refused(good.replace(unit, unit + unit), 'xliff-invalid', /Two units have the id “\/purposes\/1\/name”/);
    refused(good.replace('>Exécution du contrat<', '>Exécution <ph id="1">{x}</ph> du contrat<'), 'xliff-invalid', /contains an inline code <ph>/);
  });
  it('a translation that would break the statement (HTML, a heading)', () => {
    refused(withTarget(xml, '/purposes/1/description', '# Titre\n\nTexte.'), 'xliff-unit-refused', /^Unit “\/purposes\/1\/description”: with this translation the statement would not pass `check`/);
  });
  it('every refusal at once, not just the first', () => {
    const both = good.replace('id="/purposes/6/description"', 'id="/purposes/60/description"').replace('<source>Het voorkomen en bestrijden van fraude<', '<source>Het bestrijden van fraude<');
    const result = importInto(text, both, lock);
    expect(result.diagnostics.map((d) => /^Unit “([^”]+)”/.exec(d.message)?.[1])).toEqual(['/purposes/6/name', '/purposes/60/description']);
  });
  it('in the language of the messages, with the same ids', () => {
    const stale = good.replace('<source>Wij houden voor intern gebruik', '<source>Wij hielden voor intern gebruik');
    const { opened } = openTranslations(text, { translations: lock, lang: 'fr' });
    const fr = importTranslations(text, opened!, stale, { file: 'statement.yaml', xliffFile: 'statement.fr.xlf', lang: 'fr' });
    expect(fr.diagnostics[0]).toMatchObject({
      rule: 'xliff-unit-refused',
      messageId: 'translations.import.source-changed',
      message: expect.stringMatching(/^Unité « \/purposes\/6\/description » \(Description \(finalité « Het voorkomen en bestrijden van fraude »\)\) : son texte source en néerlandais n'est plus le texte en néerlandais de la déclaration/),
    });
    const nl = importTranslations(text, opened!, good.replace('version="1.2"', 'version="1.1"'), { xliffFile: 'statement.fr.xlf', lang: 'nl' });
    expect(nl.diagnostics[0]).toMatchObject({ rule: 'xliff-invalid', messageId: 'translations.xliff.version', message: 'Dit XLIFF-bestand heeft versie 1.1; alleen XLIFF 1.2 wordt hier gelezen. Exporteer XLIFF 1.2 uit uw vertaalprogramma.' });
    expect(importInto(text, stale, lock).diagnostics[0]!.messageId).toBe('translations.import.source-changed');
  });
  it('a region in the language (fr-BE) is the language', () => {
    const result = importInto(text, good.replace('target-language="fr"', 'target-language="fr-BE"'), lock);
    expect(result.written.map((w) => w.path)).toEqual(['/purposes/1/name']);
  });
});
