import { capitalize, describe } from '../validate/describe.js';
import { fieldOf, insurers, insurersCode, ownProse, sentences } from './insurers.js';
import { languageNames } from './lint-words.js';
import { mentions } from './national.js';
import { defineRule } from './types.js';

/**
 * The insurer rule pack: the Dutch insurers' code of conduct is self-regulation; no approval by
 * the Autoriteit Persoonsgegevens under Art. 40 GDPR is known (insurers.json, unverified
 * negative), so a statement that claims one is warned.
 */
export default defineRule({
  meta: {
    id: 'code-of-conduct-approval',
    severity: 'warning',
    references: ['GDPR Art. 40(5)', 'GDPR Art. 5(1)(a)', insurersCode],
    summary: 'The statement does not call the insurers\' code of conduct "approved by the Autoriteit Persoonsgegevens".',
    rationale:
      'Under Art. 40(5) a supervisory authority approves a code of conduct by a formal decision. The Gedragscode Verwerking Persoonsgegevens Verzekeraars is binding self-regulation of the Verbond van Verzekeraars, tested by the Stichting toetsing verzekeraars; no approval of it by the Autoriteit Persoonsgegevens has been found. Its predecessor, the GVPFI, had an approval of the College bescherming persoonsgegevens (2010, for five years), which does not carry over. A statement that calls the code approved by the AP claims more than can be shown (Art. 5(1)(a)). The Protocol Incidentenwaarschuwingssysteem Financiële Instellingen is approved by the AP (PIFI 2021, as of 1 April 2021), so a sentence about the protocol is not reported. To re-check: the absence of an Art. 40 approval is a negative finding; if the Verbond obtains one, list it in src/data/insurers.json and drop this rule.',
    examples: {
      good: 'statement:\n  introduction: { nl: "Wij houden ons aan de Gedragscode Verwerking Persoonsgegevens Verzekeraars van het Verbond van Verzekeraars." }',
      bad: 'statement:\n  introduction: { nl: "Wij houden ons aan de door de AP goedgekeurde Gedragscode Verwerking Persoonsgegevens Verzekeraars." }',
    },
  },
  check(ctx) {
    const { code, claim, approvedElsewhere } = insurers.codesOfConduct.approval;
    const reported = new Set<string>();
    for (const prose of ownProse(ctx.input, ctx.locales)) {
      const field = fieldOf(prose.path);
      if (reported.has(field)) continue;
      const inName = /^\/statement\/codesOfConduct\/\d+\/name/.test(field);
      const claims = sentences(prose.text).some((s) => mentions(s, claim) && (inName || mentions(s, code)) && !mentions(s, approvedElsewhere));
      const ofCode = inName ? mentions(prose.text, code) : true;
      if (!claims || !ofCode) continue;
      reported.add(field);
      ctx.report({
        path: prose.path,
        message: `${capitalize(describe(ctx.input, field))} (${languageNames[prose.locale]}) says that the Gedragscode Verwerking Persoonsgegevens Verzekeraars is approved by the Autoriteit Persoonsgegevens. No such approval under Art. 40 GDPR is known: the code is self-regulation of the Verbond van Verzekeraars. Remove the claim, or say instead that you follow the code of the Verbond van Verzekeraars; keep it only if you can point to the AP's approval decision.`,
      });
    }
  },
});
