import { describe, expect, it } from 'vitest';
import { analyze } from '../src/compile.js';
import type { StatementSource } from '../src/model/input.generated.js';
import { deriveRights, objectionApplies } from '../src/model/rights.js';
import { resolveStatement } from '../src/model/statement.js';
import { edit, harmony, minimal } from './helpers.js';

function input(text: string): StatementSource {
  const a = analyze(text, { file: 's.yaml' });
  expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return a.input!;
}

const withBasis = (basis: string, extra = '') => edit(minimal(), 'legalBasis: contract', `legalBasis: ${basis}${extra}`);

describe('rights derived from the legal bases', () => {
  it('always has portability with a contract, and no objection', () => {
    const rights = deriveRights(input(minimal()));
    expect(rights.portability.map((p) => p.id)).toEqual(['contract']);
    expect(objectionApplies(rights)).toBe(false);
    expect(rights.withdrawConsent).toEqual([]);
  });

  it('R3: legitimate interests make the right to object apply', () => {
    const rights = deriveRights(input(withBasis('legitimate-interests', '\n    legitimateInterest: { en: Service., nl: Service. }')));
    expect(rights.objectionGeneral.map((p) => p.id)).toEqual(['contract']);
    expect(rights.portability).toEqual([]);
    expect(objectionApplies(rights)).toBe(true);
  });

  it('R4: direct marketing makes the absolute right to object apply', () => {
    const rights = deriveRights(input(withBasis('consent', '\n    directMarketing: true')));
    expect(rights.objectionMarketing.map((p) => p.id)).toEqual(['contract']);
    expect(rights.objectionGeneral).toEqual([]);
  });

  it('R6: consent makes withdrawal apply; R7: and portability', () => {
    const rights = deriveRights(input(withBasis('consent')));
    expect(rights.withdrawConsent.map((p) => p.id)).toEqual(['contract']);
    expect(rights.portability.map((p) => p.id)).toEqual(['contract']);
  });

  it('R7: explicit consent under Art. 9(2)(a) brings portability too (Art. 20(1)(a))', () => {
    const source = input(minimal());
    const purpose = { ...source.purposes[0]!, legalBasis: 'legal-obligation', specialCategoryCondition: 'explicit-consent' } as (typeof source.purposes)[number];
    const rights = deriveRights({ ...source, purposes: [purpose] });
    expect(rights.portability.map((p) => p.id)).toEqual(['contract']);
    expect(rights.withdrawConsent.map((p) => p.id)).toEqual(['contract']);
  });

  it('R7: public task never brings portability', () => {
    const rights = deriveRights(input(withBasis('public-task', '\n    legalObligation: { en: A law., nl: Een wet. }')));
    expect(rights.portability).toEqual([]);
  });

  it('R10: automated decisions bring the rights of Art. 22(3)', () => {
    const text = edit(minimal(), 'used: false', 'used: true\n  decisions:\n    - name: { en: A, nl: A }\n      logic: { en: L., nl: L. }\n      significance: { en: S., nl: S. }');
    expect(deriveRights(input(text)).automatedDecisions).toBe(true);
  });
});

describe('the resolved statement', () => {
  it('puts the sections in the standard order, with optional ones only when they apply', () => {
    expect(resolveStatement(input(minimal())).sections.map((s) => s.id)).toEqual([
      'introduction', 'controller', 'data', 'purposes', 'automated-decisions', 'recipients', 'retention', 'rights', 'complaints', 'contact', 'changes',
    ]);
    expect(resolveStatement(input(harmony())).sections.map((s) => s.id)).toEqual([
      'introduction', 'controller', 'data', 'purposes', 'automated-decisions', 'recipients', 'transfers', 'retention', 'rights', 'objection', 'complaints', 'security', 'cookies', 'contact', 'changes',
    ]);
  });

  it('places custom sections after the section they name, also after an absent one', () => {
    const text = minimal() + 'sections:\n  - id: survey\n    after: recipients\n    title: { en: S, nl: S }\n    body: { en: B., nl: B. }\n  - id: after-survey\n    after: survey\n    title: { en: T, nl: T }\n    body: { en: B., nl: B. }\n  - id: late\n    after: transfers\n    title: { en: L, nl: L }\n    body: { en: B., nl: B. }\n';
    const ids = resolveStatement(input(text)).sections.map((s) => s.id);
    expect(ids.slice(ids.indexOf('recipients'), ids.indexOf('retention') + 1)).toEqual(['recipients', 'survey', 'after-survey', 'late', 'retention']);
  });

  it('joins references and finds transfers', () => {
    const model = resolveStatement(input(harmony()));
    expect(model.transfers.map((r) => [r.recipient.id, r.outsideEea])).toEqual([['google', ['US']]]);
    const fraud = model.purposes.find((p) => p.purpose.id === 'fraud')!;
    expect(fraud.number).toBe(7);
    expect(fraud.categories.map((c) => c.id)).toContain('incidents');
    expect(model.authority.locales.fr.address).toContain('2509 AJ La Haye');
  });
});
