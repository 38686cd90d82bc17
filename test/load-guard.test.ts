import { describe, expect, it } from 'vitest';
import { check, compile } from '../src/compile.js';
import { guardValue } from '../src/load/guard.js';
import { limits } from '../src/load/limits.js';
import { loadSource } from '../src/load/source.js';
import { minimal } from './helpers.js';

/** A valid statement as a plain object, as a web-site build would pass it. */
const statement = (): Record<string, any> => loadSource(minimal()).value as Record<string, any>;

async function refused(value: unknown): Promise<{ rule: string; path: string; message: string }> {
  const checked = await check(value as object, { file: 'object' });
  const compiled = await compile(value as object, { formats: ['md'] });
  expect(checked.errorCount).toBe(1);
  expect(compiled.outputs).toEqual([]);
  expect(compiled.diagnostics).toEqual(checked.diagnostics.map(({ file: _file, ...d }) => d));
  const [d] = checked.diagnostics;
  expect(d).toMatchObject({ severity: 'error', file: 'object', references: [] });
  return d!;
}

describe('objects given to check() and compile()', () => {
  it('a valid statement is checked and rendered as from its YAML', async () => {
    const result = await compile(statement(), { formats: ['md'] });
    expect(result.errorCount).toBe(0);
    expect(result.outputs.map((o) => o.fileName)).toEqual(['minimal.en.md', 'minimal.nl.md']);
  });

  it('an object that contains itself', async () => {
    const s = statement();
    s.controller.self = s.controller;
    const d = await refused(s);
    expect(d).toMatchObject({ rule: 'circular-value', path: '/controller/self' });
    expect(d.message).toMatch(/^The value contains itself here/);
  });

  it('a list that contains itself, deeper down', async () => {
    const s = statement();
    s.purposes[0].dataCategories.push(s.purposes);
    expect(await refused(s)).toMatchObject({ rule: 'circular-value', path: '/purposes/0/dataCategories/1' });
  });

  it('the same object twice, not inside itself, is fine', async () => {
    const s = statement();
    s.privacyContact.address = s.controller.address;
    s.rights.channels.address = s.controller.address;
    const result = await check(s);
    expect(result.errorCount).toBe(0);
  });

  it('nesting far beyond the limit, built without recursion', async () => {
    const s = statement();
    let node: Record<string, unknown> = s.controller;
    for (let i = 0; i < 100_000; i++) node = node.next = {};
    const d = await refused(s);
    expect(d.rule).toBe('nesting-too-deep');
    expect(d.path).toBe('/controller' + '/next'.repeat(limits.depth - 1));
  });

  it('a sparse list of 2**32-1 items is refused before its first item', async () => {
    const s = statement();
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    s.dataCategories = huge;
    expect(await refused(s)).toMatchObject({ rule: 'input-too-large', path: '/dataCategories' });
  });

  it('a value shared so often that it would be walked millions of times', async () => {
    let level: unknown[] = ['x'];
    for (let i = 0; i < 8; i++) level = Array(10).fill(level);
    const s = statement();
    s.sections = level;
    expect((await refused(s)).rule).toBe('input-too-large');
  });

  it('a Date, as other YAML readers give dates', async () => {
    const s = statement();
    s.statement.lastAmended = new Date('2024-01-31');
    const d = await refused(s);
    expect(d).toMatchObject({ rule: 'wrong-type', path: '/statement/lastAmended' });
    expect(d.message).toBe('The value here is a Date, which a statement source cannot hold: it holds texts, numbers, `true`/`false`, lists and plain objects, as `JSON.parse` gives them. Write a date as text, YYYY-MM-DD, such as `2022-04-05`.');
  });

  it('a Date, in Dutch and French, with the messageId of the message', async () => {
    const s = statement();
    s.statement.lastAmended = new Date('2024-01-31');
    const [nl, fr] = await Promise.all([check(s, { lang: 'nl' }), check(s, { lang: 'fr' })]);
    expect(nl.diagnostics[0]).toMatchObject({ rule: 'wrong-type', path: '/statement/lastAmended', messageId: 'load.value.date' });
    expect(nl.diagnostics[0]!.message).toBe('De waarde hier is een object van de klasse `Date`, wat een bronbestand van een verklaring niet kan bevatten: het bevat teksten, getallen, `true`/`false`, lijsten en gewone objecten, zoals `JSON.parse` ze oplevert. Schrijf een datum als tekst, YYYY-MM-DD, bijvoorbeeld `2022-04-05`.');
    expect(fr.diagnostics[0]!.message).toMatch(/^La valeur à cet endroit est un objet de la classe `Date`, ce que le fichier source d'une déclaration ne peut contenir/);
    const circular: Record<string, unknown> = statement();
    circular.self = circular;
    expect((await check(circular, { lang: 'fr' })).diagnostics[0]).toMatchObject({ rule: 'circular-value', messageId: 'load.value.circular', message: expect.stringMatching(/^La valeur se contient ici elle-même/) });
  });

  it('a Map, a class instance, a function and a BigInt', async () => {
    class Address {
      street = 'x';
    }
    for (const [value, kind] of [
      [new Map(), 'a Map'],
      [new Address(), 'a Address'],
      [() => 'x', 'a function'],
      [10n, 'a BigInt'],
    ] as const) {
      const s = statement();
      s.controller.address = value;
      const d = await refused(s);
      expect(d).toMatchObject({ rule: 'wrong-type', path: '/controller/address' });
      expect(d.message).toContain(`The value here is ${kind},`);
    }
  });

  it('a getter that throws, and a revoked proxy', async () => {
    const s = statement();
    Object.defineProperty(s.controller, 'name', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    expect(await refused(s)).toMatchObject({ rule: 'wrong-type', path: '/controller/name', message: 'The value here could not be read (no access). Pass plain data, such as `JSON.parse` gives.' });
    const t = statement();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    t.controller.address = proxy;
    expect(await refused(t)).toMatchObject({ rule: 'wrong-type', path: '/controller/address' });
  });

  it('reads each value once, and renders what it checked', async () => {
    const s = statement();
    let reads = 0;
    const address = s.controller.address;
    Object.defineProperty(s.controller, 'address', {
      enumerable: true,
      get() {
        reads++;
        // A different address on every read after the first: only the first is used.
        return reads === 1 ? address : { street: 'Elsewhere 1', postalCode: '1000 AA', city: 'Elsewhere', country: 'NL' };
      },
    });
    const result = await compile(s, { formats: ['md'], locales: ['en'] });
    expect(result.errorCount).toBe(0);
    expect(reads).toBe(1);
    expect(result.outputs[0]!.content).toContain('Rotterdam');
    expect(result.outputs[0]!.content).not.toContain('Elsewhere');
  });

  it('keeps `__proto__` from JSON.parse as data, reported as an unknown key', async () => {
    const s = JSON.parse(JSON.stringify(statement()).replace('"controller":{', '"controller":{"__proto__":{"polluted":true},'));
    const result = await check(s);
    expect(result.diagnostics.map((d) => [d.rule, d.path])).toEqual([['unknown-key', '/controller/__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('guardValue', () => {
  it('copies plain data, keeping holes as undefined and `__proto__` as an own key', () => {
    const source = JSON.parse('{"a":[1,{"b":null}],"__proto__":{"x":1}}');
    const guarded = guardValue(source, { copy: true });
    expect('value' in guarded).toBe(true);
    const copy = (guarded as { value: Record<string, unknown> }).value;
    expect(copy).toStrictEqual(source);
    expect(copy).not.toBe(source);
    expect(copy.a).not.toBe(source.a);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
  });

  it('without copying, gives the value itself', () => {
    const value = { a: [1, 2] };
    expect(guardValue(value, { copy: false })).toEqual({ value });
    expect((guardValue(value, { copy: false }) as { value: unknown }).value).toBe(value);
  });

  it('accepts exactly the depth limit', () => {
    const at = (depth: number): unknown => {
      const root: Record<string, unknown> = {};
      let node = root;
      for (let i = 1; i < depth; i++) node = node.k = {};
      return root;
    };
    expect('value' in guardValue(at(limits.depth), { copy: false })).toBe(true);
    expect(guardValue(at(limits.depth + 1), { copy: false })).toMatchObject({ problem: { rule: 'nesting-too-deep' } });
  });
});
