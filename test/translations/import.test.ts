import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import { valueAt } from '../../src/load/pointer.js';
import { edit, harmony, lineOf, minimal } from '../helpers.js';
import { lockOf } from './lock-of.js';
import { changedLines, exportOf, importInto, withTarget } from './xliff-helpers.js';

const valueOf = (text: string, ptr: string) => valueAt(analyze(text, { rules: [] }).input, ptr);

/** Imports one target and returns the new statement text, asserting that only that text changed. */
function importOne(text: string, locale: 'fr' | 'nl' | 'en', id: string, target: string, lock?: string): string {
  const result = importInto(text, withTarget(exportOf(text, locale, lock), id, target), lock);
  expect(result.diagnostics).toEqual([]);
  expect(result.written.map((w) => w.path)).toEqual([id]);
  const after = result.text!;
  // The value reads back exactly, and nothing else in the statement changed.
  const before = analyze(text, { rules: [] }).input as unknown as Record<string, unknown>;
  const expected = structuredClone(before);
  (valueAt(expected, id) as Record<string, unknown>)[locale] = target.includes('\n') && Array.isArray((valueAt(before, id) as Record<string, unknown>)[locale]) ? target.split('\n').map((l) => l.trim()).filter(Boolean) : target;
  expect(analyze(after, { rules: [] }).input).toEqual(expected);
  return after;
}

describe('importing translations keeps the file as it was written', () => {
  it('a folded text (>-) stays folded, wrapped like the original, and no other line changes', () => {
    const text = harmony();
    const target = 'Harmony attache une grande importance au traitement soigneux de vos données personnelles. Lorsque nous utilisons vos données personnelles, nous respectons toujours les règles applicables, comme le Règlement général sur la protection des données (RGPD) et les lois qui le mettent en œuvre.';
    const after = importOne(text, 'fr', '/statement/introduction', target);
    const { first, last, inserted } = changedLines(text, after);
    // The French introduction's lines, and only those.
    expect(first).toBe(lineOf(text, 'Harmony estime qu’il est') - 1);
    expect(last).toBe(lineOf(text, 'données (RGPD).') - 1);
    expect(inserted.every((l) => l.startsWith('      ') && l.length <= 96)).toBe(true);
    expect(inserted.length).toBeGreaterThan(1);
    expect(after.split('\n')[lineOf(text, 'fr: >-') - 1]).toBe('    fr: >-');
  });

  it('a literal text (|-) with paragraphs stays literal', () => {
    const text = harmony();
    const target = 'La protection de votre vie privée est importante.\n\nNous vérifions régulièrement nos mesures.';
    const after = importOne(text, 'fr', '/security', target);
    const { first, last, inserted } = changedLines(text, after);
    expect(first).toBe(lineOf(text, 'La protection de votre vie privée est importante.') - 1);
    expect(last).toBe(lineOf(text, 'avec l’évolution de la sécurité de l’information.') - 1);
    expect(inserted).toEqual(['    La protection de votre vie privée est importante.', '', '    Nous vérifions régulièrement nos mesures.']);
  });

  it('a plain one-line text stays on its line; one that needs quotes gets them', () => {
    const text = harmony();
    const line = lineOf(text, 'fr: Nous conservons des dossiers à usage interne');
    const after = importOne(text, 'fr', '/purposes/6/description', 'Nous tenons un registre interne des incidents : impayés, fraude.');
    expect(changedLines(text, after)).toEqual({ first: line - 1, last: line - 1, inserted: ['      fr: "Nous tenons un registre interne des incidents : impayés, fraude."'] });
    const plain = importOne(text, 'fr', '/purposes/6/description', 'Nous tenons un registre interne des incidents.');
    expect(changedLines(text, plain).inserted).toEqual(['      fr: Nous tenons un registre interne des incidents.']);
  });

  it('a text with line breaks where there was a plain one becomes a literal block', () => {
    const text = harmony();
    const after = importOne(text, 'fr', '/purposes/6/description', 'Nous tenons un registre :\n\n- des impayés ;\n- des fraudes.');
    expect(changedLines(text, after).inserted).toEqual(['      fr: |-', '        Nous tenons un registre :', '', '        - des impayés ;', '        - des fraudes.']);
  });

  it('a value in a one-line map { en: …, nl: … } is replaced in place, quoted where a flow needs it', () => {
    const text = minimal();
    const after = importOne(text, 'nl', '/purposes/0/description', 'Wij gebruiken uw gegevens: voor uw polis, en meer.');
    expect(changedLines(text, after).inserted).toEqual(['    description: { en: We use your details to administer your policy., nl: "Wij gebruiken uw gegevens: voor uw polis, en meer." }']);
  });

  it('a missing language is added after its siblings: in a one-line map, and on a line of its own in a block map', () => {
    const flow = edit(minimal(), 'name: { en: Printing company, nl: Drukkerij }', 'name: { en: Printing company }');
    const after = importOne(flow, 'nl', '/recipients/0/name', 'Drukkerij');
    expect(changedLines(flow, after).inserted).toEqual(['    name: { en: Printing company, nl: Drukkerij }']);

    const text = harmony();
    const block = edit(text, '\n      fr: Nous conservons des dossiers à usage interne relatifs à des incidents tels que le non-paiement et la fraude.', '');
    const added = importOne(block, 'fr', '/purposes/6/description', 'Nous tenons un registre interne des incidents.');
    const { first, last, inserted } = changedLines(block, added);
    expect([first, last, inserted]).toEqual([lineOf(block, 'en: We keep records for internal use'), lineOf(block, 'en: We keep records for internal use') - 1, ['      fr: Nous tenons un registre interne des incidents.']]);
  });

  it('a language that comes first in statement.locales is added before the others', () => {
    const text = edit(edit(minimal(), 'locales: [en, nl]', 'locales: [en, nl]\n  sourceLocale: nl'), 'name: { en: Printing company, nl: Drukkerij }', 'name:\n      nl: Drukkerij');
    const after = importOne(text, 'en', '/recipients/0/name', 'Printing company');
    expect(changedLines(text, after).inserted).toEqual(['      en: Printing company']);
    expect(after).toContain('    name:\n      en: Printing company\n      nl: Drukkerij\n');
  });

  it('a list: one item a line in the XLIFF, written as the list was (flow or block)', () => {
    const text = harmony();
    const after = importOne(text, 'fr', '/dataCategories/0/examples', 'nom\ndate de naissance\nsexe, genre');
    expect(changedLines(text, after).inserted).toEqual(['      fr: [nom, date de naissance, "sexe, genre"]']);
    const block = edit(text, '      fr: [nom, date de naissance, sexe]', '      fr:\n        - nom\n        - date de naissance\n        - sexe');
    const blockAfter = importOne(block, 'fr', '/dataCategories/0/examples', 'nom\nprénom\n\ndate de naissance');
    expect(changedLines(block, blockAfter).inserted).toEqual(['        - prénom', '        - date de naissance']);
    expect(blockAfter).toContain('      fr:\n        - nom\n        - prénom\n        - date de naissance\n    provision:');
    expect(valueOf(blockAfter, '/dataCategories/0/examples/fr')).toEqual(['nom', 'prénom', 'date de naissance']);
  });

  it('a comment after the old value stays a comment', () => {
    const text = edit(harmony(), 'fr: Nous conservons des dossiers à usage interne relatifs à des incidents tels que le non-paiement et la fraude.', 'fr: Nous conservons des dossiers. # reviewed by legal');
    const after = importOne(text, 'fr', '/purposes/6/description', 'Nous tenons :\n- un registre.');
    expect(changedLines(text, after).inserted).toEqual(['      fr: "Nous tenons :\\n- un registre." # reviewed by legal']);
  });

  it('a statement in JSON stays JSON, one pair a line', () => {
    const json = JSON.stringify(analyze(edit(minimal(), 'name: { en: Printing company, nl: Drukkerij }', 'name: { en: Printing company }')).input, null, 2) + '\n';
    const after = importOne(json, 'nl', '/recipients/0/name', 'Drukkerij "De Pers"');
    expect(JSON.parse(after).recipients[0].name).toEqual({ en: 'Printing company', nl: 'Drukkerij "De Pers"' });
    expect(changedLines(json, after).inserted).toEqual(['        "en": "Printing company",', '        "nl": "Drukkerij \\"De Pers\\""']);
    const replaced = importOne(json, 'nl', '/purposes/0/description', 'Wij beheren uw polis.');
    expect(changedLines(json, replaced).inserted).toEqual(['        "nl": "Wij beheren uw polis."']);
  });

  it('a file with CRLF line ends keeps them; a byte order mark stays', () => {
    const crlf = harmony().replace(/\n/g, '\r\n');
    const after = importOne(crlf, 'fr', '/purposes/6/description', 'Nous tenons un registre interne des incidents.');
    const line = lineOf(harmony(), 'fr: Nous conservons des dossiers') - 1;
    expect(after.split('\r\n')).toEqual(crlf.split('\r\n').map((l, i) => (i === line ? '      fr: Nous tenons un registre interne des incidents.' : l)));
    const bom = '\ufeff' + harmony();
    const withBom = importOne(bom, 'fr', '/purposes/6/description', 'Nous tenons un registre interne des incidents.');
    expect(withBom.startsWith('\ufeff# Harmony')).toBe(true);
    expect(changedLines(bom, withBom)).toMatchObject({ first: line, last: line });
  });

  it('accepts what it imports in the lock file, and leaves untouched stale translations stale', () => {
    const text = harmony();
    const lock = lockOf(text);
    const changed = edit(edit(text, 'nl: Wij houden voor intern gebruik', 'nl: Wij houden altijd voor intern gebruik'), 'nl: Het voorkomen en bestrijden van fraude', 'nl: Het voorkomen en het bestrijden van fraude');
    const xliff = exportOf(changed, 'fr', lock);
    // The translator updates the description and leaves the name as it was, still to be reviewed.
    const result = importInto(changed, withTarget(xliff, '/purposes/6/description', 'Nous conservons toujours des dossiers.'), lock);
    expect(result.written.map((w) => w.path)).toEqual(['/purposes/6/description']);
    expect(result.left.map((w) => w.path)).toEqual(['/purposes/6/name']);
    const lockAfter = JSON.parse(result.lockText!);
    expect(lockAfter.texts['purposes[fraud]/description'].fr).not.toEqual(JSON.parse(lock).texts['purposes[fraud]/description'].fr);
    expect(lockAfter.texts['purposes[fraud]/name'].fr).toEqual(JSON.parse(lock).texts['purposes[fraud]/name'].fr);
    // A reviewer who confirms the old name (state "final") has it accepted, the text unchanged.
    const name = exportOf(result.text!, 'fr', result.lockText).replace(/(<trans-unit id="\/purposes\/6\/name"[^>]*>[\s\S]*?<target state=")needs-review-translation/, '$1final');
    const confirmed = importInto(result.text!, name, result.lockText);
    expect(confirmed.confirmed.map((w) => w.path)).toEqual(['/purposes/6/name']);
    expect(confirmed.written).toEqual([]);
    expect(confirmed.text).toBe(result.text);
  });
});
