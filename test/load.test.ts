import { describe, expect, it } from 'vitest';
import { escapeSegment } from '../src/load/pointer.js';
import { loadSource, type Locator } from '../src/load/source.js';
import { edit, examples, lineOf, minimal, read } from './helpers.js';

/** Every pointer into a value, with the value there. */
function entries(value: unknown, ptr = ''): [string, unknown][] {
  const out: [string, unknown][] = [[ptr, value]];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...entries(v, `${ptr}/${i}`)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...entries(v, `${ptr}/${escapeSegment(k)}`));
  return out;
}

/** The text from a position to the end of its line. */
function textAt(lines: string[], pos: ReturnType<Locator['position']>): string {
  expect(pos).toBeDefined();
  return lines[pos!.line - 1]!.slice(pos!.column - 1);
}

describe('loading YAML and JSON with positions', () => {
  it('gives the line and column of every value and key', () => {
    const text = minimal();
    const { value, diagnostics, locator } = loadSource(text, 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect((value as { statement: { id: string } }).statement.id).toBe('minimal');
    expect(locator.position('/statement/id')).toEqual({ line: lineOf(text, 'id: minimal'), column: 7 });
    expect(locator.position('/statement/id', 'key')).toEqual({ line: lineOf(text, 'id: minimal'), column: 3 });
    // Containers point at their key, where a reader looks.
    expect(locator.position('/controller')).toEqual({ line: lineOf(text, 'controller:'), column: 1 });
    expect(locator.position('/purposes/0/dataCategories/0')).toEqual({ line: lineOf(text, 'dataCategories: [contact]'), column: 22 });
    // A pointer below what exists falls back to the nearest ancestor.
    expect(locator.position('/controller/nothing/here')?.line).toBe(lineOf(text, 'controller:'));
  });

  it('places every key and every value of a real statement where it is written', () => {
    for (const path of Object.values(examples)) {
      const text = read(path);
      const lines = text.split('\n');
      const { value, diagnostics, locator } = loadSource(text, path);
      expect(diagnostics).toEqual([]);
      const all = entries(value);
      expect(all.length).toBeGreaterThan(300);
      for (const [ptr, v] of all.slice(1)) {
        const key = ptr.slice(ptr.lastIndexOf('/') + 1);
        const at = textAt(lines, locator.position(ptr, 'value'));
        if (typeof v === 'string' && !at.startsWith('>') && !at.startsWith('|')) {
          // A plain or quoted text starts with its first words.
          expect(at.replace(/^["']/, ''), ptr).toMatch(new RegExp('^' + v.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        } else if (Array.isArray(v) || (v && typeof v === 'object')) {
          expect(at[0] === '[' || at[0] === '{' || at.startsWith('- ') || /^[\w"]/.test(at), ptr).toBe(true);
        } else if (typeof v !== 'string') {
          expect(at.startsWith(String(v)), ptr).toBe(true);
        }
        if (!/^\d+$/.test(key)) expect(textAt(lines, locator.position(ptr, 'key')).startsWith(key + ':'), ptr).toBe(true);
      }
    }
  });

  it('reads JSON, with positions', () => {
    const json = '{\n  "format": "privacy-statement/v1",\n  "statement": {\n    "id": "x"\n  }\n}\n';
    const { value, diagnostics, locator } = loadSource(json, 'x.json');
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ format: 'privacy-statement/v1', statement: { id: 'x' } });
    expect(locator.position('/statement/id')).toEqual({ line: 4, column: 11 });
  });

  it('reports a syntax error at its line, without throwing', () => {
    const text = edit(minimal(), '  email: privacy@example.nl\nprivacyContact:', '  email: privacy@example.nl\n   bad indent: [\nprivacyContact:');
    const { value, diagnostics } = loadSource(text, 'm.yaml');
    expect(value).toBeUndefined();
    // YAML reads the indented line as a continuation of the e-mail value, so the error is there.
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'syntax-error', severity: 'error', file: 'm.yaml', line: lineOf(text, 'email: privacy@example.nl') });
    expect(diagnostics[0]!.message).toContain('Check the indentation of this line and the next');
  });

  it('reports a duplicate key at the second occurrence', () => {
    const text = edit(minimal(), '  lastAmended: 2024-01-31\n', '  lastAmended: 2024-01-31\n  id: again\n');
    const { diagnostics } = loadSource(text, 'm.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'duplicate-key', line: lineOf(text, 'id: again'), column: 3 });
    expect(diagnostics[0]!.message).toContain('`id`');
  });

  it('refuses an alias bomb with a diagnostic', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const { value, diagnostics } = loadSource(lines.join('\n') + '\n', 'bomb.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => d.rule)).toEqual(['alias-limit']);
  });

  it('ignores a byte order mark and keeps columns right', () => {
    const { diagnostics, locator } = loadSource('\uFEFFformat: privacy-statement/v1\n', 'bom.yaml');
    expect(diagnostics).toEqual([]);
    expect(locator.position('/format')).toEqual({ line: 1, column: 9 });
  });

  it('reads CRLF line endings', () => {
    const { diagnostics, locator } = loadSource(minimal().replace(/\n/g, '\r\n'), 'crlf.yaml');
    expect(diagnostics).toEqual([]);
    expect(locator.position('/statement/id')?.line).toBe(lineOf(minimal(), 'id: minimal'));
  });

  it('reports tabs used for indentation', () => {
    const { diagnostics } = loadSource('statement:\n\tid: x\n', 'tab.yaml');
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
  });

  it('keeps __proto__ as plain data', () => {
    const { value } = loadSource('__proto__: { polluted: true }\n', 'p.yaml');
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('common slips in hand-written YAML', () => {
  it('a colon inside an unquoted text: says to quote it', () => {
    const text = edit(
      minimal(),
      'description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }',
      'description:\n      en: Prints: and sends our letters.\n      nl: Drukt en verstuurt onze brieven.',
    );
    const { diagnostics } = loadSource(text, 'm.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.line).toBe(lineOf(text, 'en: Prints: and'));
    expect(diagnostics[0]!.message).toBe('The text after `en:` contains `: ` (a colon and a space), which YAML reads as the start of another key. Put the whole text in double quotes: `en: "Prints: and sends our letters."`.');
  });

  it('a key indented differently from the key above it: says by how much', () => {
    const text = edit(minimal(), '    legalBasis: contract\n    dataCategories: [contact]', '    legalBasis: contract\n   dataCategories: [contact]');
    const { diagnostics } = loadSource(text, 'm.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: lineOf(text, '   dataCategories: [contact]') });
    expect(diagnostics[0]!.message).toMatch(/^This key is indented by 3 spaces, the key above it by 4\./);
  });
});

describe('YAML 1.2, as JSON reads it', () => {
  it('reads keys as texts, whatever they look like', () => {
    const { value, diagnostics } = loadSource('0123: a\ntrue: b\nnull: c\n1e3: d\n', 'k.yaml');
    expect(diagnostics).toEqual([]);
    expect(value).toStrictEqual({ '0123': 'a', true: 'b', null: 'c', '1e3': 'd' });
  });

  it('refuses a list or a block as a key, at its line', () => {
    const { value, diagnostics } = loadSource('a: 1\n[x, y]: 2\n', 'k.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ rule: 'syntax-error', line: 2, column: 1 });
    expect(diagnostics[0]!.message).toBe('`[x, y]` cannot be a key: keys are single words such as `name`. Check the indentation, or put the text in quotes.');
  });

  it('keeps YAML 1.2 when the file asks for YAML 1.1', () => {
    const { value, diagnostics } = loadSource('%YAML 1.1\n---\na: no\nb: 2022-04-05\nc: &c { k: v }\nd:\n  <<: *c\n', 'v.yaml');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // `no` stays a word, a date stays a text, and `<<` is a key like any other.
    expect(value).toStrictEqual({ a: 'no', b: '2022-04-05', c: { k: 'v' }, d: { '<<': { k: 'v' } } });
  });

  it('reports a second document', () => {
    const { value, diagnostics } = loadSource('a: 1\n---\nb: 2\n', 'd.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ rule: 'syntax-error', line: 2, column: 1 }]);
    expect(diagnostics[0]!.message).toContain('more than one YAML document');
  });
});

describe('tags', () => {
  it('reads the core tags as what they say', () => {
    const { value, diagnostics } = loadSource('a: !!str 0123\nb: ! 0123\nc: !!int "12"\nd: !!str yes\n', 't.yaml');
    expect(diagnostics).toEqual([]);
    expect(value).toStrictEqual({ a: '0123', b: '0123', c: 12, d: 'yes' });
  });

  it('refuses YAML 1.1 tags and unknown ones at the tag, with the value kept out of the statement', () => {
    const text = 'format: privacy-statement/v1\nstatement:\n  lastAmended: !!timestamp 2022-04-05\n  logo: !!binary aGVsbG8=\n  more: !include other.yaml\n';
    const { value, diagnostics } = loadSource(text, 't.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.path])).toEqual([
      ['unknown-tag', 'error', 3, 16, '/statement/lastAmended'],
      ['unknown-tag', 'error', 4, 9, '/statement/logo'],
      ['unknown-tag', 'error', 5, 9, '/statement/more'],
    ]);
    expect(diagnostics[0]!.message).toBe('The tag `!!timestamp` is not part of the statement format. Remove it: a date is written as YYYY-MM-DD without a tag, such as `2022-04-05`.');
    expect(diagnostics[2]!.message).toBe('The tag `!include` is not part of the statement format, which reads texts, numbers, `true`/`false`, lists and blocks of keys only. Remove the tag (the value would otherwise be the text `other.yaml`).');
  });

  it('says when a core tag does not fit its value', () => {
    const { diagnostics } = loadSource('a: !!int twelve\n', 't.yaml');
    expect(diagnostics).toMatchObject([{ rule: 'unknown-tag', line: 1, column: 4, path: '/a' }]);
    expect(diagnostics[0]!.message).toBe('The tag `!!int` says this value is a whole number, but `twelve` is not. Remove the tag and write the value as it should be.');
  });

  it('prints nothing to the console (a collection as a key made `yaml` warn there)', () => {
    const warn = process.emitWarning;
    const seen: unknown[] = [];
    process.emitWarning = ((w: unknown) => void seen.push(w)) as typeof process.emitWarning;
    try {
      loadSource('? [a, b]\n: x\n', 'k.yaml');
      loadSource('a: !!set { x }\n', 's.yaml');
    } finally {
      process.emitWarning = warn;
    }
    expect(seen).toEqual([]);
  });
});

describe('aliases that would never end', () => {
  const cases: [string, string, number][] = [
    ['a map that repeats itself', 'statement: &s {id: x, again: *s}\n', 1],
    ['a list that holds itself', 'purposes: &p [*p]\n', 1],
    ['a cycle three levels down, in block style', 'a: &a\n  b:\n    c:\n      - d: *a\n', 4],
    ['through flow inside block', 'a: &a\n  b: [1, {c: [*a]}]\n', 2],
    ['through block inside flow', 'a: &a [\n  x,\n  *a\n]\n', 3],
    ['as a merge key', 'base: &x\n  k: v\n  <<: *x\n', 3],
    ['the anchor on the list item', 'a:\n  - &i\n    b: [*i]\n', 3],
    ['after an alias of the same name that was fine', 'a: &x 1\nb: *x\nc: &x\n  d: *x\n', 4],
    ['the whole file', '&root\na: *root\n', 2],
  ];
  for (const [name, text, line] of cases) {
    it(`${name}: alias-cycle at the alias`, () => {
      const { value, diagnostics } = loadSource(text, 'c.yaml');
      expect(value).toBeUndefined();
      expect(diagnostics.map((d) => [d.rule, d.severity, d.line])).toEqual([['alias-cycle', 'error', line]]);
      const at = text.split('\n')[line - 1]!.slice(diagnostics[0]!.column! - 1);
      expect(at).toMatch(/^\*\w+/);
      const alias = /^\*(\w+)/.exec(at)![1]!;
      expect(diagnostics[0]!.message).toMatch(new RegExp(`^\`\\*${alias}\` repeats the value marked \`&${alias}\` \\((on line \\d+|on this same line)\\) inside that same value, so the value would contain itself without end\\.`));
    });
  }

  it('names the line of the anchor', () => {
    const { diagnostics } = loadSource('x: 1\na: &a\n  b:\n    c: *a\n', 'c.yaml');
    expect(diagnostics[0]!.message).toContain('`&a` (on line 2)');
  });

  it('allows an alias to a value that is not around it, and repeats it', () => {
    const { value, diagnostics } = loadSource('a: &a {k: [1, 2]}\nb: {c: *a, d: *a}\n', 'ok.yaml');
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ a: { k: [1, 2] }, b: { c: { k: [1, 2] }, d: { k: [1, 2] } } });
  });

  it('reports an alias to an anchor that is not there, at the alias', () => {
    const { value, diagnostics } = loadSource('a: 1\nb: *nope\n', 'n.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics).toMatchObject([{ rule: 'syntax-error', line: 2, column: 4, path: '/b' }]);
    expect(diagnostics[0]!.message).toBe('`*nope` repeats the value marked `&nope`, but no value before it is marked so. Put `&nope` before the value to repeat (above this line), or write the value out here.');
  });

  it('refuses aliases that nest a value deeper than the limit', () => {
    // Each level is shallow in the file; through the aliases it is 8 × 5 levels deep.
    const lines = ['l0: &l0 {a: {b: {c: {d: x}}}}'];
    for (let i = 1; i < 8; i++) lines.push(`l${i}: &l${i} {a: {b: {c: {d: *l${i - 1}}}}}`);
    const { value, diagnostics } = loadSource(lines.join('\n') + '\n', 'deep.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => d.rule)).toEqual(['nesting-too-deep']);
    expect(diagnostics[0]!.message).toMatch(/^Through its aliases/);
  });
});

describe('duplicate keys and deep nesting, found while placing values', () => {
  it('finds the same key written plain and quoted, in block and flow maps', () => {
    for (const [text, line, column] of [
      ['a: 1\nb:\n  c: 1\n  "c": 2\n', 4, 3],
      ['a: {x: 1, y: 2, \'x\': 3}\n', 1, 17],
      ['a: 1\nb: 2\na: 3\n', 3, 1],
    ] as const) {
      const { value, diagnostics } = loadSource(text, 'd.yaml');
      expect(value, text).toBeUndefined();
      expect(diagnostics.map((d) => [d.rule, d.line, d.column]), text).toEqual([['duplicate-key', line, column]]);
    }
  });

  it('reports the first of a duplicate key and a later syntax error, whichever comes first', () => {
    expect(loadSource('a: 1\na: 2\nb: [\n', 'd.yaml').diagnostics.map((d) => [d.rule, d.line])).toEqual([['duplicate-key', 2]]);
    expect(loadSource('a: [\nb: 1\nb: 2\n', 'd.yaml').diagnostics.map((d) => d.rule)).toEqual(['syntax-error']);
  });

  it('reads many distinct keys, and finds a duplicate among them', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: v`);
    expect(loadSource(keys.join('\n') + '\n', 'k.yaml').diagnostics).toEqual([]);
    const { diagnostics } = loadSource([...keys, 'k4321: again'].join('\n') + '\n', 'k.yaml');
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['duplicate-key', 5001]]);
    expect(diagnostics[0]!.message).toContain('`k4321`');
  });

  it('counts brackets outside quotes and comments only, before parsing', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    for (const text of [`a: "${deep(100)}"\n`, `a: '${deep(100)}'\n`, `a: "\\"${deep(100)}"\n`, `a: x # ${deep(100)}\n`, `# ${'['.repeat(100)}\na: [1]\n`]) {
      expect(loadSource(text, 'q.yaml').diagnostics.map((d) => d.rule), text).not.toContain('nesting-too-deep');
    }
    // A `#` inside a word is not a comment; a quote inside a comment opens nothing.
    const text = `a: x#${'['.repeat(70)}\n`;
    expect(loadSource(`# it's\nb: ${deep(70)}\n`, 'q.yaml').diagnostics).toMatchObject([{ rule: 'nesting-too-deep', line: 2, column: 4 + 64 }]);
    expect(loadSource(text, 'q.yaml').diagnostics).toMatchObject([{ rule: 'nesting-too-deep', line: 1, column: 6 + 64 }]);
  });

  it('refuses lists nested thousands deep on one line, where the limit is passed', () => {
    const { value, diagnostics } = loadSource('- '.repeat(100_000) + 'x\n', 'deep.yaml');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['nesting-too-deep', 1, 2 * 32 + 1]]);
  });
});

describe('loader messages in Dutch and French', () => {
  const first = (text: string, lang: 'en' | 'nl' | 'fr') => loadSource(text, 'm.yaml', lang).diagnostics[0]!;

  it('a syntax error: the same place and rule, the reason in the language asked for', () => {
    const text = edit(minimal(), '  email: privacy@example.nl\nprivacyContact:', '  email: privacy@example.nl\n   bad indent: [\nprivacyContact:');
    const [en, nl, fr] = (['en', 'nl', 'fr'] as const).map((lang) => first(text, lang));
    expect(fr!.message).toMatch(/^Cette ligne ne peut pas être lue comme du YAML \(.+\)\. Vérifiez le retrait de cette ligne et de la suivante/);
    expect(nl!.message).toMatch(/^Deze regel kan niet als YAML worden gelezen \(.+\)\. Controleer het inspringen van deze regel en de volgende/);
    for (const d of [nl!, fr!]) {
      expect(d).toMatchObject({ rule: en!.rule, line: en!.line, column: en!.column, severity: 'error', messageId: 'load.yaml.line' });
      // The parser's own English words stay out of a Dutch or French sentence.
      expect(d.message).not.toContain(en!.message.slice(en!.message.indexOf('(') + 1, en!.message.indexOf(')')));
    }
  });

  it('the common slips, with plural forms', () => {
    const colon = edit(minimal(), 'name: Example Verzekeringen', 'name: Example: Verzekeringen');
    expect(first(colon, 'nl')).toMatchObject({ messageId: 'load.slip.colon', message: 'De tekst na `name:` bevat `: ` (een dubbele punt en een spatie), wat YAML leest als het begin van een nieuwe sleutel. Zet de hele tekst tussen dubbele aanhalingstekens: `name: "Example: Verzekeringen"`.' });
    const indent = edit(minimal(), '    legalBasis: contract\n    dataCategories: [contact]', '    legalBasis: contract\n   dataCategories: [contact]');
    expect(first(indent, 'fr').message).toMatch(/^Cette clé est en retrait de 3 espaces, la clé au-dessus de 4\. Les clés d'un même bloc doivent commencer dans la même colonne/);
    const one = 'a:\n  b: 1\n c: 2\n';
    expect(first(one, 'nl').message).toMatch(/^Deze sleutel springt 1 spatie in, de sleutel erboven 2\./);
  });

  it('a duplicate key, a tag, an alias', () => {
    expect(first('a: 1\na: 2\n', 'fr')).toMatchObject({ rule: 'duplicate-key', line: 2, messageId: 'load.duplicate-key', message: "La clé `a` figure deux fois dans le même bloc. N'en gardez qu'une : la seconde remplacerait la première sans avertissement." });
    expect(first('a: !include other.yaml\n', 'nl')).toMatchObject({ rule: 'unknown-tag', messageId: 'load.tag.unknown-value', message: 'De tag `!include` hoort niet bij het formaat van de verklaring, dat alleen teksten, getallen, `true`/`false`, lijsten en blokken sleutels leest. Verwijder de tag (anders is de waarde de tekst `other.yaml`).' });
    expect(first('x: 1\na: &a\n  b:\n    c: *a\n', 'fr').message).toMatch(/^`\*a` répète la valeur marquée `&a` \(à la ligne 2\) à l'intérieur de cette même valeur/);
    expect(first('a: *nowhere\n', 'nl').message).toMatch(/^`\*nowhere` herhaalt de waarde die met `&nowhere` is gemarkeerd, maar geen waarde ervoor is zo gemarkeerd\./);
  });

  it('a file too large, in the units of the language', () => {
    const big = 'a: "' + 'x'.repeat(3 * 1024 * 1024) + '"\n';
    expect(first(big, 'fr')).toMatchObject({ rule: 'input-too-large', messageId: 'load.too-large', message: "Le fichier fait 3,0 MB ; le fichier source d'une déclaration ne peut dépasser 2,0 MB. Placez les longs textes dans un fichier distinct ou vérifiez qu'il s'agit du bon fichier." });
    expect(first(big, 'en').message).toBe('The file is 3.0 MB; a statement source may be at most 2.0 MB. Split off long texts or check that this is the right file.');
  });
});
