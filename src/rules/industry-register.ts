import { jurisdiction } from '../jurisdictions/index.js';
import { dataText } from '../messages/index.js';
import { pointer } from '../load/pointer.js';
import type { LocalizedText, Recipient } from '../model/input.generated.js';
import { insurers } from './insurers.js';
import { mentions, national, type IndustryRegister } from './national.js';
import { proseOf } from './prose.js';
import { defineRule, type RuleContext } from './types.js';

/** Section 3: the industry registers insurers name as recipients (dated data: src/jurisdictions/<id>/national.json, insurers.json). */
export default defineRule({
  meta: {
    id: 'industry-register',
    severity: 'warning',
    references: ['GDPR Art. 13(1)(e)', 'GDPR Art. 26(2)'],
    summary: 'Industry registers are recipients for the right country, in the right role per register (Stichting CIS; the Extern Verwijzingsregister), and say what they are and where to see a registration.',
    rationale:
      'Insurers share data with industry registers, which the statement must name as recipients (Art. 13(1)(e)). In the Netherlands Stichting CIS keeps the CIS databank (claims, uninsured vehicles, confidential notices); by CIS\'s own account CIS and each participating insurer are joint controllers for it, so the statement gives the essence of that arrangement (Art. 26(2)) and says that CIS answers requests for access; but for the Extern Verwijzingsregister (EVR), the reference register of the incident warning system, the insurer is the controller and CIS its processor. In Belgium Datassur keeps the RSR file of special risks, which the recipient must describe; who is its controller is not verified, so no role is required. A register that a purpose mentions must also be among that purpose\'s recipients, and a Dutch register in a Belgian statement, or the reverse, is usually a copy-and-paste mistake.',
    examples: {
      good: 'statement:\n  authority: nl-ap\nrecipients:\n  - id: cis\n    name: Stichting CIS\n    role: joint-controller\n    arrangement: { nl: "… U kunt uw registratie inzien via www.stichtingcis.nl." }',
      bad: 'statement:\n  authority: nl-ap\nrecipients:\n  - id: cis\n    name: Stichting CIS\n    role: processor',
    },
  },
  check(ctx) {
    ctx.input.recipients.forEach((r, i) => {
      for (const register of national.industryRegisters) {
        if (!names(ctx, [r.name, r.description], register.match)) continue;
        const name = ctx.say('subject.recipient', { id: r.id, name: ctx.preview(r.name) ?? r.id });
        if (register.authority !== ctx.authority) {
          ctx.report({
            path: pointer('recipients', i),
            at: 'key',
            message: ctx.message(jurisdiction(register.authority).country === 'BE' ? 'rule.industry-register.foreign-be' : 'rule.industry-register.foreign-nl', { name, register: register.name, about: dataText(register.about, ctx.lang), authority: ctx.authority }),
            references: ['GDPR Art. 13(1)(e)'],
          });
          continue;
        }
        checkRole(ctx, r, i, register, name);
        checkContents(ctx, r, i, register, name);
      }
    });
    checkPurposes(ctx);
  },
});

/** The role the register has for what this recipient describes. */
function checkRole(ctx: RuleContext, r: Recipient, i: number, register: IndustryRegister, name: string): void {
  if (!register.role) return;
  const facts = insurers.registers[register.name];
  const except = register.except && names(ctx, [r.name, r.description, r.arrangement], register.except.match) ? register.except : undefined;
  if (except) {
    if (r.role === except.role) return;
    // One recipient for the whole register may explain the exception in its own words.
    if (r.role === register.role && facts?.processor && names(ctx, [r.description, r.arrangement], facts.processor)) return;
    ctx.report({
      path: pointer('recipients', i, 'role'),
      message: ctx.message('rule.industry-register.evr-role', { name, register: register.name, role: r.role, about: dataText(except.about, ctx.lang), expected: except.role, registerRole: register.role }),
      references: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28(3)'],
    });
    return;
  }
  if (r.role === register.role) return;
  ctx.report({
    path: pointer('recipients', i, 'role'),
    message: register.except
        ? ctx.message('rule.industry-register.wrong-role-except', { name, register: register.name, role: r.role, about: dataText(register.about, ctx.lang), expected: register.role, exceptAbout: dataText(register.except.about, ctx.lang), exceptRole: register.except.role })
        : ctx.message('rule.industry-register.wrong-role', { name, register: register.name, role: r.role, about: dataText(register.about, ctx.lang), expected: register.role }),
  });
}

/** What the recipient must say about the register: what it is, and where to see a registration. */
function checkContents(ctx: RuleContext, r: Recipient, i: number, register: IndustryRegister, name: string): void {
  const facts = insurers.registers[register.name];
  if (facts?.describes && !names(ctx, [r.name, r.description], facts.describes.match)) {
    ctx.report({
      path: pointer('recipients', i, 'description'),
      message: ctx.message('rule.industry-register.not-described', { name, register: register.name, hint: dataText(facts.describes.hint, ctx.lang) }),
      references: ['GDPR Art. 13(1)(e)'],
    });
  }
  if (facts?.access && r.role === 'joint-controller' && !names(ctx, [r.description, r.arrangement], facts.access.match)) {
    ctx.report({
      path: pointer('recipients', i, r.arrangement !== undefined ? 'arrangement' : 'description'),
      message: ctx.message('rule.industry-register.no-access', { name, register: register.name, hint: dataText(facts.access.hint, ctx.lang) }),
      references: ['GDPR Art. 26(2)', 'GDPR Art. 26(3)'],
    });
  }
}

/** A register that a purpose's own text mentions is one of that purpose's recipients. */
function checkPurposes(ctx: RuleContext): void {
  ctx.input.purposes.forEach((p, i) => {
    for (const register of national.industryRegisters) {
      if (register.authority !== ctx.authority || !names(ctx, [p.name, p.description, p.legitimateInterest], register.match)) continue;
      const listed = (p.recipients ?? []).some((id) => {
        const r = ctx.index.recipients.get(id)?.item;
        return r !== undefined && names(ctx, [r.name, r.description], register.match);
      });
      if (listed) continue;
      ctx.report({
        path: p.recipients !== undefined ? pointer('purposes', i, 'recipients') : pointer('purposes', i),
        at: p.recipients !== undefined ? 'value' : 'key',
        message: ctx.message('rule.industry-register.not-a-recipient', { name: ctx.say('subject.purpose', { id: p.id, name: ctx.preview(p.name) ?? p.id }), register: register.name, about: dataText(register.about, ctx.lang) }),
        references: ['GDPR Art. 13(1)(e)'],
      });
    }
  });
}

/** Whether any language of the texts names the register. */
function names(ctx: RuleContext, texts: (LocalizedText | undefined)[], pattern: string): boolean {
  return texts.some((text) => proseOf(text, '', ctx.locales).some((t) => mentions(t.text, pattern)));
}
