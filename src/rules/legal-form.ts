import { jurisdiction, jurisdictionOfCountry, legalFormsFor } from '../jurisdictions/index.js';
import { pointer } from '../load/pointer.js';
import { defineRule } from './types.js';

/** The controller's legal form is one of its country's (src/jurisdictions/<id>/legal-forms.json). */
export default defineRule({
  meta: {
    id: 'legal-form',
    severity: 'error',
    references: ['GDPR Art. 13(1)(a)'],
    summary: "`controller.legalForm` is a legal form of the controller's country.",
    rationale:
      "The statement names the controller (Art. 13(1)(a)), and its sentences agree with the controller's legal form: Dutch takes \"die\" for a legal entity, French names a société in the feminine, and a Belgian NV is an SA in French. The legal forms are those of the country in `controller.address.country` (or, for a country the compiler has no data for, those of the statement's authority); a form of another country is usually a copy-and-paste mistake.",
    examples: {
      good: 'controller:\n  legalName: { nl: KMO-verzekeringen NV, fr: KMO-assurances SA }\n  legalForm: nv\n  address: { country: BE }',
      bad: 'controller:\n  legalForm: commv   # a Belgian form\n  address: { country: NL }',
    },
  },
  check(ctx) {
    const c = ctx.input.controller;
    if (c.legalForm === undefined) return;
    const forms = legalFormsFor(c.address.country, ctx.authority);
    if (forms.some((f) => f.id === c.legalForm)) return;
    const j = jurisdictionOfCountry(c.address.country) ?? jurisdiction(ctx.authority);
    ctx.report({
      path: pointer('controller', 'legalForm'),
      message: ctx.message(j.country === 'BE' ? 'rule.legal-form.unknown-be' : 'rule.legal-form.unknown-nl', { form: c.legalForm, country: c.address.country, forms: forms.map((f) => `\`${f.id}\` (${f.words[ctx.lang === 'en' ? 'nl' : ctx.lang].name})`).join(', ') }),
    });
  },
});
