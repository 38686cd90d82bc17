import { jurisdiction } from '../jurisdictions/index.js';
import { pointer } from '../load/pointer.js';
import type { Recipient } from '../model/input.generated.js';
import { mentions, national } from './national.js';
import { proseOf } from './prose.js';
import { defineRule, type RuleContext } from './types.js';

/** Section 3: the industry registers insurers name as recipients (dated data: src/jurisdictions/<id>/national.json). */
export default defineRule({
  meta: {
    id: 'industry-register',
    severity: 'warning',
    references: ['GDPR Art. 13(1)(e)', 'GDPR Art. 26(2)'],
    summary: 'Industry registers are named for the right country and in the right role (Stichting CIS is a joint controller).',
    rationale:
      'Insurers share data with industry registers: in the Netherlands Stichting CIS, which keeps the claims and incident registers and is a joint controller with each insurer that uses them, so the statement must give the essence of that arrangement (Art. 26(2)); in Belgium Datassur, which keeps the file of special risks (RSR). A Dutch register in a Belgian statement, or the reverse, is usually a copy-and-paste mistake, and a register described as a processor misstates who is responsible for it.',
    examples: {
      good: 'statement:\n  authority: nl-ap\nrecipients:\n  - id: cis\n    name: Stichting CIS\n    role: joint-controller\n    arrangement: { nl: "…" }',
      bad: 'statement:\n  authority: nl-ap\nrecipients:\n  - id: cis\n    name: Stichting CIS\n    role: processor',
    },
  },
  check(ctx) {
    ctx.input.recipients.forEach((r, i) => {
      for (const register of national.industryRegisters) {
        if (!names(ctx, r, i, register.match)) continue;
        const name = `Recipient \`${r.id}\` (${ctx.preview(r.name) ?? r.id})`;
        if (register.authority !== ctx.authority) {
          ctx.report({
            path: pointer('recipients', i),
            at: 'key',
            message: `${name} names ${register.name}, a ${jurisdiction(register.authority).adjective} register (${register.about}), but this statement is for \`${ctx.authority}\`. Check that this recipient belongs in this statement.`,
            references: ['GDPR Art. 13(1)(e)'],
          });
        } else if (register.role && r.role !== register.role) {
          ctx.report({
            path: pointer('recipients', i, 'role'),
            message: `${name} names ${register.name}, but its role is \`${r.role}\`. ${register.about}: set \`role: ${register.role}\` and give the essence of the arrangement in \`arrangement\`.`,
          });
        }
      }
    });
  },
});

/** Whether the recipient's name or description names the register. */
function names(ctx: RuleContext, r: Recipient, i: number, pattern: string): boolean {
  const texts = [...proseOf(r.name, pointer('recipients', i, 'name'), ctx.locales), ...proseOf(r.description, pointer('recipients', i, 'description'), ctx.locales)];
  return texts.some((t) => mentions(t.text, pattern));
}
