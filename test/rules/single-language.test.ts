import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/compile.js';
import { edit, minimal } from '../helpers.js';

/** Plain strings are texts in the statement's only language: the prose rules read them too. */
describe('rules on a single-language statement with plain strings', () => {
  const text = [
    ['locales: [en, nl]', 'locales: [en]'],
    ['description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', 'description: We may use your details for your policy.'],
    ['    legalBasis: contract\n', '    legalBasis: legitimate-interests\n    legitimateInterest: Our legitimate interests.\n'],
    ['    period: P7Y\n', '    criteria: As long as necessary.\n'],
    ['examples: { en: [name, address], nl: [naam, adres] }', 'examples: [name, address, etc.]'],
  ].reduce((t, [from, to]) => edit(t, from!, to!), minimal());

  it('reports hedging, vague interests, vague retention and open lists at the plain string', () => {
    const found = analyze(text, { file: 's.yaml' }).diagnostics;
    const at = (rule: string) => found.find((d) => d.rule === rule)?.path;
    expect(at('hedging-language')).toBe('/purposes/0/description');
    expect(at('vague-legitimate-interest')).toBe('/purposes/0/legitimateInterest');
    expect(at('vague-retention')).toBe('/retention/0/criteria');
    expect(at('open-ended-list')).toBe('/dataCategories/0/examples/2');
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
