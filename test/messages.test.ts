import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageOfEnvironment, messageLanguages, messagesIn } from '../src/messages/index.js';
import { namedLanguage } from '../src/cli/lang.js';
import { check } from '../src/compile.js';
import { edit, lineOf, minimal, root, runCli, runHere } from './helpers.js';

/** The message catalogues, as written. */
const catalogues = Object.fromEntries(messageLanguages.map((l) => [l, JSON.parse(readFileSync(join(root, 'locales/messages', `${l}.json`), 'utf8')) as Record<string, string>]));

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const idOf = (key: string) => key.replace(pluralSuffix, '');
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

/** Per id: its plural forms and the variables of all its forms. */
function shape(catalogue: Record<string, string>): Map<string, { forms: Set<string>; vars: Set<string> }> {
  const out = new Map<string, { forms: Set<string>; vars: Set<string> }>();
  for (const [key, text] of Object.entries(catalogue)) {
    const entry = out.get(idOf(key)) ?? { forms: new Set(), vars: new Set() };
    entry.forms.add(pluralSuffix.exec(key)?.[1] ?? '');
    for (const v of variables(text)) entry.vars.add(v);
    out.set(idOf(key), entry);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) && !/\.generated\./.test(name) ? [path] : [];
  });
}

/** Ids the code asks for: string literals of the catalogue's id families, and the ids built from a prefix (`language.${locale}`). */
function idsInCode(): { ids: Set<string>; prefixes: Set<string> } {
  const families = [...new Set(Object.keys(catalogues.en!).map((k) => k.split('.')[0]!))];
  const literal = new RegExp(`['"\`]((?:${families.join('|')})\\.[\\w.-]+)['"\`]`, 'g');
  const prefix = new RegExp(`\`((?:${families.join('|')})\\.[\\w.-]*)\\$\\{`, 'g');
  const ids = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(literal)) ids.add(m[1]!);
    for (const m of text.matchAll(prefix)) prefixes.add(m[1]!);
  }
  return { ids, prefixes };
}

describe('the message catalogues', () => {
  const shapes = Object.fromEntries(messageLanguages.map((l) => [l, shape(catalogues[l]!)]));

  it('have the same ids, with the same variables, in English, Dutch and French', () => {
    const ids = [...shapes.en!.keys()].sort();
    expect(ids.length).toBeGreaterThan(100);
    for (const lang of ['nl', 'fr'] as const) {
      expect([...shapes[lang]!.keys()].sort(), lang).toEqual(ids);
      for (const id of ids) expect([...shapes[lang]!.get(id)!.vars].sort(), `${lang} ${id}`).toEqual([...shapes.en!.get(id)!.vars].sort());
    }
  });

  it("give a counted message every plural form of its language, and nothing else", () => {
    for (const lang of messageLanguages) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.sort();
      for (const [id, { forms }] of shapes[lang]!) {
        if (forms.has('')) expect(forms.size, `${lang} ${id}`).toBe(1);
        else expect([...forms].sort(), `${lang} ${id}`).toEqual(categories);
      }
    }
  });

  it('hold every id the code uses, and only those', () => {
    const { ids, prefixes } = idsInCode();
    const known = new Set(shapes.en!.keys());
    expect([...ids].filter((id) => !known.has(id)), 'ids used in src/ but missing in locales/messages/en.json').toEqual([]);
    const unused = [...known].filter((id) => !ids.has(id) && ![...prefixes].some((p) => id.startsWith(p)));
    expect(unused, 'ids in locales/messages/ that no code uses').toEqual([]);
  });

  it('speak Dutch and French in the words of the GDPR (AVG, RGPD)', () => {
    const all = (lang: string) => Object.values(catalogues[lang]!).join('\n');
    // The Regulation's own words: AVG / RGPD, verwerkingsverantwoordelijke / responsable du traitement, betrokkene / personne concernée.
    for (const [lang, words] of [['nl', ['AVG', 'verwerkingsverantwoordelijke', 'betrokkene', 'bijzondere categorieën van persoonsgegevens']], ['fr', ['RGPD', 'responsable du traitement', 'personne concernée', 'catégories particulières de données à caractère personnel']]] as const) {
      expect(all(lang)).not.toMatch(/\bGDPR\b|\bdata subject/);
      for (const word of words) expect(all(lang), `${lang}: ${word}`).toContain(word);
    }
    expect(messagesIn('nl')('language.fr')).toBe('Frans');
    expect(messagesIn('fr')('language.nl')).toBe('néerlandais');
  });
});

describe('the language of the messages', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageOfEnvironment({ LANG: 'nl_BE.UTF-8' })).toBe('nl');
    expect(languageOfEnvironment({ LANG: 'fr_BE' })).toBe('fr');
    expect(languageOfEnvironment({ LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'fr_BE.UTF-8' })).toBe('fr');
    expect(languageOfEnvironment({ LANG: 'fr_BE.UTF-8', LC_ALL: 'C' })).toBeUndefined();
    expect(languageOfEnvironment({ LANG: 'de_DE.UTF-8' })).toBeUndefined();
    expect(languageOfEnvironment({ LC_ALL: '', LANG: 'nl' })).toBe('nl');
  });

  it('takes --lang before the environment, and English when neither says', () => {
    expect(namedLanguage(['node', 'cli', 'check', 'x.yaml', '--lang', 'fr'], { LANG: 'nl_BE.UTF-8' })).toBe('fr');
    expect(namedLanguage(['node', 'cli', '--lang=nl', 'check'], {})).toBe('nl');
    expect(namedLanguage(['node', 'cli', 'check'], { LANG: 'nl_BE.UTF-8' })).toBe('nl');
    expect(namedLanguage(['node', 'cli', 'check'], { LANG: 'C.UTF-8' })).toBeUndefined();
  });
});

describe('diagnostics in the language asked for', () => {
  /** Purpose `contract` on legitimate interests without saying which: one rule error. */
  const faulty = () => edit(minimal(), 'legalBasis: contract', 'legalBasis: legitimate-interests');

  it('come from the library in English by default, and in Dutch or French with `lang`, with one messageId', async () => {
    const text = faulty();
    const [en, nl, fr] = await Promise.all([check(text), check(text, { lang: 'nl' }), check(text, { lang: 'fr' })]);
    const ofRule = (r: Awaited<ReturnType<typeof check>>) => r.diagnostics.find((d) => d.rule === 'purpose-legitimate-interest')!;
    expect(ofRule(en).message).toMatch(/^Purpose `contract` \(.+\) relies on legitimate interests but does not say which interest/);
    expect(ofRule(nl).message).toMatch(/^Verwerkingsdoeleinde `contract` \(.+\) berust op gerechtvaardigde belangen, maar vermeldt niet welk belang/);
    expect(ofRule(fr).message).toMatch(/^La finalité `contract` \(.+\) repose sur des intérêts légitimes, mais n'indique pas lequel/);
    for (const r of [en, nl, fr]) {
      expect(ofRule(r).messageId).toBe('rule.purpose-legitimate-interest.missing');
      expect(ofRule(r).line).toBe(ofRule(en).line);
    }
  });
});

describe('privacy-statement --lang and LANG', () => {
  const faulty = () => edit(minimal(), 'legalBasis: contract', 'legalBasis: legitimate-interests');
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-lang-'));
    writeFileSync(join(dir, 's.yaml'), faulty());
    return { dir, line: lineOf(faulty(), '- id: contract') };
  };

  it('prints French with --lang fr, at the right line, and the summary in French', async () => {
    const { dir, line } = setup();
    const r = await runHere(['check', 's.yaml', '--lang', 'fr'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^s\\.yaml:${line}:\\d+  erreur +La finalité \`contract\` .* repose sur des intérêts légitimes, mais n'indique pas lequel`, 'm'));
    expect(r.stdout.trim().split('\n').at(-1)).toBe('✖ 1 erreur et 1 avertissement dans 1 fichier.');
  });

  it('prints Dutch under LANG=nl_BE.UTF-8', async () => {
    const { dir, line } = setup();
    const r = await runHere(['check', 's.yaml'], { cwd: dir, env: { LANG: 'nl_BE.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^s\\.yaml:${line}:\\d+  fout +Verwerkingsdoeleinde \`contract\` .* berust op gerechtvaardigde belangen`, 'm'));
    expect(r.stdout.trim().split('\n').at(-1)).toBe('✖ 1 fout en 1 waarschuwing in 1 bestand.');
  });

  it('gives each JSON diagnostic its messageId beside rule and message', async () => {
    const { dir, line } = setup();
    const r = await runHere(['check', 's.yaml', '--format', 'json', '--lang', 'nl'], { cwd: dir });
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { rule: string }) => x.rule === 'purpose-legitimate-interest');
    expect(Object.keys(d)).toEqual(['rule', 'severity', 'message', 'messageId', 'file', 'line', 'column', 'path', 'references']);
    expect(d).toMatchObject({ rule: 'purpose-legitimate-interest', messageId: 'rule.purpose-legitimate-interest.missing', line, message: expect.stringMatching(/^Verwerkingsdoeleinde `contract`/) });
  });
});

describe('schema and loader messages', () => {
  const own = (lang: string) => Object.entries(catalogues[lang]!).filter(([key]) => /^(?:schema|load)\./.test(key));
  /** Ids whose Dutch or French words are the English ones, rightly. */
  const same = new Set(['nl schema.owner.in']);

  it('are all in Dutch and in French: no text is left as in English', () => {
    expect(own('en').length).toBeGreaterThan(150);
    for (const lang of ['nl', 'fr'] as const) {
      for (const [key, text] of own(lang)) if (!same.has(`${lang} ${idOf(key)}`)) expect(text, `${lang} ${key}`).not.toBe(catalogues.en![key] ?? catalogues.en![key.replace(pluralSuffix, '_other')]);
    }
  });

  it('hold no English words in a Dutch or French sentence (code and values aside)', () => {
    const english = /\b(?:the|has|have|must|which|with|without|should|Did you|Unknown|add|remove|write|put|key|keys|here|and|your|cannot|not)\b/;
    for (const lang of ['nl', 'fr'] as const) {
      for (const [key, text] of own(lang)) expect(text.replace(/`[^`]*`|\{\{\w+\}\}/g, ''), `${lang} ${key}`).not.toMatch(english);
    }
  });

  it('say what to add for every key the input format requires, and name only fields it has', () => {
    const schema = JSON.parse(readFileSync(join(root, 'schemas/privacy-statement.schema.json'), 'utf8')) as { $defs: Record<string, Node> };
    type Node = { $ref?: string; properties?: Record<string, Node>; items?: Node; required?: string[]; enum?: unknown[] };
    const resolve = (n: Node | undefined): Node | undefined => (n?.$ref ? resolve(schema.$defs[n.$ref.replace('#/$defs/', '')]) : n);
    const required = new Set<string>();
    const fields = new Set<string>();
    const walk = (wrapper: Node, path: string[], seen: Set<Node>): void => {
      const node = resolve(wrapper);
      if (!node || seen.has(node)) return;
      const inner = new Set(seen).add(node);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const id = node === schema.$defs.address ? `address.${key}` : [...path, key].join('.');
        fields.add(id);
        if (node.required?.includes(key)) required.add(id);
        walk(child, [...path, key], inner);
      }
      if (node.items) walk(node.items, path, inner);
    };
    walk(schema as Node, [], new Set());
    const ids = (prefix: string) => Object.keys(catalogues.en!).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    expect([...required].filter((f) => !ids('schema.about.').includes(f)), 'required fields without `schema.about.<field>`').toEqual([]);
    expect([...ids('schema.about.'), ...ids('schema.values.')].filter((f) => !fields.has(f)), 'catalogue ids of fields the schema does not have').toEqual([]);
  });

  it('`--lang fr check` prints French for a syntax error, a missing and an unknown key, a wrong date, a file too large and an invisible character', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-lang-'));
    writeFileSync(join(dir, 'a-syntax.yaml'), edit(minimal(), '  email: privacy@example.nl\nprivacyContact:', '  email: privacy@example.nl\n   bad indent: [\nprivacyContact:'));
    const schemaErrors = edit(edit(edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: 2024-13-05'), '  email: privacy@example.nl\nprivacyContact', '  emial: privacy@example.nl\nprivacyContact'), 'rights:\n  channels:\n    email: privacy@example.nl\n', '');
    writeFileSync(join(dir, 'b-schema.yaml'), schemaErrors);
    writeFileSync(join(dir, 'c-big.yaml'), minimal() + '# ' + 'x'.repeat(2 * 1024 * 1024) + '\n');
    writeFileSync(join(dir, 'd-invisible.yaml'), edit(minimal(), 'name: Example Verzekeringen', 'name: "Example\\u200BVerzekeringen"'));
    const r = await runCli(['check', 'a-syntax.yaml', 'b-schema.yaml', 'c-big.yaml', 'd-invisible.yaml', '--lang', 'fr'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const at = (file: string, pattern: RegExp) => expect(lines.find((l) => l.startsWith(file) && pattern.test(l)), `${file}: ${pattern}\n${r.stdout}`).toBeDefined();
    at('a-syntax.yaml:11:', /erreur +Cette ligne ne peut pas être lue comme du YAML \(.+\)\. Vérifiez le retrait/);
    at(`b-schema.yaml:${lineOf(schemaErrors, 'lastAmended')}:`, /erreur +`statement\.lastAmended` est `2024-13-05`, un jour qui n'existe pas/);
    at(`b-schema.yaml:${lineOf(schemaErrors, 'emial')}:3 `, /erreur +Clé inconnue `emial` dans `controller`\. Vouliez-vous dire `email` \?/);
    at('b-schema.yaml:2:1 ', /erreur +Le fichier ne contient pas `rights` : ajoutez la manière dont les personnes concernées exercent leurs droits/);
    at('c-big.yaml:1:1 ', /erreur +Le fichier fait plus de 2,0 MB ; le fichier source d'une déclaration ne peut dépasser 2,0 MB\./);
    at('d-invisible.yaml:9:', /erreur +`controller\.name` contient un caractère invisible après « Example » : U\+200B ZERO WIDTH SPACE/);
    expect(r.stdout).not.toMatch(/\b(?:has no|Did you mean|Unknown key|cannot be read|The file)\b/);
  });
});

describe('data texts that messages quote', () => {
  /** Every `{ en, nl, fr }` text of the data files, with where it is. */
  function texts(value: unknown, where: string, out: [string, Record<string, string>][] = []): [string, Record<string, string>][] {
    if (value === null || typeof value !== 'object') return out;
    const keys = Object.keys(value).sort().join(',');
    if (keys === 'en,fr,nl') out.push([where, value as Record<string, string>]);
    else for (const [k, v] of Object.entries(value)) texts(v, `${where}/${k}`, out);
    return out;
  }
  const files = ['src/data/insurers.json', 'src/jurisdictions/nl-ap/national.json', 'src/jurisdictions/be-gba/national.json'];

  it('are in Dutch and in French, not in English', () => {
    const all = files.flatMap((f) => texts(JSON.parse(readFileSync(join(root, f), 'utf8')), f));
    expect(all.length).toBeGreaterThan(25);
    const english = /\b(?:the|which|with|without|should|has|have|and|your|its|of the)\b/;
    for (const [where, t] of all) {
      for (const lang of ['nl', 'fr'] as const) {
        expect(t[lang], `${where} ${lang}`).toBeTruthy();
        // Quotations of what to write (between quotes) aside.
        expect(t[lang]!.replace(/[«"“][^»"”]*[»"”]/g, ''), `${where} ${lang}`).not.toMatch(english);
      }
      expect(t.nl, where).not.toBe(t.fr);
    }
  });

  it('reach the messages in the language asked for', async () => {
    const text = minimal().replace(
      /\nrights:/,
      '\nsections:\n  - id: disputes\n    after: complaints\n    title: { en: Disputes, nl: Geschillen }\n    body: { en: "We follow the GVPFI. Complaints go to the College bescherming persoonsgegevens.", nl: "Wij volgen de GVPFI. Klachten gaan naar het College bescherming persoonsgegevens." }\nrights:',
    );
    const [nl, fr] = await Promise.all([check(text, { lang: 'nl' }), check(text, { lang: 'fr' })]);
    const of = (r: Awaited<ReturnType<typeof check>>, rule: string) => r.diagnostics.find((d) => d.rule === rule)!.message;
    expect(of(fr, 'complaint-bodies')).toMatch(/mentionne le College bescherming persoonsgegevens \(CBP\), une ancienne autorité de protection des données : mentionnez l'Autoriteit Persoonsgegevens, à qui/);
    expect(of(nl, 'complaint-bodies')).toMatch(/noemt het College bescherming persoonsgegevens \(CBP\), een voormalige gegevensbeschermingsautoriteit: noem de Autoriteit Persoonsgegevens, waar/);
    expect(of(nl, 'superseded-code-of-conduct')).toContain(': het werkte de Wet bescherming persoonsgegevens uit, die is ingetrokken toen de AVG en de UAVG op 25 mei 2018 van toepassing werden;');
    expect(of(fr, 'superseded-code-of-conduct')).toContain(' : il mettait en œuvre la Wet bescherming persoonsgegevens, abrogée lorsque le RGPD et l\'UAVG sont devenus applicables le 25 mai 2018 ;');
    for (const r of [nl, fr]) for (const d of r.diagnostics) expect(d.message, d.rule).not.toMatch(/\b(?:the|which|replaced)\b/);
  });

  it('name legal forms in the language of the message', async () => {
    const text = edit(minimal(), '  name: Example Verzekeringen\n', '  name: Example Verzekeringen\n  legalForm: commv\n');
    const [en, fr] = await Promise.all([check(text), check(text, { lang: 'fr' })]);
    const of = (r: Awaited<ReturnType<typeof check>>) => r.diagnostics.find((d) => d.rule === 'legal-form')!.message;
    expect(of(en)).toContain('`nv` (naamloze vennootschap)');
    expect(of(fr)).toContain('`nv` (société anonyme de droit néerlandais (naamloze vennootschap))');
  });
});
