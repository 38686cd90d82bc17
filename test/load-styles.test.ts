import { Document, isMap, isScalar, isSeq, visit, type Node, type Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/compile.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { loadSource } from '../src/load/source.js';
import { harmony, lineOf } from './helpers.js';

/**
 * A statement written in any ordinary YAML style is the same statement: the same value as its
 * JSON, the same diagnostics, and diagnostics on the lines where the values are written. The
 * styles are made from a real statement with `yaml`'s own writer, node by node, and then by
 * hand where a writer would not go (markers, CRLF, a byte order mark).
 */

type Style = (doc: Document) => void;

/** Texts of the statement that end with line feeds, to be written as `|`, `>`, `|+` and `>+` texts. */
function withLineFeeds(value: any): any {
  const v = structuredClone(value);
  v.statement.introduction.nl += '\n';
  v.statement.introduction.en += '\n\n';
  v.statement.audience.nl += '\n';
  v.statement.audience.en += '\n\n';
  v.purposes[0].description.nl = 'Eerste alinea.\n\nTweede alinea,\n  ingesprongen.\n';
  return v;
}

const styles: Record<string, Style> = {
  'flow maps and lists, over several lines': (doc) =>
    visit(doc, {
      Map: (_, node) => void (node.flow = true),
      Seq: (_, node) => void (node.flow = true),
    }),
  'double-quoted keys and values': (doc) => visit(doc, { Scalar: (_, node) => void (typeof node.value === 'string' && (node.type = 'QUOTE_DOUBLE')) }),
  'single-quoted keys and values': (doc) => visit(doc, { Scalar: (_, node) => void (typeof node.value === 'string' && (node.type = 'QUOTE_SINGLE')) }),
  'block texts: literal and folded, every chomping': (doc) => {
    let n = 0;
    visit(doc, {
      Scalar(key, node) {
        if (key !== 'key' && typeof node.value === 'string' && node.value.length > 20) node.type = n++ % 2 === 0 ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
      },
    });
  },
  'comments before and after everything': (doc) => {
    let n = 0;
    visit(doc, {
      Node(key, node) {
        if (key === 'key') return;
        node.commentBefore = ` before ${++n}: "quotes", [brackets], key: value, # hash`;
        node.comment = ` after ${n} & * ! | > -`;
      },
    });
    doc.commentBefore = ' A comment at the top';
    doc.comment = ' A comment at the end';
  },
  'explicit !!str tags on every text': (doc) => visit(doc, { Scalar: (key, node) => void (key !== 'key' && typeof node.value === 'string' && (node.tag = 'tag:yaml.org,2002:str')) }),
  'anchors on texts, aliases for their repetitions': (doc) => {
    const first = new Map<string, Scalar>();
    let n = 0;
    visit(doc, {
      Scalar(key, node) {
        if (key === 'key' || typeof node.value !== 'string') return;
        const earlier = first.get(node.value);
        if (!earlier) return void first.set(node.value, node);
        earlier.anchor ??= `t${++n}`;
        return doc.createAlias(earlier, earlier.anchor);
      },
    });
    expect(n).toBeGreaterThan(5);
  },
  'anchors on blocks, aliases for equal blocks': (doc) => {
    const first = new Map<string, Node>();
    let n = 0;
    visit(doc, {
      Map(key, node) {
        if (key === 'key') return;
        const json = JSON.stringify(node.toJSON());
        const earlier = first.get(json);
        if (!earlier) return void first.set(json, node);
        earlier.anchor ??= `b${++n}`;
        return doc.createAlias(earlier as never, earlier.anchor);
      },
    });
  },
  'a mix, item by item': (doc) => {
    let n = 0;
    visit(doc, {
      Map: (_, node) => void (node.flow = n++ % 3 === 0),
      Seq: (_, node) => void (node.flow = n++ % 2 === 0),
      Scalar(key, node) {
        if (typeof node.value !== 'string') return;
        node.type = (['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'] as const)[n++ % 3];
        if (key !== 'key' && n % 7 === 0) node.tag = 'tag:yaml.org,2002:str';
        if (key !== 'key' && n % 5 === 0) node.comment = ' note';
      },
    });
  },
};

/** By hand, around a styled text: what a writer adds or an editor does to a file. */
const wrappings: Record<string, (text: string) => string> = {
  'as written': (text) => text,
  'with document markers': (text) => `%YAML 1.2\n---\n${text}...\n`,
  'with CRLF line endings and a byte order mark': (text) => '\uFEFF' + text.replace(/\n/g, '\r\n'),
};

function styled(value: unknown, style: Style): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  style(doc);
  return doc.toString({ lineWidth: 90 });
}

/** A diagnostic without its place: what must not depend on the style. */
const what = (d: Diagnostic) => [d.rule, d.severity, d.path, d.message];

describe('every ordinary YAML style gives the same statement as its JSON', () => {
  const reference = loadSource(harmony()).value;
  for (const [name, value] of [
    ['Harmony', reference],
    ['Harmony with texts that end in line feeds', withLineFeeds(reference)],
  ] as const) {
    const json = JSON.stringify(value, null, 2);
    // The loader and the schema decide which statement a text is; the rules, which read only that
    // statement, are left out.
    const fromJson = analyze(json, { file: 'statement.json', rules: [] });

    it(`${name}: the JSON itself`, () => {
      expect(fromJson.input).toStrictEqual(value);
      expect(fromJson.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    for (const [styleName, style] of Object.entries(styles)) {
      for (const [wrapName, wrap] of Object.entries(wrappings)) {
        it(`${name}: ${styleName}, ${wrapName}`, () => {
          const text = wrap(styled(value, style));
          const result = analyze(text, { file: 'statement.yaml', rules: [] });
          expect(result.diagnostics.map(what)).toEqual(fromJson.diagnostics.map(what));
          expect(result.input).toStrictEqual(value);
        });
      }
    }
  }

  it('the styles use the forms they are named after', () => {
    const value = withLineFeeds(reference);
    const blocks = styled(value, styles['block texts: literal and folded, every chomping']!);
    for (const header of [': |\n', ': >\n', ': |-\n', ': >-\n', ': |+\n', ': >+\n']) expect(blocks, header).toContain(header);
    expect(styled(value, styles['flow maps and lists, over several lines']!)).toMatch(/^\{\s*format: privacy-statement\/v1,\n/);
    expect(styled(value, styles['double-quoted keys and values']!)).toContain('"statement":\n  "id": "harmony"');
    expect(styled(value, styles['single-quoted keys and values']!)).toContain("'statement':\n  'id': 'harmony'");
    expect(styled(value, styles['explicit !!str tags on every text']!)).toContain('id: !!str harmony');
    const aliased = styled(value, styles['anchors on texts, aliases for their repetitions']!);
    expect(aliased).toMatch(/: &t1 /);
    expect(aliased).toMatch(/: \*t1\n/);
    expect(styled(value, styles['anchors on blocks, aliases for equal blocks']!)).toMatch(/: \*b1\n/);
    const commented = styled(value, styles['comments before and after everything']!);
    expect(commented.split('\n').filter((l) => /#/.test(l)).length).toBeGreaterThan(1000);
    // Multi-line quoted texts: a double-quoted text continued on the next line.
    expect(styled(value, styles['double-quoted keys and values']!)).toMatch(/"[^"\n]+\n\s+[^"\n]+"/);
  });
});

describe('positions in a restyled file', () => {
  const reference = loadSource(harmony()).value as any;
  const value = structuredClone(reference);
  // Two mistakes at known values: an authority that does not exist, a purpose with a typo'd legal basis.
  value.statement.authority = 'cnil';
  value.purposes[3].legalBasis = 'contrakt';

  for (const [styleName, style] of Object.entries(styles)) {
    for (const [wrapName, wrap] of Object.entries(wrappings)) {
      it(`${styleName}, ${wrapName}`, () => {
        const text = wrap(styled(value, style));
        const { diagnostics } = analyze(text, { file: 'statement.yaml' });
        const authority = diagnostics.find((d) => d.path === '/statement/authority')!;
        const basis = diagnostics.find((d) => d.path === '/purposes/3/legalBasis')!;
        const plain = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        expect(authority.line).toBe(lineOf(plain, 'cnil'));
        expect(basis.line).toBe(lineOf(plain, 'contrakt'));
        // The column is where the value starts: at it, or at its quote or tag.
        const line = plain.split('\n')[authority.line! - 1]!;
        expect(line.slice(authority.column! - 1)).toMatch(/^(?:!!str |["'])?cnil/);
      });
    }
  }
});
