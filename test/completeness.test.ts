import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/compile.js';
import type { Severity } from '../src/diagnostics.js';
import { edit, examples, lineOf, read, runCli } from './helpers.js';

interface Removal {
  /** What is taken out of the example. */
  item: string;
  example: keyof typeof examples;
  /** Pairs of exact text and its replacement, each occurring once. */
  edits: [string, string][];
  rule: string;
  severity?: Severity;
  /** Text whose first line the diagnostic must point at, in the edited example. */
  at: string;
  references: string[];
}

/** Lines of an example from `start` up to (not including) `end`, to remove a whole block. */
function block(example: keyof typeof examples, start: string, end: string): string {
  const text = read(examples[example]);
  const from = text.indexOf(start);
  return text.slice(from, text.indexOf(end, from + start.length));
}

/**
 * gdpr-rules.md, section 1: taking any required item out of a complete example makes `check`
 * fail with an error at the place of the item, citing its article. The derived items (the
 * rights of Arts. 15-21, withdrawal of consent, the complaint to the authority) are written by
 * the compiler itself and cannot be left out of an input; the authority they name can.
 */
const section1: Removal[] = [
  { item: 'the controller\'s contact channel', example: 'harmony', edits: [['  email: privacy@harmony.nl\n  website', '  website']], rule: 'controller-identity', at: 'controller:', references: ['GDPR Art. 13(1)(a)', 'GDPR Art. 14(1)(a)'] },
  { item: 'the representative of a controller outside the EU', example: 'harmony', edits: [['    country: NL\n  email: privacy@harmony.nl\n  website', '    country: US\n  email: privacy@harmony.nl\n  website']], rule: 'controller-representative', at: 'country: US', references: ['GDPR Art. 13(1)(a)', 'GDPR Art. 27'] },
  { item: 'the DPO\'s contact details', example: 'kmo', edits: [[block('kmo', '  email: privacy@kmo-verzekeringen.be\n  address:', 'dataCategories:'), '']], rule: 'privacy-contact', at: 'privacyContact:', references: ['GDPR Art. 13(1)(b)', 'GDPR Art. 37(7)'] },
  { item: 'the legal basis of a purpose', example: 'kmo', edits: [['    legalBasis: legal-obligation\n', '']], rule: 'purpose-legal-basis', at: '  - id: legal-obligations', references: ['GDPR Art. 13(1)(c)', 'GDPR Art. 6(1)'] },
  { item: 'the legitimate interest', example: 'adviseur', edits: [[block('adviseur', '    legitimateInterest:\n      nl: U bij een volgend', '    dataCategories: [contact, contact-history]'), '']], rule: 'purpose-legitimate-interest', at: '  - id: customer-file', references: ['GDPR Art. 13(1)(d)', 'GDPR Art. 14(2)(b)'] },
  { item: 'what a recipient does', example: 'kmo', edits: [[block('kmo', '    description:\n      nl: Bedrijven die namens ons openstaande', '    role: processor\n    dataCategories: [identification]'), '']], rule: 'recipients-declared', at: '  - id: debt-collectors', references: ['GDPR Art. 13(1)(e)'] },
  { item: 'the transfer safeguard', example: 'harmony', edits: [[block('harmony', '    transfer:\n      safeguard: standard-contractual-clauses', '\nretention:'), '']], rule: 'transfer-safeguard', at: 'country: US', references: ['GDPR Art. 13(1)(f)', 'GDPR Art. 44', 'GDPR Art. 45', 'GDPR Art. 46'] },
  { item: 'the retention of a data category', example: 'kmo', edits: [[block('kmo', '  - id: call-recordings\n    dataCategories: [call-recordings]', '\nrights:'), '']], rule: 'retention-coverage', at: '  - id: call-recordings', references: ['GDPR Art. 13(2)(a)', 'GDPR Art. 14(2)(a)'] },
  { item: 'how to exercise the rights', example: 'kmo', edits: [['  channels:\n    email: privacy@kmo-verzekeringen.be\n', '  channels: {}\n']], rule: 'rights-channels', at: '  channels: {}', references: ['GDPR Art. 13(2)(b)', 'GDPR Art. 12(2)', 'GDPR Art. 12(3)'] },
  { item: 'the supervisory authority', example: 'adviseur', edits: [['  authority: nl-ap\n', '']], rule: 'complaint-authority', at: 'statement:', references: ['GDPR Art. 13(2)(d)', 'GDPR Art. 77', 'GDPR Art. 56(1)'] },
  { item: 'the consequence of not providing data', example: 'adviseur', edits: [[block('adviseur', '      consequence:\n        nl: Zonder deze gegevens kunnen wij het verzekeringsrisico', '  - id: health'), '']], rule: 'data-provision', at: '    provision: # not in the source\n      requirement: contract-prerequisite\n  - id: health', references: ['GDPR Art. 13(2)(e)'] },
  { item: 'the declaration of automated decision-making', example: 'adviseur', edits: [['automatedDecisionMaking: # not in the source\n  used: false\n', '']], rule: 'automated-decisions', at: 'format:', references: ['GDPR Art. 13(2)(f)', 'GDPR Art. 22'] },
  { item: 'the source of data not obtained from the person', example: 'adviseur', edits: [[block('adviseur', '    sourceDescription:\n      nl: Uw arts.', '  - id: criminal'), '']], rule: 'data-source', at: '  - id: medical-information', references: ['GDPR Art. 14(1)(d)', 'GDPR Art. 14(2)(f)'] },
  { item: 'the essence of a joint-controller arrangement', example: 'kmo', edits: [[block('kmo', '    arrangement: # not in the source', '    country: IE'), '']], rule: 'joint-controller-arrangement', at: '  - id: advertising-platforms', references: ['GDPR Art. 26(1)', 'GDPR Art. 26(2)'] },
];

/** Section 2 (R1 is the legal basis above, R12 the transfer safeguard) and the national rules. */
const section2: Removal[] = [
  { item: 'R2: the law behind a legal obligation', example: 'kmo', edits: [[block('kmo', '    legalObligation:\n      nl: >-\n        De fiscale wetgeving', '    dataCategories: [identification, insurance-application, contacts]'), '']], rule: 'purpose-legal-obligation', severity: 'warning', at: '  - id: legal-obligations', references: ['GDPR Art. 6(3)', 'GDPR Art. 13(1)(c)'] },
  { item: 'R4: direct marketing on a contract', example: 'kmo', edits: [['    legalBasis: consent\n    directMarketing: true\n', '    legalBasis: contract\n    directMarketing: true\n']], rule: 'direct-marketing-basis', at: '    legalBasis: contract\n    directMarketing: true', references: ['GDPR Art. 6(1)', 'GDPR Art. 21(2)', 'GDPR Art. 21(3)'] },
  { item: 'R5: an electronic way to object to direct marketing', example: 'kmo', edits: [['  channels:\n    email: privacy@kmo-verzekeringen.be\n', '  channels:\n    address: { street: Wolvenpad 2, postalCode: "3300", city: Tienen, country: BE }\n']], rule: 'objection-notice', at: '  channels:\n    address', references: ['GDPR Art. 21(4)', 'GDPR Art. 21(5)', 'GDPR Art. 12(2)'] },
  { item: 'R6: an easy way to withdraw consent', example: 'adviseur', edits: [[block('adviseur', '    consentWithdrawal:\n      nl: Stuur een e-mail', '    dataCategories: [applicant]'), ''], ['  channels:\n    email: privacy@adviesbureau-voorbeeld.example\n', '  channels:\n']], rule: 'consent-withdrawal', severity: 'warning', at: '  - id: applicant-pool', references: ['GDPR Art. 7(3)', 'GDPR Art. 13(2)(c)'] },
  { item: 'R7: an electronic channel for portability', example: 'adviseur', edits: [['  channels:\n    email: privacy@adviesbureau-voorbeeld.example\n', '  channels:\n']], rule: 'portability-channel', severity: 'warning', at: '  channels:\n    address', references: ['GDPR Art. 20(1)', 'GDPR Art. 12(3)', 'GDPR Art. 13(2)(b)'] },
  { item: 'R8: the Art. 9(2) condition for health data', example: 'adviseur', edits: [['    specialCategoryCondition: substantial-public-interest # not in the source\n    specialCategoryLaw:\n      nl: >-', '    specialCategoryLaw:\n      nl: >-']], rule: 'special-category-condition', at: '  - id: acceptance', references: ['GDPR Art. 9(1)', 'GDPR Art. 9(2)', 'GDPR Art. 13(1)(c)'] },
  { item: 'R9: the basis for criminal data (Belgium)', example: 'kmo', edits: [[block('kmo', '    criminalDataBasis:', '    consentWithdrawal:\n      nl: >-\n        Stuur'), '']], rule: 'criminal-data-basis', at: '  - id: risk-assessment', references: ['GDPR Art. 10', 'Law of 30 July 2018, art. 10'] },
  { item: 'R9: the basis for criminal data (the Netherlands)', example: 'adviseur', edits: [[block('adviseur', '    criminalDataBasis: # not in the source', '    dataCategories: [additional, criminal, health]'), '']], rule: 'criminal-data-basis', at: '  - id: acceptance', references: ['GDPR Art. 10', 'UAVG art. 33'] },
  { item: 'R10: the automated decisions taken', example: 'kmo', edits: [['automatedDecisionMaking:\n  used: false', 'automatedDecisionMaking:\n  used: true']], rule: 'automated-decisions', at: 'automatedDecisionMaking:', references: ['GDPR Art. 13(2)(f)', 'GDPR Art. 22'] },
  { item: 'R11: a purpose for every data category', example: 'kmo', edits: [['    dataCategories: [usage, feedback, contacts, call-recordings]', '    dataCategories: [usage, contacts, call-recordings]']], rule: 'unused-data-category', severity: 'warning', at: '  - id: feedback', references: ['GDPR Art. 5(1)(b)', 'GDPR Art. 13(1)(c)'] },
  { item: 'R11: a data category that a purpose names', example: 'adviseur', edits: [['  - id: bsn\n    name: { nl: Burgerservicenummer (BSN), en: Citizen service number (BSN) }\n    kind: national-id\n', '']], rule: 'unknown-reference', at: '    dataCategories: [bsn, contact, financial]', references: ['GDPR Art. 12(1)'] },
  { item: 'R13: a translation', example: 'kmo', edits: [[block('kmo', '      fr: >-\n        Nous ne vendons', '\nretention:'), '']], rule: 'translation-missing', at: '    body:', references: ['GDPR Art. 12(1)'] },
  { item: 'national: the statutory basis of the BSN', example: 'adviseur', edits: [[block('adviseur', '    nationalIdBasis:', '    dataCategories: [bsn, contact, financial]'), '']], rule: 'national-id-basis', at: '  - id: tax-reporting', references: ['GDPR Art. 87', 'UAVG art. 46'] },
];

function apply(r: Removal): string {
  return r.edits.reduce((text, [from, to]) => edit(text, from, to), read(examples[r.example]));
}

describe('removing a required item from an example', () => {
  for (const r of [...section1, ...section2]) {
    it(`${r.item} (${r.example}): ${r.rule}`, () => {
      const text = apply(r);
      const found = analyze(text, { file: 'statement.yaml' }).diagnostics.filter((d) => d.rule === r.rule);
      expect(found.length, `no ${r.rule} diagnostic`).toBeGreaterThan(0);
      const d = found[0]!;
      expect(d.severity).toBe(r.severity ?? 'error');
      expect(d.line).toBe(lineOf(text, r.at));
      expect(d.references).toEqual(r.references);
    });
  }

  it('makes `privacy-statement check` exit 1, for every section-1 item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'psc-'));
    const files = section1.map((r, i) => {
      const file = `removal-${String(i).padStart(2, '0')}.yaml`;
      writeFileSync(join(dir, file), apply(r));
      return file;
    });
    // One run for all files, to keep the suite fast; each file is judged by its own errors.
    const result = await runCli(['check', ...files, '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: { rule: string; severity: string; file: string }[] }).diagnostics;
    files.forEach((file, i) => {
      const errors = diagnostics.filter((d) => d.file === file && d.severity === 'error').map((d) => d.rule);
      expect(errors, section1[i]!.item).toContain(section1[i]!.rule);
    });
  });
});
