import { jurisdiction } from '../jurisdictions/index.js';
import { dataText } from '../messages/index.js';
import { capitalize } from '../validate/describe.js';
import type { Message } from '../messages/index.js';
import { fieldOf, insurers, ownProse } from './insurers.js';
import { mentions } from './national.js';
import { defineRule, type AuthorityId } from './types.js';

/**
 * The insurer rule pack: where people complain. The supervisory authority is the complaint
 * body of the GDPR (the compiler prints it); the sector's dispute bodies (Kifid, the Belgian
 * insurance ombudsman) are optional information beside it, never instead of it.
 */
export default defineRule({
  meta: {
    id: 'complaint-bodies',
    severity: 'warning',
    references: ['GDPR Art. 13(2)(d)', 'GDPR Art. 77(1)'],
    summary: 'Complaint bodies are named right: the data protection authority by its current name, a dispute body (Kifid, the Ombudsman des Assurances) only beside it.',
    rationale:
      'Every statement must tell people that they may complain to a supervisory authority (Arts. 13(2)(d), 77(1)); the compiler prints the authority of `statement.authority`. Insurers often also name the sector\'s dispute body: in the Netherlands Kifid, which decides disputes with financial service providers, also about incident and CIS registrations; in Belgium the Ombudsman van de Verzekeringen / Ombudsman des Assurances (square de Meeûs 35, 1000 Brussels), competent for disputes with insurers, intermediaries and Datassur. That is useful, but optional, and must not read as the place to complain about the processing of personal data instead of the authority. Where the insurer\'s own sections or notes on rights name a dispute body, they must also name the authority. A dispute body of the other country, or a data protection authority by a former name (the College bescherming persoonsgegevens, now the Autoriteit Persoonsgegevens; the Belgian Privacy Commission, now the GBA/APD), sends people to the wrong place. To re-check: the date on which the Belgian Privacy Commission became the GBA is not cited.',
    examples: {
      good: 'statement:\n  authority: be-gba\nsections:\n  - id: disputes\n    after: complaints\n    body: { nl: "Naast uw klacht bij de Gegevensbeschermingsautoriteit kunt u een geschil over uw verzekering voorleggen aan de Ombudsman van de Verzekeringen." }',
      bad: 'statement:\n  authority: be-gba\nsections:\n  - id: disputes\n    after: complaints\n    body: { nl: "Klachten over uw gegevens kunt u voorleggen aan de Ombudsman van de Verzekeringen." }',
    },
  },
  check(ctx) {
    const own = insurers.complaintBodies[ctx.authority];
    const others = (Object.keys(insurers.complaintBodies) as AuthorityId[]).filter((a) => a !== ctx.authority);
    const reported = new Set<string>();
    /** One finding per field and body, at its first language: the other languages say the same. */
    const report = (path: string, body: string, message: Message): void => {
      const key = `${fieldOf(path)} ${body}`;
      if (reported.has(key)) return;
      reported.add(key);
      ctx.report({ path, message });
    };
    for (const prose of ownProse(ctx.input, ctx.locales)) {
      // Named only when something is reported: describing a field costs more than matching its text.
      const where = (): string => ctx.say('subject.field-in-language', { field: capitalize(ctx.describe(fieldOf(prose.path))), language: ctx.languageName(prose.locale) });
      for (const authority of Object.values(insurers.complaintBodies)) {
        for (const former of authority.superseded) {
          if (!mentions(prose.text, former.match)) continue;
          report(prose.path, former.match, ctx.message('rule.complaint-bodies.former-authority', { where: where(), name: dataText(former.name, ctx.lang), current: dataText(former.current, ctx.lang) }));
        }
      }
      for (const other of others) {
        for (const body of insurers.complaintBodies[other].disputeBodies) {
          if (!mentions(prose.text, body.match)) continue;
          report(prose.path, body.match, ctx.message(jurisdiction(other).country === 'BE' ? 'rule.complaint-bodies.foreign-body-be' : 'rule.complaint-bodies.foreign-body-nl', { where: where(), name: dataText(body.name, ctx.lang), authority: ctx.authority }));
        }
      }
      // Where the statement tells people where to turn: its own sections and the notes on rights.
      if (!/^\/(?:sections\/\d+|rights\/notes)/.test(prose.path)) continue;
      for (const body of own.disputeBodies) {
        if (!mentions(prose.text, body.match) || mentions(prose.text, own.authority)) continue;
        report(
          prose.path,
          body.match,
          ctx.message('rule.complaint-bodies.without-authority', { where: where(), name: dataText(body.name, ctx.lang), authority: dataText(own.authorityName, ctx.lang) }),
        );
      }
    }
  },
});
