import { createProcessor, compile as compileMdx } from '@mdx-js/mdx';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { edit, examples, minimal, read } from './helpers.js';

const harmony = read(examples.harmony);
const html = async (options: Parameters<typeof compile>[1]) => (await compile(harmony, { formats: ['html'], ...options })).outputs.map((o) => o.content as string);

/** Every node type of an MDX document as MDX reads it, and the JSX elements with their attributes. */
function mdxNodes(markdown: string): { types: Set<string>; jsx: string[] } {
  const tree = createProcessor().parse(markdown);
  const types = new Set<string>();
  const jsx: string[] = [];
  const visit = (node: { type: string; name?: string; attributes?: { name: string; value: unknown }[]; children?: unknown[] }): void => {
    types.add(node.type);
    if (node.type.startsWith('mdxJsx')) jsx.push(`${node.name}(${(node.attributes ?? []).map((a) => a.name).join(',')})`);
    for (const child of node.children ?? []) visit(child as never);
  };
  visit(tree as never);
  return { types, jsx };
}

describe('fragments for a page of your own', () => {
  it('--heading-level moves the title and sections down; --id-prefix prefixes every id and in-page link; --toc adds the contents', async () => {
    const [nl] = await html({ html: 'fragment', headingLevel: 2, idPrefix: 'harmony-', toc: true, locales: ['nl'] });
    expect(nl).toMatch(/^<article class="privacy-statement" lang="nl" [^>]*>\n<h2>Privacyverklaring<\/h2>/);
    expect(nl).not.toContain('<h1');
    expect(nl).toContain('<h3 id="harmony-rights">');
    expect(nl).toContain('<h4 id="harmony-purpose-fraud">');
    expect(nl).toContain('<nav class="contents" aria-label="Inhoud"><h3>Inhoud</h3>');
    const doc = parseHtml(nl!);
    const ids: string[] = [];
    const hrefs: string[] = [];
    const walk = (n: { attrs?: { name: string; value: string }[]; childNodes?: unknown[] }): void => {
      for (const a of n.attrs ?? []) {
        if (a.name === 'id') ids.push(a.value);
        if (a.name === 'href' && a.value.startsWith('#')) hrefs.push(a.value.slice(1));
      }
      (n.childNodes ?? []).forEach((c) => walk(c as never));
    };
    walk(doc as never);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.every((id) => id.startsWith('harmony-'))).toBe(true);
    // Every in-page link lands on an id of the fragment.
    for (const href of hrefs) expect(ids, href).toContain(href);
  });

  it('by default a fragment is as before: h1, no contents, ids without prefix', async () => {
    const [en] = await html({ html: 'fragment', locales: ['en'] });
    expect(en).toContain('<h1>Privacy statement</h1>');
    expect(en).toContain('<h2 id="rights">');
    expect(en).not.toContain('class="contents"');
  });
});

describe('whole pages link their languages and their PDF', () => {
  it('hreflang alternates, a visible switcher, the PDF of the same language when it is built, and a description', async () => {
    const result = await compile(harmony, { formats: ['html', 'pdf'] });
    const fr = result.outputs.find((o) => o.format === 'html' && o.locale === 'fr')!.content as string;
    for (const [tag, file] of [['nl', 'harmony.nl.html'], ['en', 'harmony.en.html'], ['fr', 'harmony.fr.html']]) expect(fr).toContain(`<link rel="alternate" hreflang="${tag}" href="${file}">`);
    expect(fr).toContain('<nav class="alternatives" aria-label="Cette déclaration dans d’autres langues">');
    expect(fr).toContain('<a href="harmony.nl.html" hreflang="nl" lang="nl">Nederlands</a>');
    expect(fr).toContain('<span aria-current="page" lang="fr">Français</span>');
    expect(fr).toContain('<a href="harmony.fr.pdf" type="application/pdf">Télécharger en PDF</a>');
    expect(fr).toMatch(/<meta name="description" content="Comment Harmony traite les données personnelles\u00a0: /);
    // Without the PDF, no link to it; with one language, no switcher.
    const [one] = await html({ locales: ['en'] });
    expect(one).not.toContain('<nav class="alternatives"');
    expect(one).not.toContain('rel="alternate"');
    expect(one).toContain('<meta name="description" content="How Harmony processes personal data');
  });

  it('Belgian pages say nl-BE and fr-BE in hreflang', async () => {
    const r = await compile(read(examples.kmo), { formats: ['html'] });
    const nl = r.outputs.find((o) => o.locale === 'nl')!.content as string;
    expect(nl).toContain('<link rel="alternate" hreflang="fr-BE" href="kmo-verzekeringen.fr.html">');
    expect(nl).toContain('<html lang="nl-BE">');
  });
});

describe('--markdown mdx', () => {
  it('compiles with MDX: anchors as <a id>, nothing MDX would run', async () => {
    const [md] = (await compile(harmony, { formats: ['md'], markdown: 'mdx', locales: ['en'] })).outputs.map((o) => o.content as string);
    expect(md).toContain('## Your rights <a id="rights" />');
    expect(md).not.toContain('{#');
    await compileMdx(md!);
    const { types, jsx } = mdxNodes(md!);
    expect([...types].filter((t) => t.startsWith('mdx') && t !== 'mdxJsxTextElement')).toEqual([]);
    expect(new Set(jsx)).toEqual(new Set(['a(id)']));
  });

  it('keeps hostile names and texts as text', async () => {
    const hostile = '{alert(1)} <Foo bar={x}/> </div> {/* c */} `x` export const y = 1; import z from "z"';
    const source = edit(
      edit(minimal(), 'name: { en: Printing company, nl: Drukkerij }', `name: ${JSON.stringify(hostile)}`),
      'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }',
      `description:\n      en: "export default function X() {}\\n\\nimport a from 'b'\\n\\nWe use {details} and <b>not</b> tags {{x}}."\n      nl: Wij gebruiken uw gegevens voor uw polis.`,
    );
    // Raw HTML in a text is refused by the input's own rules, at that text…
    const refused = await compile(source, { formats: ['md'], markdown: 'mdx', locales: ['en'] });
    expect(refused.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.path])).toEqual([['markdown-restricted', '/purposes/0/description/en']]);
    expect(refused.outputs).toEqual([]);
    // …and everything else comes through as text.
    const result = await compile(source.replace(' and <b>not</b> tags', ' and tags'), { formats: ['md'], markdown: 'mdx', locales: ['en'] });
    expect(result.errorCount).toBe(0);
    return check(result.outputs[0]!.content as string);

    async function check(text: string) {
      await compileMdx(text);
      const { types, jsx } = mdxNodes(text);
      expect([...types].filter((t) => t.startsWith('mdx') && t !== 'mdxJsxTextElement')).toEqual([]);
      expect(new Set(jsx)).toEqual(new Set(['a(id)']));
      const rendered = createProcessor().parse(text);
      const plain = JSON.stringify(rendered);
      expect(plain).toContain('{alert(1)}');
      expect(plain).toContain('export default function X() {}');
    }
  });
});
