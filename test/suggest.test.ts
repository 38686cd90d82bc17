import { describe, expect, it } from 'vitest';
import { didYouMean, suggestDuration, suggestValue } from '../src/validate/suggest.js';
import { diagnosticsOf, edit, lineOf, minimal } from './helpers.js';

/** The one diagnostic of a statement with one mistake, at the line of `needle`. */
function theDiagnostic(text: string, needle: string) {
  const diagnostics = diagnosticsOf(text);
  expect(diagnostics, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  expect(diagnostics[0]!.line).toBe(lineOf(text, needle));
  return diagnostics[0]!;
}

describe('"Did you mean …" for a wrongly written duration', () => {
  it.each([
    ['10Y', 'P10Y'],
    ['10 years', 'P10Y'],
    ['6M', 'P6M'],
    ['P1Y6', 'P1Y6M'],
    ['p7y', 'P7Y'],
    ['1 year and 6 months', 'P1Y6M'],
    ['7 jaar', 'P7Y'],
    ['180 jours', 'P180D'],
  ])('period `%s` → `%s`', (written, period) => {
    const text = edit(minimal(), 'period: P7Y', `period: ${written}`);
    const d = theDiagnostic(text, `period: ${written}`);
    expect(d).toMatchObject({ rule: 'invalid-format', path: '/retention/0/period', column: 13 });
    expect(d.message).toBe(
      `\`period\` of retention rule \`contact\` is \`${written}\`; it must be an ISO 8601 period such as \`P180D\` (180 days), \`P4W\` (4 weeks), \`P6M\` (6 months) or \`P7Y\` (7 years). Did you mean \`${period}\`?`,
    );
  });

  it('also for the response time to requests', () => {
    const text = edit(minimal(), '    email: privacy@example.nl\nautomated', '    email: privacy@example.nl\n  responseTime: 4 weeks\nautomated');
    const d = theDiagnostic(text, 'responseTime: 4 weeks');
    expect(d.message).toMatch(/^`rights.responseTime` is `4 weeks`; .* Did you mean `P4W`\?$/);
  });

  it('reads unit words in Dutch and French too', () => {
    expect(['2 années', '3 maanden', '4 semaines', '1 jaar en 6 maanden', '18 mois'].map(suggestDuration)).toEqual(['P2Y', 'P3M', 'P4W', 'P1Y6M', 'P18M']);
  });

  it('suggests nothing when the text does not read as a period', () => {
    for (const written of ['ten years', 'P0Y', '3 fortnights', 'P1Y6M3', '10']) {
      expect(suggestDuration(written), written).toBeUndefined();
      const text = edit(minimal(), 'period: P7Y', `period: "${written}"`);
      expect(theDiagnostic(text, 'period: ').message, written).not.toContain('Did you mean');
    }
  });
});

describe('"Did you mean …" for a value outside the allowed ones', () => {
  it.each([
    ['legalBasis: contract', 'legalBasis: Contract', 'contract', '/purposes/0/legalBasis'],
    ['legalBasis: contract', 'legalBasis: legitimate interests', 'legitimate-interests', '/purposes/0/legalBasis'],
    ['legalBasis: contract', 'legalBasis: concent', 'consent', '/purposes/0/legalBasis'],
    ['role: processor', 'role: procesor', 'processor', '/recipients/0/role'],
    ['authority: nl-ap', 'authority: NL-AP', 'nl-ap', '/statement/authority'],
    ['role: dpo', 'role: DPO', 'dpo', '/privacyContact/role'],
  ])('%s written as `%s` → `%s`', (from, to, guess, path) => {
    const text = edit(minimal(), from, to);
    const d = theDiagnostic(text, to);
    expect(d.path).toBe(path);
    expect(d.message).toMatch(new RegExp(`, which is not one of .*\\. Did you mean \`${guess}\`\\?$`));
  });

  it('suggests nothing for a value far from every allowed one', () => {
    expect(suggestValue('verwerker', ['processor', 'controller', 'joint-controller', 'public-authority'])).toBeUndefined();
  });
});

describe('"Did you mean …" for a misspelt key', () => {
  it('at the top level, for a required section', () => {
    const text = edit(minimal(), 'dataCategories:\n  - id: contact', 'dataCategorie:\n  - id: contact');
    const d = theDiagnostic(text, 'dataCategorie:');
    expect(d).toMatchObject({ path: '/dataCategorie', column: 1 });
    expect(d.message).toBe(`Unknown key \`dataCategorie\` at the top level of the file. ${didYouMean('dataCategories')} Keys must be spelt exactly, and \`dataCategories\` is required.`);
    expect(didYouMean('dataCategories')).toBe('Did you mean `dataCategories`?');
  });

  it('for an optional field', () => {
    const text = edit(minimal(), '    period: P7Y', '    period: P7Y\n    critera: { en: Until the claim is settled., nl: Tot de schade is afgehandeld. }');
    const d = theDiagnostic(text, 'critera:');
    expect(d.message).toBe('Unknown key `critera` in retention rule `contact`. Did you mean `criteria`?');
  });
});
