import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** The formats that write the record of processing activities. */
const registerFormats = ['csv', 'xlsx'];

/**
 * Art. 30(1): what the record of processing activities needs and a statement does not. Runs
 * only when the register is built (`--to csv`, `--to xlsx`, `--to all`): a statement without
 * these fields is complete as a statement, and its authors are not asked for them until they
 * ask for the register.
 */
export default defineRule({
  meta: {
    id: 'register-incomplete',
    severity: 'warning',
    references: ['GDPR Art. 30(1)'],
    summary: 'When the record of processing activities is built (csv or xlsx), each purpose names its categories of data subjects, its security measures and the state of its DPIA.',
    rationale:
      'The record of processing activities (Art. 30(1) GDPR) lists for each processing activity, besides what the statement already says, the categories of data subjects (Art. 30(1)(c)) and, where possible, a general description of the technical and organisational security measures (Art. 30(1)(g), Art. 32); the controller must make it available to the supervisory authority on request (Art. 30(4)). Whether a data protection impact assessment (Art. 35) was needed, and where it stands, belongs beside it, as the controller must be able to show (Art. 5(2)). The statement needs none of these, so the rule speaks only when the register is built: `dataSubjects`, `securityMeasures` (or the statement-wide `security`) and `dpia` on each purpose fill those cells.',
    examples: {
      good: 'purposes:\n  - id: claims\n    dataSubjects: { nl: [verzekeringnemers, benadeelden], en: [policyholders, injured parties] }\n    securityMeasures: { en: "Claims files are encrypted and open only to claims handlers." }\n    dpia: { status: completed, date: 2024-03-01 }',
      bad: 'purposes:\n  - id: claims      # built with --to xlsx: whose data? which measures? a DPIA?\n    legalBasis: contract',
    },
  },
  check(ctx) {
    if (!ctx.formats?.some((f) => registerFormats.includes(f))) return;
    const statementSecurity = ctx.input.security !== undefined;
    ctx.input.purposes.forEach((p, i) => {
      const missing: string[] = [];
      if (p.dataSubjects === undefined) missing.push('`dataSubjects` (whose data)');
      if (p.securityMeasures === undefined && !statementSecurity) missing.push("`securityMeasures` (or the statement's `security`)");
      if (p.dpia === undefined) missing.push('`dpia` (its `status`: not-required, planned, in-progress or completed)');
      if (missing.length === 0) return;
      const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
      ctx.report({
        path: pointer('purposes', i),
        at: 'key',
        message: `Purpose \`${p.id}\` (${ctx.preview(p.name) ?? p.id}) leaves cells of the record of processing activities empty: add ${list}.`,
      });
    });
  },
});
