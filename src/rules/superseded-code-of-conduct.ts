import { capitalize } from '../validate/describe.js';
import { dataText } from '../messages/index.js';
import { certainFrom, datedOnOrAfter, fieldOf, insurers, ownProse } from './insurers.js';
import { mentions } from './national.js';
import type { Prose } from './prose.js';
import { defineRule } from './types.js';

/** The insurer rule pack: a code of conduct, protocol or professional code named by a name it no longer has (dated data: insurers.json). */
export default defineRule({
  meta: {
    id: 'superseded-code-of-conduct',
    severity: 'warning',
    references: ['GDPR Art. 5(1)(a)', 'GDPR Art. 12(1)'],
    summary: 'The statement names the codes it follows by their current names, not a superseded code such as the GVPFI.',
    rationale:
      'A statement need not name a code of conduct, but one it names must be the one that applies: a reader who looks up a code that no longer exists is misinformed (Arts. 5(1)(a), 12(1)). Dutch insurers follow the Gedragscode Verwerking Persoonsgegevens Verzekeraars of the Verbond van Verzekeraars, which for insurers replaced the Gedragscode Verwerking Persoonsgegevens Financiële Instellingen (GVPFI): the GVPFI elaborated the Wet bescherming persoonsgegevens, repealed on 25 May 2018, and its approval by the College bescherming persoonsgegevens (Stcrt. 2010, 6429) ran for five years. The Autoriteit Persoonsgegevens approved PIFI 2021 as of 1 April 2021, replacing the 2013 and 2017 protocols, and the medical advisers\' professional code has been the "Beroepscode voor Medisch Adviseurs" since its September 2013 version. Each name is reported only in a statement dated after it was replaced; the change log, which describes the past, is not searched. To re-check: the version and date of the Verbond\'s code, which is cited without article numbers.',
    examples: {
      good: 'statement:\n  codesOfConduct:\n    - name: { nl: Gedragscode Verwerking Persoonsgegevens Verzekeraars }',
      bad: 'statement:\n  lastAmended: 2022-04-05\n  codesOfConduct:\n    - name: { nl: Gedragscode Verwerking Persoonsgegevens Financiële Instellingen }',
    },
  },
  check(ctx) {
    const stale = insurers.codesOfConduct.superseded.filter((s) => datedOnOrAfter(ctx.input, certainFrom(s.since)));
    if (stale.length === 0) return;
    const byField = new Map<string, Prose[]>();
    for (const prose of ownProse(ctx.input, ctx.locales)) {
      const field = fieldOf(prose.path);
      byField.set(field, [...(byField.get(field) ?? []), prose]);
    }
    for (const [field, texts] of byField) {
      for (const code of stale) {
        const hits = texts.filter((t) => mentions(t.text, code.match));
        if (hits.length === 0) continue;
        const where = capitalize(ctx.describe(field));
        const languages = ctx.andList([...new Set(hits.map((t) => ctx.languageName(t.locale)))]);
        ctx.report({
          path: hits[0]!.path,
          message: ctx.message('rule.superseded-code-of-conduct.superseded', { where: ctx.say('subject.field-in-language', { field: where, language: languages }), code: dataText(code.name, ctx.lang), date: ctx.longDate(ctx.input.statement.lastAmended), why: dataText(code.why, ctx.lang), current: dataText(code.current, ctx.lang) }),
        });
      }
    }
  },
});
