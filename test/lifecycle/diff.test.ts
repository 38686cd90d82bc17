import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diff, type DiffResult } from '../../src/lifecycle/diff.js';
import { versionId } from '../../src/lifecycle/version.js';
import type { StatementSource } from '../../src/model/input.generated.js';
import { edit, harmony, minimal } from '../helpers.js';

const harmonyValue = parse(harmony()) as StatementSource;
/** Harmony as a value, a fresh copy each time (read from YAML once). */
const base = (): StatementSource => structuredClone(harmonyValue);
/** Harmony as a new version: amended later, `effectiveFrom` left for the test to set. */
function amendedOn(s: StatementSource, date: string): void {
  s.statement.lastAmended = date;
  delete s.statement.effectiveFrom;
}
/** Harmony, changed by `change`, as a new version of a later date. */
function changed(change: (s: StatementSource) => void): StatementSource {
  const s = base();
  change(s);
  return s;
}

async function compare(after: StatementSource | string, before: StatementSource | string = base(), locale: 'en' | 'nl' | 'fr' = 'en'): Promise<DiffResult> {
  const result = await diff(before, after, { locale });
  expect(result.errorCount, JSON.stringify(result.diagnostics, null, 1)).toBe(0);
  return result;
}

/** The one change of a subject and kind (apart from editorial ones), asserting there is one. */
function one(result: DiffResult, subject: string, kind?: string) {
  const found = result.changes!.filter((c) => c.subject === subject && (kind === undefined || c.kind === kind) && c.class !== 'editorial');
  expect(found, JSON.stringify(result.changes, null, 1)).toHaveLength(1);
  return found[0]!;
}

const purpose = (s: StatementSource, id: string) => s.purposes.find((p) => p.id === id)!;
const recipient = (s: StatementSource, id: string) => s.recipients.find((r) => r.id === id)!;
const category = (s: StatementSource, id: string) => s.dataCategories.find((c) => c.id === id)!;
const rule = (s: StatementSource, id: string) => s.retention.find((r) => r.id === id)!;

describe('what is no change', () => {
  it('the same statement', async () => {
    const result = await compare(base());
    expect(result.changes).toEqual([]);
    expect(result.counts).toEqual({ material: 0, favourable: 0, editorial: 0 });
    expect(result.from!.version).toBe(result.to!.version);
  });

  it('lists in another order, keys in another order, another YAML style', async () => {
    const after = base();
    after.purposes.reverse();
    after.recipients.reverse();
    after.dataCategories.reverse();
    after.retention.reverse();
    // Keys of every object reversed, written as flow YAML without comments, and as JSON.
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const restyled = stringify(reversed(after), { collectionStyle: 'flow', defaultStringType: 'QUOTE_DOUBLE' });
    expect((await compare(restyled)).changes).toEqual([]);
    expect((await compare(JSON.stringify(after, null, 2))).changes).toEqual([]);
  });

  it('YAML and JSON of the same content have the same version id; any value changes it', () => {
    const yaml = harmony();
    const json = JSON.stringify(parse(yaml));
    expect(versionId(parse(yaml))).toBe(versionId(JSON.parse(json)));
    expect(versionId(parse(yaml))).toMatch(/^[0-9a-f]{12}$/);
    expect(versionId(parse(edit(minimal(), 'period: P7Y', 'period: P8Y')))).not.toBe(versionId(parse(minimal())));
    // Comments and quoting do not.
    expect(versionId(parse(edit(minimal(), 'period: P7Y', 'period: "P7Y"   # seven years')))).toBe(versionId(parse(minimal())));
  });
});

describe('material changes (people must be told before they apply)', () => {
  it('a new purpose', async () => {
    const after = changed((s) =>
      s.purposes.push({
        id: 'fraud-analytics',
        name: { nl: 'Fraudeanalyse', en: 'Fraud analytics', fr: 'Analyse de la fraude' },
        description: { nl: 'Wij analyseren claims.', en: 'We analyse claims.', fr: 'Nous analysons les sinistres.' },
        legalBasis: 'legitimate-interests',
        legitimateInterest: { nl: 'Fraude voorkomen.', en: 'Preventing fraud.', fr: 'Prévenir la fraude.' },
        dataCategories: ['claims'],
      }),
    );
    const result = await compare(after);
    const c = one(result, 'purpose', 'added');
    expect(c).toMatchObject({ class: 'material', id: 'fraud-analytics', path: `/purposes/${after.purposes.length - 1}` });
    expect(c.summary).toBe('New purpose: “Fraud analytics” (legitimate interests).');
    expect(c.references).toContain('GDPR Art. 13(3)');
    expect(c.references).toContain('WP260 rev.01 § 31');
    expect(result.counts!.material).toBe(1);
  });

  it("a purpose's legal basis changed", async () => {
    const result = await compare(changed((s) => (purpose(s, 'newsletter').legalBasis = 'legitimate-interests', (purpose(s, 'newsletter').legitimateInterest = { nl: 'x', en: 'Keeping customers informed.', fr: 'x' }))));
    const c = one(result, 'purpose', 'changed');
    expect(c).toMatchObject({ class: 'material', id: 'newsletter', path: '/purposes/4/legalBasis' });
    expect(c.summary).toMatch(/from consent to legitimate interests/);
  });

  it('a data category added to a purpose', async () => {
    const c = one(await compare(changed((s) => purpose(s, 'newsletter').dataCategories.push('product'))), 'purpose', 'changed');
    expect(c).toMatchObject({ class: 'material', path: '/purposes/4/dataCategories' });
    expect(c.summary).toContain('now also uses “Product data”');
  });

  it('a data category newly special or criminal', async () => {
    const special = await compare(changed((s) => Object.assign(category(s, 'claims'), { kind: 'special', special: 'health' }) && Object.assign(purpose(s, 'contract'), { specialCategoryCondition: 'explicit-consent' }) && Object.assign(purpose(s, 'fraud'), { specialCategoryCondition: 'legal-claims' })));
    expect(special.changes!.filter((c) => c.subject === 'data-category' && c.class === 'material')).toHaveLength(1);
    expect(special.changes!.find((c) => c.subject === 'data-category')!.summary).toContain('data concerning health');
    const criminal = await compare(base(), changed((s) => delete category(s, 'incidents').kind));
    expect(one(criminal, 'data-category')).toMatchObject({ class: 'material', id: 'incidents', path: '/dataCategories/9/kind' });
    expect(one(criminal, 'data-category').summary).toBe('The category “Incident data” now includes personal data relating to criminal convictions and offences.');
  });

  it('a new recipient, and an existing one receiving data for a further purpose', async () => {
    const added = await compare(
      changed((s) => {
        s.recipients.push({ id: 'reinsurer', name: { nl: 'Herverzekeraar', en: 'Reinsurer', fr: 'Réassureur' }, description: { nl: 'x', en: 'Reinsures risks.', fr: 'x' }, role: 'controller' });
        purpose(s, 'contract').recipients!.push('reinsurer');
      }),
    );
    expect(one(added, 'recipient', 'added')).toMatchObject({ class: 'material', id: 'reinsurer' });
    const further = await compare(changed((s) => purpose(s, 'newsletter').recipients = ['printing']));
    const c = one(further, 'recipient', 'changed');
    expect(c).toMatchObject({ class: 'material', id: 'printing' });
    expect(c.summary).toBe('“Printing and mailing companies” now also receives data for “Newsletters you have subscribed to”.');
  });

  it('a recipient becoming a (joint) controller', async () => {
    const c = one(await compare(changed((s) => Object.assign(recipient(s, 'repairers'), { role: 'joint-controller', arrangement: { nl: 'x', en: 'We agreed who answers requests.', fr: 'x' } }))), 'recipient');
    expect(c).toMatchObject({ class: 'material', id: 'repairers', path: '/recipients/2/role' });
    expect(c.references).toContain('GDPR Art. 26(2)');
  });

  it('a new transfer outside the EEA, and a changed safeguard', async () => {
    const transfer = await compare(changed((s) => Object.assign(recipient(s, 'hosting'), { country: ['NL', 'IN'], transfer: { safeguard: 'standard-contractual-clauses', copy: { nl: 'x', en: 'Ask us.', fr: 'x' } } })));
    const c = one(transfer, 'transfer', 'added');
    expect(c).toMatchObject({ class: 'material', id: 'hosting' });
    expect(c.summary).toContain('India');
    const safeguard = await compare(changed((s) => (recipient(s, 'google').transfer!.safeguard = 'binding-corporate-rules')));
    expect(one(safeguard, 'transfer', 'changed')).toMatchObject({ class: 'material', path: '/recipients/9/transfer/safeguard' });
  });

  it('a retention period made longer, or replaced by criteria', async () => {
    const longer = one(await compare(changed((s) => (rule(s, 'call-recordings').period = 'P1Y'))), 'retention');
    expect(longer).toMatchObject({ class: 'material', id: 'call-recordings', path: '/retention/0/period' });
    expect(longer.summary).toBe('Retention of “Recorded telephone calls” made longer: one year (was 180 days).');
    const criteria = one(await compare(changed((s) => (delete rule(s, 'survey').period, (rule(s, 'survey').criteria = { nl: 'x', en: 'Until the survey is analysed.', fr: 'x' })))), 'retention');
    expect(criteria).toMatchObject({ class: 'material', id: 'survey', path: '/retention/5/criteria' });
  });

  it('automated decision-making introduced or changed', async () => {
    const decision = { name: { nl: 'Automatische acceptatie', en: 'Automatic acceptance', fr: 'Acceptation automatique' }, logic: { nl: 'x', en: 'A score.', fr: 'x' }, significance: { nl: 'x', en: 'You may be refused.', fr: 'x' }, purposes: ['application'] };
    const introduced = await compare(changed((s) => (s.automatedDecisionMaking = { used: true, decisions: [decision] })));
    expect(one(introduced, 'automated-decision', 'added')).toMatchObject({ class: 'material', path: '/automatedDecisionMaking/decisions/0' });
    const before = changed((s) => (s.automatedDecisionMaking = { used: true, decisions: [decision] }));
    const logic = await compare(changed((s) => (s.automatedDecisionMaking = { used: true, decisions: [{ ...decision, logic: { nl: 'y', en: 'A score and your claims history.', fr: 'y' } }] })), before);
    expect(one(logic, 'automated-decision', 'changed').class).toBe('material');
    const ended = await compare(base(), before);
    expect(one(ended, 'automated-decision', 'removed').class).toBe('favourable');
  });

  it('a new source of data (Art. 14)', async () => {
    const c = one(await compare(changed((s) => Object.assign(category(s, 'financial'), { source: 'third-party', sourceDescription: { nl: 'x', en: 'Credit reference agencies.', fr: 'x' } }))), 'source');
    expect(c).toMatchObject({ class: 'material', id: 'financial' });
    expect(c.references).toContain('GDPR Art. 14(4)');
  });

  it("the controller's identity changed", async () => {
    const c = one(await compare(changed((s) => (s.controller.name = 'Harmony Verzekeringen'))), 'controller');
    expect(c).toMatchObject({ class: 'material', path: '/controller/name' });
  });

  it('a way to exercise rights removed or changed', async () => {
    expect(one(await compare(changed((s) => delete s.rights.channels.address)), 'rights', 'removed').class).toBe('material');
    expect(one(await compare(changed((s) => (s.rights.channels.email = 'rechten@harmony.nl'))), 'rights', 'changed').class).toBe('material');
  });
});

describe('favourable changes (something stops)', () => {
  it('a purpose, recipient, category, transfer or decision removed', async () => {
    const purposeGone = await compare(changed((s) => (s.purposes = s.purposes.filter((p) => p.id !== 'advertising') as typeof s.purposes)));
    expect(one(purposeGone, 'purpose', 'removed')).toMatchObject({ class: 'favourable', id: 'advertising', path: '/purposes/9' });
    const recipientGone = await compare(changed((s) => {
      s.recipients = s.recipients.filter((r) => r.id !== 'google');
      purpose(s, 'website').recipients = [];
    }));
    expect(one(recipientGone, 'recipient', 'removed').class).toBe('favourable');
    expect(one(recipientGone, 'transfer', 'removed').class).toBe('favourable');
    const categoryGone = await compare(changed((s) => {
      s.dataCategories = s.dataCategories.filter((c) => c.id !== 'survey') as typeof s.dataCategories;
      purpose(s, 'service-improvement').dataCategories = ['personal', 'contact', 'contact-history', 'call-recordings'];
      recipient(s, 'focus-feedback').dataCategories = ['personal', 'contact'];
      s.retention = s.retention.filter((r) => r.id !== 'survey') as typeof s.retention;
    }));
    expect(categoryGone.counts!.material).toBe(0);
    expect(one(categoryGone, 'data-category', 'removed').class).toBe('favourable');
  });

  it('a retention period made shorter', async () => {
    const c = one(await compare(changed((s) => (rule(s, 'customer-file').period = 'P5Y'))), 'retention');
    expect(c.class).toBe('favourable');
    expect(c.summary).toContain('made shorter: five years (was seven years)');
  });

  it('a rights channel added', async () => {
    const c = one(await compare(changed((s) => (s.rights.channels.contactForm = 'https://www.harmony.nl/privacyverzoek'))), 'rights', 'added');
    expect(c.class).toBe('favourable');
  });

  it('P12M is the same period as P1Y', async () => {
    const result = await compare(changed((s) => (rule(s, 'website').period = 'P14M')), changed((s) => (rule(s, 'website').period = 'P1Y2M')));
    expect(result.changes!.filter((c) => c.class !== 'editorial')).toEqual([]);
  });
});

describe('editorial changes', () => {
  it('wording of items whose id is unchanged, dates, contact details', async () => {
    const result = await compare(
      changed((s) => {
        purpose(s, 'contract').description = { nl: 'Andere tekst.', en: 'Other text.', fr: 'Autre texte.' };
        recipient(s, 'printing').name = { nl: 'Drukkerijen', en: 'Printers', fr: 'Imprimeurs' };
        amendedOn(s, '2023-05-01');
        s.controller.phone = '+31 10 000 00 00';
      }),
    );
    expect(result.counts).toEqual({ material: 0, favourable: 0, editorial: 4 });
    expect(result.changes!.map((c) => c.subject).sort()).toEqual(['controller', 'purpose', 'recipient', 'statement']);
  });
});

describe('summaries in the statement languages', () => {
  it('Dutch and French', async () => {
    const after = changed((s) => (rule(s, 'call-recordings').period = 'P1Y'));
    expect((await compare(after, base(), 'nl')).changes![0]!.summary).toBe('Bewaartermijn van ‘Opgenomen telefoongesprekken’ verlengd: een jaar (was 180 dagen).');
    expect((await compare(after, base(), 'fr')).changes![0]!.summary).toBe('Conservation de «\u00a0Conversations téléphoniques enregistrées\u00a0» allongée\u00a0: un an (auparavant 180 jours).');
  });
});

describe('checked first', () => {
  it('an input with errors gives its diagnostics and no comparison', async () => {
    const result = await diff(minimal(), edit(minimal(), 'legalBasis: contract', 'legalBasis: contrct'), { newFile: 'new.yaml' });
    expect(result.errorCount).toBe(1);
    expect(result.diagnostics[0]).toMatchObject({ file: 'new.yaml', line: 23 });
    expect(result.changes).toBeUndefined();
  });
});

describe('material-change-notice', () => {
  const withPurpose = (effectiveFrom?: string) =>
    changed((s) => {
      amendedOn(s, '2026-01-05');
      if (effectiveFrom) s.statement.effectiveFrom = effectiveFrom;
      purpose(s, 'newsletter').dataCategories.push('product');
    });

  it('warns when material changes take effect without notice', async () => {
    const missing = await compare(withPurpose());
    expect(missing.diagnostics).toMatchObject([{ rule: 'material-change-notice', severity: 'warning', path: '/statement' }]);
    const short = await compare(withPurpose('2026-01-20'));
    expect(short.diagnostics[0]!.message).toContain('15 days after it was amended');
    expect((await diff(base(), withPurpose('2026-01-20'), { strict: true })).errorCount).toBe(1);
    const fr = await diff(base(), withPurpose('2026-01-20'), { lang: 'fr' });
    expect(fr.diagnostics[0]).toMatchObject({ messageId: 'rule.material-change-notice.too-soon', message: expect.stringMatching(/^Cette version comporte 1 modification substantielle depuis la version précédente, mais prend effet 15 jours après la modification/) });
  });

  it('is silent with 30 days of notice, and for changes that are not material', async () => {
    expect((await compare(withPurpose('2026-02-04'))).diagnostics).toEqual([]);
    expect((await compare(changed((s) => amendedOn(s, '2026-01-05')))).diagnostics).toEqual([]);
  });
});
