import { describe, expect, it } from 'vitest';
import { analyze, check } from '../src/compile.js';
import { loadSource } from '../src/load/source.js';
import { diagnosticsOf, edit, lineOf, minimal, only } from './helpers.js';

/**
 * What habits from YAML 1.1 (and from other YAML tools) make of a statement: each is reported
 * at its line, in words that say what to write instead.
 */

const at = (text: string, path: string) => diagnosticsOf(text).filter((d) => d.path === path);

describe('yes, no, on and off where true or false is wanted', () => {
  const cases: [string, string][] = [
    ['no', 'false'],
    ['No', 'false'],
    ['OFF', 'false'],
    ['n', 'false'],
    ['yes', 'true'],
    ['Y', 'true'],
    ['on', 'true'],
    ['"no"', 'false'],
  ];
  for (const [written, meant] of cases) {
    it(`used: ${written}`, () => {
      const text = edit(minimal(), 'used: false', `used: ${written}`);
      const word = written.replace(/"/g, '');
      const d = only(diagnosticsOf(text), 'automated-decisions');
      expect(d.message).toBe(`\`automatedDecisionMaking.used\` must be \`true\` or \`false\`, not the word \`${word}\` (a statement source reads \`yes\`, \`no\`, \`on\` and \`off\` as words). Write \`${meant}\`.`);
      expect(d.line).toBe(lineOf(text, `used: ${written}`));
      expect(d.column).toBe(9);
    });
  }

  it('directMarketing: no on a purpose', () => {
    const text = edit(minimal(), '    legalBasis: contract\n', '    legalBasis: contract\n    directMarketing: no\n');
    const [d, ...rest] = at(text, '/purposes/0/directMarketing');
    expect(rest).toEqual([]);
    expect(d!.message).toBe('`directMarketing` of purpose `contract` must be `true` or `false`, not the word `no` (a statement source reads `yes`, `no`, `on` and `off` as words). Write `false`.');
    expect(d!.line).toBe(lineOf(text, 'directMarketing: no'));
  });

  it('"true" in quotes: write it without', () => {
    const d = only(diagnosticsOf(edit(minimal(), 'used: false', 'used: "False"')), 'automated-decisions');
    expect(d.message).toBe('`automatedDecisionMaking.used` must be `true` or `false` without quotes, not the text `False`. Write `false`.');
  });

  it('other words keep the plain message', () => {
    const d = only(diagnosticsOf(edit(minimal(), 'used: false', 'used: never')), 'automated-decisions');
    expect(d.message).toBe('`automatedDecisionMaking.used` must be `true` or `false`, not the text `never`.');
  });

  it('a country code that reads like no (Norway) stays silent', () => {
    const text = edit(minimal(), 'city: Rotterdam, country: NL', 'city: Oslo, country: NO');
    expect(loadSource(text).value).toMatchObject({ controller: { address: { country: 'NO' } } });
    expect(at(text, '/controller/address/country')).toEqual([]);
    expect(diagnosticsOf(text).filter((d) => /word|YAML|quotes/.test(d.message))).toEqual([]);
  });
});

describe('numbers where text is wanted', () => {
  const cases: [string, string, string, string][] = [
    ['postalCode: 3012 AA', 'postalCode: 0123', '/controller/address/postalCode', '`controller.address.postalCode` is written `0123` without quotes, which YAML reads as the number 123: the leading zero is lost. Put it in quotes: `"0123"`.'],
    ['postalCode: 3012 AA', 'postalCode: 0010', '/controller/address/postalCode', '`controller.address.postalCode` is written `0010` without quotes, which YAML reads as the number 10: the leading zeros are lost. Put it in quotes: `"0010"`.'],
    ['postalCode: 3012 AA', 'postalCode: 1e3', '/controller/address/postalCode', '`controller.address.postalCode` is written `1e3` without quotes, which YAML reads as the number 1000. Put it in quotes: `"1e3"`.'],
    ['city: Rotterdam', 'city: 010', '/controller/address/city', '`controller.address.city` is written `010` without quotes, which YAML reads as the number 10: the leading zero is lost. Put it in quotes: `"010"`.'],
    ['email: privacy@example.nl\nprivacyContact', 'email: privacy@example.nl\n  phone: 0630925810\nprivacyContact', '/controller/phone', '`controller.phone` is written `0630925810` without quotes, which YAML reads as the number 630925810: the leading zero is lost. Put it in quotes: `"0630925810"`.'],
    ['email: privacy@example.nl\nprivacyContact', 'email: privacy@example.nl\n  phone: +31101234567\nprivacyContact', '/controller/phone', '`controller.phone` is written `+31101234567` without quotes, which YAML reads as the number 31101234567: the `+` is lost. Put it in quotes: `"+31101234567"`.'],
    ['name: Example Verzekeringen', 'name: True', '/controller/name', '`controller.name` is written `True` without quotes, which YAML reads as `true` (yes or no), not as text. Put it in quotes: `"True"`.'],
    ['name: { en: Printing company, nl: Drukkerij }', 'name: { en: Printing company, nl: 0800 }', '/recipients/0/name/nl', '`name.nl` of recipient `printer` is written `0800` without quotes, which YAML reads as the number 800: the leading zero is lost. Put it in quotes: `"0800"`.'],
  ];
  for (const [from, to, path, message] of cases) {
    it(to.split('\n').find((l) => l.includes(path.split('/').at(-1)!)) ?? to, () => {
      const text = edit(minimal(), from, to);
      const found = at(text, path);
      expect(found.map((d) => d.message)).toEqual([message]);
      const written = to.split('\n').find((l) => l.includes(path.split('/').at(-1)! === 'nl' ? 'nl: 0800' : path.split('/').at(-1)!))!.trim();
      expect(found[0]!.line).toBe(lineOf(text, written));
    });
  }

  it('a number written as YAML reads it keeps the plain message', () => {
    const d = only(diagnosticsOf(edit(minimal(), 'postalCode: 3012 AA', 'postalCode: 3300')), 'wrong-type');
    expect(d.message).toBe('`controller.address.postalCode` must be text; put it in quotes, such as `"3300"`, not the number 3300.');
  });

  it('in JSON, the number as written', () => {
    const json = JSON.stringify(loadSource(minimal()).value, null, 2).replace('"postalCode": "3012 AA"', '"postalCode": 0123');
    const d = only(diagnosticsOf(json, 's.json'), 'wrong-type');
    expect(d.message).toBe('`controller.address.postalCode` is written `0123` without quotes, which YAML reads as the number 123: the leading zero is lost. Put it in quotes: `"0123"`.');
    expect(d.line).toBe(lineOf(json, '"postalCode": 0123'));
  });

  it('an object given to the library has no written form: the plain message', async () => {
    const value = loadSource(minimal()).value as { controller: { address: { postalCode: unknown } } };
    value.controller.address.postalCode = 123;
    const d = only((await check(value)).diagnostics, 'wrong-type');
    expect(d.message).toBe('`controller.address.postalCode` must be text; put it in quotes, such as `"123"`, not the number 123.');
  });

  it('a number for a date or a period says what form it takes', () => {
    expect(only(diagnosticsOf(edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: 2024')), 'wrong-type').message).toBe(
      '`statement.lastAmended` must be a date written as YYYY-MM-DD, such as `2022-04-05`, not the number 2024.',
    );
    expect(only(diagnosticsOf(edit(minimal(), 'period: P7Y', 'period: 7')), 'wrong-type').message).toBe(
      '`period` of retention rule `contact` must be an ISO 8601 period such as `P180D` (180 days), `P4W` (4 weeks), `P6M` (6 months) or `P7Y` (7 years), not the number 7.',
    );
  });
});

describe('dates with a time, and tags', () => {
  for (const written of ['2022-04-05 10:00', '2022-04-05T10:00:00Z', '2022-4-5 10:00:00 +02:00']) {
    it(`lastAmended: ${written}`, () => {
      const text = edit(minimal(), 'lastAmended: 2024-01-31', `lastAmended: ${written}`);
      const d = only(diagnosticsOf(text), 'invalid-format');
      expect(d.message).toBe(`\`statement.lastAmended\` is \`${written}\`, a date with a time of day; a date here is the day only, written YYYY-MM-DD: \`2022-04-05\`.`);
      expect(d.line).toBe(lineOf(text, 'lastAmended:'));
    });
  }

  it('lastAmended: !!timestamp 2022-04-05 is one error, at the tag', () => {
    const text = edit(minimal(), 'lastAmended: 2024-01-31', 'lastAmended: !!timestamp 2022-04-05');
    const { diagnostics } = analyze(text, { file: 's.yaml' });
    expect(diagnostics.map((d) => [d.rule, d.line, d.column, d.path])).toEqual([['unknown-tag', lineOf(text, 'lastAmended'), 16, '/statement/lastAmended']]);
    expect(diagnostics[0]!.message).toContain('a date is written as YYYY-MM-DD without a tag');
  });

  it('a date as YAML 1.2 reads it is a text, and valid', () => {
    const { value, diagnostics } = loadSource(minimal());
    expect(diagnostics).toEqual([]);
    expect((value as { statement: { lastAmended: unknown } }).statement.lastAmended).toBe('2024-01-31');
  });
});
