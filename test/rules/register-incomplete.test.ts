import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const purposeLine = '    dataCategories: [contact]\n    recipients: [printer]\n';
/** The minimal statement's one purpose with every register field. */
const complete = (t: string) =>
  edit(
    t,
    purposeLine,
    purposeLine +
      '    dataSubjects: { en: [policyholders], nl: [verzekeringnemers] }\n    securityMeasures: { en: Encrypted storage., nl: Versleutelde opslag. }\n    dpia: { status: not-required }\n',
  );

/** The register fields of Harmony's first purpose, `application`. */
const applicationRegister = '    dataSubjects:\n      nl: [aanvragers van een verzekering]\n      en: [insurance applicants]\n      fr: [demandeurs d’assurance]\n    dpia: { status: not-required }\n';

describeRule('register-incomplete', {
  triggers: [
    {
      name: 'the register is built (xlsx) and the purpose names none of the three',
      edit: (t) => t,
      formats: ['md', 'xlsx'],
      expect: {
        line: '  - id: contract',
        path: '/purposes/0',
        message:
          "Purpose `contract` (Performing your insurance contract) leaves cells of the record of processing activities empty: add `dataSubjects` (whose data), `securityMeasures` (or the statement's `security`) and `dpia` (its `status`: not-required, planned, in-progress or completed).",
      },
    },
    {
      name: 'the CSV register, and only the DPIA is missing',
      edit: (t) => edit(complete(t), '    dpia: { status: not-required }\n', ''),
      formats: ['csv'],
      expect: { path: '/purposes/0', message: /leaves cells of the record of processing activities empty: add `dpia` \(its `status`/ },
    },
    {
      name: "Harmony's first purpose without its subjects and DPIA: the statement's security stands in for the measures",
      base: 'harmony',
      edit: (t) => edit(t, applicationRegister, ''),
      formats: ['csv', 'xlsx'],
      expect: { path: '/purposes/0', message: /^Purpose `application` .* add `dataSubjects` \(whose data\) and `dpia`/ },
    },
  ],
  passes: [
    { name: 'no register is built (md, html, pdf): nothing is asked', edit: (t) => t, formats: ['md', 'html', 'pdf', 'json', 'jsonld', 'tilt'] },
    { name: 'a check, which writes nothing', edit: (t) => t },
    { name: 'every field given', edit: complete, formats: ['csv', 'xlsx'] },
    { name: 'Harmony as shipped: every purpose names all three', base: 'harmony', edit: (t) => t, formats: ['csv', 'xlsx'] },
    {
      name: "the statement's security stands in for the purpose's measures",
      edit: (t) =>
        edit(complete(t), '    securityMeasures: { en: Encrypted storage., nl: Versleutelde opslag. }\n', '') + 'security: { en: We encrypt what we store., nl: Wij versleutelen wat wij opslaan. }\n',
      formats: ['xlsx'],
    },
  ],
});
