import { describe, expect, it } from 'vitest';
import { analyze, check } from '../../src/compile.js';
import { acceptReport, openTranslations, statusReport } from '../../src/translations/api.js';
import { hashText, lockFileName, readLock } from '../../src/translations/lock.js';
import { edit, examples, harmony, minimal, read } from '../helpers.js';
import { lockOf } from './lock-of.js';

const statuses = (text: string, lock?: string) => {
  const { opened, diagnostics } = openTranslations(text, lock !== undefined ? { translations: lock } : {});
  if (!opened) throw new Error(JSON.stringify(diagnostics));
  return statusReport(opened).texts.map((t) => `${t.path} ${t.locale} ${t.status}`);
};
const of = (list: string[], status: string) => list.filter((s) => s.endsWith(` ${status}`));

/** Harmony with its first purpose moved to the end of the list. */
function reorder(t: string): string {
  const start = t.indexOf('  - id: application');
  const end = t.indexOf('  - id: contract');
  const after = t.indexOf('\nrecipients:');
  return t.slice(0, start) + t.slice(end, after + 1) + t.slice(start, end) + t.slice(after + 1);
}

describe('the translations lock file', () => {
  it('is named after the statement file', () => {
    expect(lockFileName('statements/harmony.yaml')).toBe('statements/harmony.translations.json');
    expect(lockFileName('examples/kmo/statement.yml')).toBe('examples/kmo/statement.translations.json');
    expect(lockFileName('a.b.JSON')).toBe('a.b.translations.json');
  });

  it('is deterministic: the same bytes for the same texts, whatever the order of the file or of accepting', () => {
    const text = harmony();
    const lock = lockOf(text);
    expect(lockOf(text)).toBe(lock);
    // Reordering the purposes (the lock names them by id) changes no byte.
    const reordered = reorder(text);
    expect(analyze(reordered, { rules: [] }).input!.purposes[0]!.id).toBe('contract');
    expect(lockOf(reordered)).toBe(lock);
    // Accepting French, then English, gives the lock of accepting both at once.
    expect(lockOf(text, { locales: ['en'] }, lockOf(text, { locales: ['fr'] }))).toBe(lock);
    // Keys in code-unit order, one line a language, two-space indentation, a final line feed.
    const keys = [...lock.matchAll(/^ {4}"([^"]+)": \{$/gm)].map((m) => m[1]!);
    expect(keys.length).toBe(107);
    expect([...keys].sort()).toEqual(keys);
    expect(lock).toMatch(/^ {6}"en": \{ "source": "[0-9a-f]{64}", "translation": "[0-9a-f]{64}" \},$/m);
    expect(lock.endsWith('}\n')).toBe(true);
    expect(JSON.parse(lock).sourceLocale).toBe('nl');
  });

  it('hashes the text as the loader reads it, and a list as its items in JSON', () => {
    const input = analyze(harmony(), { rules: [] }).input!;
    const lock = JSON.parse(lockOf(harmony()));
    const fraud = input.purposes.find((p) => p.id === 'fraud')!;
    expect(lock.texts['purposes[fraud]/description'].fr).toEqual({ source: hashText((fraud.description as { nl: string }).nl), translation: hashText((fraud.description as { fr: string }).fr) });
    expect(hashText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(lock.texts['dataCategories[personal]/examples'].en.translation).toBe(hashText(JSON.stringify(['name', 'date of birth', 'gender'])));
    // The change log is named by date; a code of conduct, which has no id, by its place.
    expect(Object.keys(lock.texts)).toEqual(expect.arrayContaining(['changes[2022-04-05]/summary', 'statement/codesOfConduct[0]/name', 'recipients[google]/transfer/copy']));
  });

  it('tells current, stale, changed and new translations apart', () => {
    const text = minimal();
    const lock = lockOf(text);
    expect(of(statuses(text), 'new')).toHaveLength(6);
    expect(statuses(text, lock).every((s) => s.endsWith(' current'))).toBe(true);
    // The English source changed, the Dutch translation did not: stale.
    const stale = edit(text, 'en: We use your details to administer your policy.', 'en: We use your details to administer your policy and claims.');
    expect(of(statuses(stale, lock), 'stale')).toEqual(['/purposes/0/description nl stale']);
    // Both changed: changed. The translation alone: changed too (edited since it was accepted).
    const both = edit(stale, 'nl: Wij gebruiken uw gegevens voor uw polis.', 'nl: Wij gebruiken uw gegevens voor uw polis en schades.');
    expect(of(statuses(both, lock), 'changed')).toEqual(['/purposes/0/description nl changed']);
    const translationOnly = edit(text, 'nl: Wij gebruiken uw gegevens voor uw polis.', 'nl: Wij gebruiken uw gegevens voor uw polis en schades.');
    expect(of(statuses(translationOnly, lock), 'changed')).toEqual(['/purposes/0/description nl changed']);
    // A text not in the lock file, and one whose translation is missing: new.
    const added = edit(text, '    role: processor\n', '    role: processor\n    arrangement: { en: We agreed on it., nl: Afgesproken. }\n');
    expect(of(statuses(added, lock), 'new')).toEqual(['/recipients/0/arrangement nl new']);
    const missing = edit(text, ', nl: Drukkerij }', ' }');
    expect(of(statuses(missing, lock), 'new')).toEqual(['/recipients/0/name nl new']);
  });

  it('accepts what is in scope and leaves the rest as it was', () => {
    const text = harmony();
    const changed = edit(edit(text, 'nl: Wij houden voor intern gebruik', 'nl: Wij houden altijd voor intern gebruik'), 'nl: Het voorkomen en bestrijden van fraude', 'nl: Het voorkomen en het bestrijden van fraude');
    const lock = lockOf(text);
    expect(of(statuses(changed, lock), 'stale')).toHaveLength(4);
    const { opened } = openTranslations(changed, { translations: lock });
    const { lockText, accepted } = acceptReport(opened!, { locales: ['fr'], paths: ['/purposes/6/description'] });
    expect(accepted.map((a) => `${a.path} ${a.locale} ${a.status}`)).toEqual(['/purposes/6/description fr stale']);
    expect(of(statuses(changed, lockText), 'stale')).toEqual(['/purposes/6/name en stale', '/purposes/6/name fr stale', '/purposes/6/description en stale']);
    // A pointer to an item takes every text below it: name, description, legitimate interest,
    // criminal-data basis, data subjects and security measures, in two languages.
    const item = acceptReport(openTranslations(changed, { translations: lock }).opened!, { paths: ['/purposes/6'] });
    expect(item.accepted).toHaveLength(12);
    expect(of(statuses(changed, item.lockText), 'stale')).toEqual([]);
  });

  it('forgets the texts that are gone when everything is accepted again', () => {
    const text = harmony();
    const lock = lockOf(text);
    const without = edit(text, '    description:\n      nl: Wij houden voor intern gebruik', '    description:\n      nl: Wij houden voor intern gebruik').replace(/\n  codesOfConduct:\n(?: {4,}.*\n)+/, '\n');
    expect(JSON.parse(lock).texts['statement/codesOfConduct[0]/name']).toBeDefined();
    const { opened } = openTranslations(without, { translations: lock });
    expect(statusReport(opened!).orphans).toBe(1);
    expect(JSON.parse(acceptReport(opened!).lockText).texts['statement/codesOfConduct[0]/name']).toBeUndefined();
  });

  it('names a stale translation, and what is wrong with a lock file, in the language of the messages', async () => {
    const text = minimal();
    const lock = lockOf(text);
    const stale = edit(text, 'en: We use your details to administer your policy.', 'en: We use your details to administer your policy and claims.');
    const of = async (lang: 'en' | 'nl' | 'fr') => (await check(stale, { translations: lock, lang })).diagnostics.find((d) => d.rule === 'translation-stale')!;
    expect((await of('en')).message).toMatch(/^Description of purpose “Performing your insurance contract”: the English text has changed since this Dutch translation was accepted/);
    expect((await of('nl')).message).toMatch(/^Beschrijving van verwerkingsdoeleinde ‘Performing your insurance contract’: de tekst in het Engels is gewijzigd sinds deze vertaling in het Nederlands werd aanvaard/);
    expect((await of('fr')).message).toMatch(/^Description \(finalité « Performing your insurance contract »\) : le texte en anglais a changé depuis que cette traduction en néerlandais a été acceptée/);
    const broken = await check(text, { translations: '<<<<<<< HEAD\n{}', translationsFile: 'x.translations.json', lang: 'nl' });
    expect(broken.diagnostics.find((d) => d.rule === 'translations-lock-invalid')).toMatchObject({ rule: 'translations-lock-invalid', messageId: 'translations.lock.merge-conflict', message: expect.stringMatching(/^Het vergrendelbestand van de vertalingen bevat een onopgelost mergeconflict \(`<<<<<<<` op regel 1\)/) });
    expect(readLock('', 'x.json', 'fr').diagnostics[0]!.message).toMatch(/^Le fichier de verrouillage des traductions ne peut pas être lu : il est vide\. Corrigez-le/);
  });

  it('refuses a broken lock file with a message at its place', () => {
    const text = minimal();
    const lock = lockOf(text);
    const conflict = lock.replace(/^( {4}"purposes\[contract\]\/description": \{)$/m, '<<<<<<< HEAD\n$1');
    const read1 = readLock(conflict, 'statement.translations.json');
    expect(read1.lock).toBeUndefined();
    expect(read1.diagnostics).toEqual([
      expect.objectContaining({ rule: 'translations-lock-invalid', file: 'statement.translations.json', line: conflict.split('\n').indexOf('<<<<<<< HEAD') + 1, message: expect.stringMatching(/unresolved merge conflict/) }),
    ]);
    expect(readLock('{ "format": "privacy-statement-translations/v1", ', 'x.json').diagnostics[0]!.message).toMatch(/^The translations lock file cannot be read: /);
    expect(readLock('{ "format": "something-else" }').diagnostics[0]!.message).toMatch(/not a translations lock file of this version/);
    const badHash = lock.replace(/"translation": "[0-9a-f]{64}"/, '"translation": "abc"');
    const read2 = readLock(badHash, 'x.json');
    expect(read2.diagnostics).toHaveLength(1);
    expect(read2.diagnostics[0]).toMatchObject({ path: expect.stringMatching(/^\/texts\/.+\/nl$/), line: expect.any(Number) });
    // And `check` reports it, as an error, at the lock file.
    const checked = analyze(text, { file: 'statement.yaml', translations: badHash, translationsFile: 'statement.translations.json' }).diagnostics;
    expect(checked.filter((d) => d.rule === 'translations-lock-invalid').map((d) => [d.file, d.severity])).toEqual([['statement.translations.json', 'error']]);
  });

  it('works on the three examples: every text of every translated language, in the order of the file', () => {
    for (const [path, count] of [[examples.harmony, 214], [examples.kmo, 109], [examples.adviseur, 94]] as const) {
      const list = statuses(read(path));
      expect(list, path).toHaveLength(count);
      expect(of(statuses(read(path), lockOf(read(path))), 'current'), path).toHaveLength(count);
    }
  });
});
