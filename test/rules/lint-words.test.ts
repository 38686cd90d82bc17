import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/load/source.js';
import { dataPattern, firstMatch, lintWords, lowerCasePattern, wordPattern, type LintWords, type TextPattern } from '../../src/rules/lint-words.js';
import { national } from '../../src/rules/national.js';
import { itSlow } from '../helpers.js';
import type { Locale } from '../../src/model/input.generated.js';

/** The word lists of locales/lint/, both ways: what they must flag and what they must leave alone. */
const cases: Record<Locale, Partial<Record<keyof LintWords, { flagged: string[]; fine: string[] }>>> = {
  en: {
    hedging: {
      flagged: ['We may share your data with other insurers.', 'Your data might be used for research.', 'We will possibly contact you.', 'Perhaps we call you.'],
      fine: ['You may object at any time.', 'Since May 2024 we record calls.', 'We pay your claim as soon as possible.', 'We use your data to assess the risk.', 'You can withdraw your consent.'],
    },
    openEnded: { flagged: ['name, address, etc.', 'insurers, including but not limited to reinsurers', 'among others, repairers'], fine: ['such as your name and address', 'for example repairers'] },
    vagueRetention: { flagged: ['As long as necessary for the purposes.', 'No longer than is necessary.'], fine: ['As long as your account exists.', 'Until the end of your contract.'] },
  },
  nl: {
    hedging: {
      flagged: [
        'Wij kunnen uw gegevens gebruiken voor marketing.',
        'We kunnen u bellen met aanbiedingen.',
        'Daarnaast kunnen wij uw gegevens verstrekken aan de politie.',
        'Uw gegevens kunnen worden gedeeld met partners.',
        'Uw gegevens kunnen ook gebruikt worden voor onderzoek.',
        'Het kan dus gebeuren dat wij u bellen.',
        'Wij delen uw gegevens eventueel met partners.',
        'Het is mogelijk dat wij u benaderen.',
      ],
      fine: [
        'U kunt bezwaar maken.',
        'Om uw aanvraag te kunnen beoordelen, vragen wij uw gegevens.',
        'Zodat wij de informatie aan u kunnen sturen.',
        'Dan kunnen wij dit teruglezen in het klantdossier.',
        'Wij betalen zo snel mogelijk.',
        'Wij bewaren zo min mogelijk gegevens.',
        'Het klantportaal maakt het mogelijk om schade te melden.',
        'Zo maken wij het mogelijk dat u online schade meldt.',
        'Wij onderzoeken mogelijke fraude.',
      ],
    },
    openEnded: { flagged: ['naam, adres enz.', 'onder andere verzekeraars', 'o.a. verzekeraars', 'naam, adres, etc.'], fine: ['zoals naam en adres', 'bijvoorbeeld uw naam', 'andere verzekeraars'] },
    vagueRetention: { flagged: ['Zolang als nodig.', 'Zo lang als dat nodig is voor het doel.', 'We houden je gegevens niet langer bij dan nodig.'], fine: ['Zolang uw account bestaat.', 'Tot het einde van de overeenkomst.'] },
  },
  fr: {
    hedging: {
      flagged: [
        'Nous pouvons utiliser vos données à des fins de marketing.',
        'Vos données peuvent être partagées avec nos partenaires.',
        'Il peut donc arriver que nous vous appelions.',
        'Nous sommes susceptibles de vous contacter.',
        'Nous traitons éventuellement vos données.',
      ],
      fine: ['Vous pouvez vous opposer à tout moment.', 'Des publicités susceptibles de vous intéresser.', 'Pour que nous puissions traiter votre demande.', 'Nous traitons vos données pour évaluer le risque.'],
    },
    openEnded: { flagged: ['notamment les assureurs', 'nom, adresse, etc.', "les assureurs, y compris, sans s'y limiter, les réassureurs"], fine: ["tels que le nom et l'adresse", 'par exemple les réparateurs'] },
    vagueRetention: { flagged: ['Aussi longtemps que nécessaire.', 'Pas plus longtemps que nécessaire.', 'Pendant la durée nécessaire.'], fine: ['Aussi longtemps que votre compte existe.', "Jusqu'à la fin du contrat."] },
  },
};

describe('quality word lists', () => {
  for (const [locale, lists] of Object.entries(cases) as [Locale, (typeof cases)[Locale]][]) {
    for (const [list, { flagged, fine }] of Object.entries(lists) as [keyof LintWords, { flagged: string[]; fine: string[] }][]) {
      it(`${locale} ${list}`, () => {
        const entries = lintWords[locale][list] as Parameters<typeof firstMatch>[1];
        for (const text of flagged) expect(firstMatch(text, entries), `should flag: ${text}`).toBeDefined();
        for (const text of fine) expect(firstMatch(text, entries)?.found, `should not flag: ${text}`).toBeUndefined();
      });
    }
  }
});

describe('hedging with the controller as subject', () => {
  const names = ['KMO-verzekeringen', 'Groep LB Republico VOF'];
  it('is found with the statement\'s names, and only then', () => {
    const nl = 'KMO-verzekeringen kan uw contactgegevens ook gebruiken om met u te communiceren.';
    const fr = 'KMO-verzekeringen peut partager vos coordonnées sous forme pseudonymisée.';
    expect(firstMatch(nl, lintWords.nl.hedging, names)?.word).toBe('kan');
    expect(firstMatch(fr, lintWords.fr.hedging, names)?.word).toBe('peut');
    expect(firstMatch(nl, lintWords.nl.hedging)).toBeUndefined();
    expect(firstMatch('U kan uw gegevens gebruiken in de app.', lintWords.nl.hedging, names)).toBeUndefined();
  });
});

describe('patterns matched on lower-cased text', () => {
  /** Every pattern the rules use, with the controller names of the examples filled in. */
  function allPatterns(): TextPattern[] {
    const out: TextPattern[] = [];
    for (const words of Object.values(lintWords)) {
      for (const list of [words.hedging, words.openEnded, words.vagueRetention]) {
        for (const e of list) out.push(typeof e === 'string' ? wordPattern(e) : dataPattern(e.pattern.split('{controller}').join('(?:Harmony|KMO-verzekeringen)')));
      }
      for (const phrase of [...words.genericRecipients, ...words.genericInterest.phrases, ...words.genericInterest.filler]) out.push(wordPattern(phrase));
    }
    for (const rules of Object.values(national.authorities)) {
      for (const p of [...rules.criminalData.mentions, ...(rules.doNotCall ? [rules.doNotCall.mentions] : [])]) out.push(dataPattern(p));
    }
    for (const register of national.industryRegisters) out.push(dataPattern(register.match));
    return out;
  }

  itSlow('find the same matches as case-insensitive expressions, in every example text and its upper-case form', () => {
    const texts: string[] = [];
    for (const dir of readdirSync('examples')) {
      const collect = (v: unknown): void => {
        if (typeof v === 'string' && v.length > 40) texts.push(v, v.toUpperCase());
        else if (v && typeof v === 'object') Object.values(v).forEach(collect);
      };
      collect(loadSource(readFileSync(`examples/${dir}/statement.yaml`, 'utf8')).value);
    }
    // Texts that the lists are written to find, in capitals too.
    for (const words of Object.values(cases)) for (const c of Object.values(words)) texts.push(...c.flagged, ...c.flagged.map((t) => t.toUpperCase()), ...c.fine);
    // A text whose lower-case form is longer (İ becomes i and a dot above).
    texts.push('İSTANBUL: WE MAY SHARE YOUR DATA, ETC.', 'Wİj kunnen uw gegevens gebruiken.');
    const patterns = [...new Set(allPatterns())];
    expect(patterns.length).toBeGreaterThan(100);
    let matches = 0;
    for (const p of patterns) {
      const folded = new RegExp(p.source, 'iu');
      for (const text of new Set(texts)) {
        const want = folded.exec(text);
        const got = p.exec(text);
        expect(got && [got.index, got[0].length], `${p.source} in ${text}`).toEqual(want && [want.index, want[0].length]);
        if (want) matches++;
      }
    }
    expect(matches).toBeGreaterThan(50);
  });

  it('leave escapes and character classes alone', () => {
    expect(lowerCasePattern('\\bKan\\S+\\p{Lu}[A-Z]\\u00C9\\x4AÉ')).toBe('\\bkan\\S+\\p{Lu}[A-Z]\\u00C9\\x4Aé');
  });
});
