import { describe, expect, it } from 'vitest';
import { adequacy, invalidatedBefore, isEea, transferData } from '../src/data/countries.js';

describe('the transfer data', () => {
  it('is dated, with a date to re-check it six months on', () => {
    expect(transferData.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const asOf = new Date(transferData.asOf);
    const recheck = new Date(transferData.recheckBy);
    expect((recheck.getTime() - asOf.getTime()) / 86_400_000).toBeGreaterThanOrEqual(180);
    expect((recheck.getTime() - asOf.getTime()) / 86_400_000).toBeLessThanOrEqual(184);
  });

  it('gives every adequacy decision a reference and dates in order', () => {
    for (const [code, entry] of Object.entries(transferData.adequate)) {
      expect(isEea(code), code).toBe(false);
      expect(entry.decisions.length, code).toBeGreaterThan(0);
      for (const d of entry.decisions) {
        expect(d.reference, code).toMatch(/Decision/);
        expect(d.adopted, code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (d.until) expect(d.until > d.adopted, code).toBe(true);
        expect(d.adopted <= transferData.asOf, code).toBe(true);
      }
    }
  });

  it('has the recent decisions: Brazil, the UK renewed, the EU-U.S. Data Privacy Framework, the EPO', () => {
    expect(adequacy('BR')?.decision.adopted).toBe('2026-01-26');
    expect(adequacy('US')).toMatchObject({ requires: 'eu-us-data-privacy-framework', decision: { reference: 'Commission Implementing Decision (EU) 2023/1795', adopted: '2023-07-10', checked: true } });
    expect(adequacy('GB')?.decision).toMatchObject({ adopted: '2025-12-19', until: '2031-12-27', checked: false });
    expect(transferData.internationalOrganisations.EPO!.decisions[0]!.adopted).toBe('2025-07-15');
  });

  it('answers by the date of a statement', () => {
    expect(adequacy('US', '2022-04-05')).toBeUndefined();
    expect(adequacy('US', '2023-07-10')?.decision.adopted).toBe('2023-07-10');
    expect(adequacy('BR', '2025-12-31')).toBeUndefined();
    expect(adequacy('BR', '2026-01-26')).toBeDefined();
    expect(adequacy('GB', '2021-06-27')).toBeUndefined();
    expect(adequacy('GB', '2022-04-05')?.decision.reference).toBe('Commission Implementing Decision (EU) 2021/1772');
    expect(adequacy('GB', '2026-03-01')?.decision.adopted).toBe('2025-12-19');
    expect(adequacy('GB', '2032-01-01')).toBeUndefined();
    expect(adequacy('IN', '2026-01-01')).toBeUndefined();
  });

  it('knows the frameworks the Court of Justice struck down, and since when', () => {
    expect(invalidatedBefore('2015-10-05')).toEqual([]);
    expect(invalidatedBefore('2018-05-24').map((f) => f.name)).toEqual(['Safe Harbour']);
    expect(invalidatedBefore('2022-04-05').map((f) => f.name)).toEqual(['Safe Harbour', 'EU-U.S. Privacy Shield']);
    const shield = new RegExp(transferData.invalidated['privacy-shield']!.mentions, 'i');
    expect(shield.test('certified under the EU-US Privacy Shield')).toBe(true);
    expect(shield.test('Data Privacy Framework')).toBe(false);
  });
});
