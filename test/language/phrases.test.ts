import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Locale } from '../../src/model/input.generated.js';
import { edit, examples, read, root } from '../helpers.js';

/**
 * The phrases a lawyer corrected in the rendered statements, each pinned in each language, so
 * that none comes back. The statement here reaches the combinations (see combinations.yaml);
 * everything compiles in memory.
 */
const combinations = (): string => readFileSync(join(root, 'test/language/combinations.yaml'), 'utf8');

async function markdown(text: string, locale: Locale): Promise<string> {
  const result = await compile(text, { file: 's.yaml', locales: [locale], formats: ['md'] });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return String(result.outputs[0]!.content);
}

const NBSP = '\u00a0';
const md: Record<Locale, string> = { nl: '', fr: '', en: '' };
beforeAll(async () => {
  for (const locale of ['nl', 'fr', 'en'] as const) md[locale] = await markdown(combinations(), locale);
});

describe('numbers before units', () => {
  it('are written in words: "d’un mois", never "de 1 mois"', () => {
    expect(md.fr).toContain('Nous répondons à votre demande dans les meilleurs délais et au plus tard un mois après l’avoir reçue.');
    expect(md.fr).not.toMatch(/délai de \d/);
    expect(md.nl).toContain('Wij reageren binnen een maand op uw verzoek.');
    expect(md.en).toContain('We will respond to your request without undue delay and in any event within one month.');
    expect(md.fr).toContain(`**${NBSP}: sept ans.\n`);
    expect(md.nl).toContain('**: zeven jaar.\n');
    expect(md.en).toContain('**: seven years.\n');
  });
});

describe('section headings', () => {
  it('are questions with inversion in French, never fragments', () => {
    expect(md.fr).toContain(`## Quelles données personnelles traitons-nous${NBSP}? {#data}`);
    expect(md.fr).toContain(`## Pourquoi traitons-nous vos données personnelles et sur quelle base juridique${NBSP}? {#purposes}`);
    expect(md.fr).toContain(`## Combien de temps conservons-nous vos données personnelles${NBSP}? {#retention}`);
    expect(md.fr).not.toContain('Quelles données personnelles nous traitons');
  });

  it('are questions in Dutch and English too', () => {
    expect(md.nl).toContain('## Welke persoonsgegevens verwerken wij? {#data}');
    expect(md.en).toContain('## Which personal data do we process? {#data}');
  });
});

describe('the condition of Art. 9(2)(g)', () => {
  it('reads "om redenen van", never "op grond van redenen van"', () => {
    expect(md.nl).toContain('wij verwerken gezondheidsgegevens om redenen van zwaarwegend algemeen belang, op grond van Unierecht of lidstatelijk recht (artikel 9 lid 2 onder g AVG).');
    expect(md.nl).not.toContain('op grond van redenen');
    expect(md.fr).toContain('nous traitons ces données (données de santé) pour des motifs d’intérêt public important, sur la base du droit de l’Union ou du droit d’un État membre');
    expect(md.en).toContain('We process health data for reasons of substantial public interest, on the basis of Union or Member State law (Article 9(2)(g) GDPR).');
  });
});

describe('the national identification number', () => {
  it('is used only where a law prescribes it (art. 46 UAVG), not where a law "allows" it', () => {
    expect(md.nl).toContain('Deze gegevens zijn of bevatten het burgerservicenummer (BSN). Wij gebruiken dat nummer alleen ter uitvoering van de wet die het gebruik ervan voorschrijft, of voor doelen die bij wet zijn bepaald');
    expect(md.nl).not.toContain('als een wet dat toestaat');
    expect(md.fr).toContain('Nous n’utilisons ce numéro que pour exécuter la loi qui en prescrit l’utilisation');
    expect(md.en).toContain('We use the citizen service number (BSN) only to carry out the law that prescribes its use, or for purposes laid down by law');
  });
});

describe('a voluntary data category', () => {
  it('says so in a sentence of its own, without a label that could contradict it', () => {
    expect(md.nl).toContain('\n  U bent niet verplicht deze gegevens te verstrekken.');
    expect(md.nl).not.toMatch(/Verplichting tot verstrekking|\*\*Verstrekking\*\*/);
    expect(md.fr).toContain('\n  Vous n’êtes pas tenu de fournir ces données.');
    expect(md.en).toContain('\n  You are not obliged to provide these data.');
  });
});

describe('a plural recipient', () => {
  it('takes plural verbs', () => {
    expect(md.nl).toContain('**Rol**: zelfstandige verwerkingsverantwoordelijken');
    expect(md.fr).toMatch(/\*\*Rôle\*\*\u00a0: responsables du traitement distincts/);
    expect(md.en).toMatch(/\*\*Role\*\*: independent controllers/);
  });
});

describe('a direct-marketing purpose on legitimate interests', () => {
  const general = (text: string, heading: string, next: string) => text.slice(text.indexOf(heading), text.indexOf(next, text.indexOf(heading)));
  it('is listed under the absolute objection only, never under Art. 21(1)', () => {
    const nl = general(md.nl, '## Uw recht van bezwaar', 'zonder opgave van redenen');
    expect(nl).toContain('[Voorkomen van fraude](#purpose-fraud)');
    expect(nl).not.toContain('#purpose-mailings');
    const fr = general(md.fr, '## Votre droit d’opposition', 'à des fins de prospection');
    expect(fr).toContain('#purpose-fraud');
    expect(fr).not.toContain('#purpose-mailings');
    const en = general(md.en, '## Your right to object', 'for direct marketing');
    expect(en).toContain('#purpose-fraud');
    expect(en).not.toContain('#purpose-mailings');
    expect(md.en).toContain('- [Offers to customers](#purpose-mailings)');
  });
});

describe('names of categories in a running list', () => {
  it('are in lower case after the first word of a line', () => {
    expect(md.nl).toContain('**Gebruikte persoonsgegevens**: contactgegevens en inkomens- en beroepsgegevens.');
    expect(md.nl).toContain('- **Contactgegevens, inkomens- en beroepsgegevens, gezondheidsgegevens en burgerservicenummer**');
    expect(md.fr).toContain(`**Données personnelles utilisées**${NBSP}: coordonnées et données sur les revenus et la profession.`);
    expect(md.en).toContain('**Personal data used**: contact details and income and occupation data.');
  });
});

describe('the introduction', () => {
  it('is the default one, once, without an introduction of the input', () => {
    expect(md.nl).toContain('Bij Voorbeeld Verzekeringen verwerken wij persoonsgegevens van klanten en van anderen die met ons in contact komen. In deze privacyverklaring leest u');
    expect(md.fr).toContain('Chez Voorbeeld Verzekeringen, nous traitons des données personnelles');
    expect(md.en).toContain('At Voorbeeld Verzekeringen we process personal data');
  });

  it('is the input’s own, without a second one, when the input has one', async () => {
    const own = edit(combinations(), '  lastAmended: 2024-03-01\n', '  lastAmended: 2024-03-01\n  introduction: { nl: Wij zijn een verzekeraar., fr: Nous sommes un assureur., en: We are an insurer. }\n');
    const nl = await markdown(own, 'nl');
    expect(nl).toContain('## Inleiding {#introduction}\n\nWij zijn een verzekeraar.\n\n## ');
    expect(await markdown(own, 'fr')).not.toContain('La présente déclaration de confidentialité explique');
    expect(await markdown(own, 'en')).not.toContain('This privacy statement explains');
  });
});

describe('the controller, a legal entity', () => {
  it('takes "die" in Dutch', () => {
    expect(md.nl).toContain('Voorbeeld Verzekeringen N.V., die optreedt onder de naam Voorbeeld Verzekeringen.');
    expect(md.nl).not.toMatch(/(N\.V\.|NV|SA|B\.V\.), dat /);
  });
});

describe('the changes section', () => {
  it('says that material changes are announced before they take effect', () => {
    expect(md.nl).toContain('maken wij bekend in deze verklaring en, waar dat kan, rechtstreeks aan u, voordat zij ingaan.');
    expect(md.fr).toContain('avant leur entrée en vigueur.');
    expect(md.en).toContain('before they take effect.');
  });
});

describe('a Belgian statement', () => {
  it('takes "die" after the legal entity in Dutch, "qui" in French', async () => {
    const kmo = read(examples.kmo);
    const nl = await markdown(kmo, 'nl');
    expect(nl).toContain('Groep LB Republico VOF, die optreedt');
    expect(nl).not.toMatch(/(NV|VOF|BV), dat /);
    expect(await markdown(kmo, 'fr')).toContain('Groep LB Republico VOF, qui exerce');
  });
});

describe('each thing said once', () => {
  const purposesOf = (text: string) => text.slice(text.indexOf('{#purposes}'), text.indexOf('{#automated-decisions}'));
  it('leaves the right to object and the recipients to their own sections', () => {
    for (const locale of ['nl', 'fr', 'en'] as const) {
      expect(purposesOf(md[locale]).length, locale).toBeGreaterThan(500);
      expect(purposesOf(md[locale]), locale).not.toContain('](#objection)');
      expect(purposesOf(md[locale]), locale).not.toContain('](#recipient-');
    }
    expect(md.nl).toContain('- **Voor**: [Behandelen van uw schade](#purpose-claims).');
  });
});

describe('the rights', () => {
  it('say what their articles say: Art. 21(1) needs your particular situation, said once, in its own section', () => {
    expect(md.nl).toContain('U kunt op elk moment, vanwege uw specifieke situatie, bezwaar maken tegen de verwerking van uw persoonsgegevens die op ons gerechtvaardigd belang berust');
    expect(md.fr).toContain('Vous pouvez vous opposer à tout moment, pour des raisons tenant à votre situation particulière, aux traitements fondés sur notre intérêt légitime');
    expect(md.en).toContain('You can object at any time, on grounds relating to your particular situation, to processing based on our legitimate interest');
    // The list of rights points there.
    expect(md.nl).toContain('- **Recht van bezwaar**: zie [Uw recht van bezwaar](#objection).');
    expect(md.en.match(/particular situation/g)).toHaveLength(1);
  });

  it('say what their articles say: Art. 20 on automated processing, where technically feasible', () => {
    expect(md.nl).toContain('verwerken wij uw gegevens geautomatiseerd op grond van uw toestemming of een overeenkomst');
    expect(md.nl).toContain('als dat technisch mogelijk is');
    expect(md.fr).toContain('lorsque cela est techniquement possible');
    expect(md.en).toContain('where technically feasible');
  });
});

describe('a sentence after a label and its colon', () => {
  it('goes on in lower case in French and Dutch, and keeps its capital in English', () => {
    expect(md.nl).toContain('- **Wettelijke basis voor het burgerservicenummer (BSN)**: artikel 46 UAVG en de Wet inkomstenbelasting 2001.');
    expect(md.fr).toContain(`- **Base légale pour le numéro de service citoyen néerlandais (BSN)**${NBSP}: article 46 de l’UAVG`);
    expect(md.en).toContain('- **Statutory basis for the citizen service number (BSN)**: Article 46 UAVG');
    expect(md.nl).toContain('- **Recht op inzage**: u kunt vragen');
    expect(md.fr).toContain(`- **Droit d’accès**${NBSP}: vous pouvez demander`);
    expect(md.en).toContain('- **Right of access**: You can ask');
  });

  it('goes on in lower case in every language where it continues a sentence of the statement', () => {
    expect(md.nl).toContain('(artikel 6 lid 1 onder c AVG): de Wet inkomstenbelasting 2001.');
    expect(md.en).toContain('our legitimate interest (Article 6(1)(f) GDPR): protecting ourselves against fraud.');
    // French joins the interest with "à savoir": a second colon would follow the label's on the same line.
    expect(md.fr).toContain('notre intérêt légitime (article 6, paragraphe 1, point f), du RGPD), à savoir nous protéger contre la fraude.');
  });

  it('keeps the capitals of a name and of an acronym', async () => {
    const named = edit(
      combinations(),
      'legitimateInterest: { nl: Ons beschermen tegen fraude., fr: Nous protéger contre la fraude., en: Protecting ourselves against fraud. }',
      'legitimateInterest: { nl: Voorbeeld Verzekeringen beschermen tegen fraude., fr: RGPD et AVG le permettent., en: Voorbeeld Verzekeringen protecting itself. }',
    );
    expect(await markdown(named, 'nl')).toContain('(artikel 6 lid 1 onder f AVG): Voorbeeld Verzekeringen beschermen tegen fraude.');
    expect(await markdown(named, 'fr')).toContain('du RGPD), à savoir RGPD et AVG le permettent.');
    expect(await markdown(named, 'en')).toContain('(Article 6(1)(f) GDPR): Voorbeeld Verzekeringen protecting itself.');
  });
});

describe('the Belgian national register number', () => {
  it('is used only with an authorisation or where a law, decree or ordinance provides for it (art. 8 of the law of 8 August 1983)', async () => {
    const belgian = edit(combinations(), 'authority: nl-ap', 'authority: be-gba');
    const nl = await markdown(belgian, 'nl');
    expect(nl).toContain('Deze gegevens zijn of bevatten het rijksregisternummer. Wij gebruiken het alleen als wij daartoe gemachtigd zijn of als een wet, decreet of ordonnantie het gebruik ervan uitdrukkelijk regelt (artikel 8 van de wet van 8 augustus 1983');
    expect(nl).toContain('- **Machtiging of wettelijke bepaling voor het rijksregisternummer**: ');
    expect(nl).not.toContain('nationaal identificatienummer');
    const fr = await markdown(belgian, 'fr');
    expect(fr).toContain('Ces données sont ou comprennent le numéro de registre national. Nous ne l’utilisons que si nous y sommes autorisés');
    expect(fr).toContain('(article 8 de la loi du 8 août 1983');
    // The Dutch statement keeps art. 46 UAVG: only where a law prescribes it.
    expect(md.nl).toContain('ter uitvoering van de wet die het gebruik ervan voorschrijft');
    expect(md.nl).not.toContain('rijksregisternummer');
  });
});

describe('the conditions of Art. 9(2)(b) and (h)', () => {
  const on = (condition: string) => edit(combinations(), 'specialCategoryCondition: substantial-public-interest', `specialCategoryCondition: ${condition}`);
  it('(b) names whose obligations and rights, and the law or collective agreement that authorises the processing', async () => {
    expect(await markdown(on('employment-social-security'), 'en')).toContain('to carry out our obligations and exercise our or your specific rights in the field of employment and social security and social protection law, in so far as Union or Member State law, or a collective agreement under Member State law, authorises it with appropriate safeguards (Article 9(2)(b) GDPR).');
    expect(await markdown(on('employment-social-security'), 'nl')).toContain('voor zover Unierecht of lidstatelijk recht, of een collectieve overeenkomst op grond van lidstatelijk recht, dat met passende waarborgen toestaat (artikel 9 lid 2 onder b AVG).');
    expect(await markdown(on('employment-social-security'), 'fr')).toContain('dans la mesure où le droit de l’Union, le droit d’un État membre ou une convention collective conclue en vertu du droit d’un État membre l’autorise avec des garanties appropriées');
  });

  it('(h) has every purpose of the point, its legal footing and professional secrecy (Art. 9(3))', async () => {
    const en = await markdown(on('health-care'), 'en');
    expect(en).toContain('the provision of health or social care or treatment or the management of health or social care systems and services, on the basis of Union or Member State law or under a contract with a health professional, by or under the responsibility of a professional bound by professional secrecy (Article 9(2)(h) GDPR).');
    expect(await markdown(on('health-care'), 'nl')).toContain('op grond van Unierecht of lidstatelijk recht of van een overeenkomst met een gezondheidswerker, door of onder de verantwoordelijkheid van een beroepsbeoefenaar met een geheimhoudingsplicht (artikel 9 lid 2 onder h AVG).');
    expect(await markdown(on('health-care'), 'fr')).toContain('du droit d’un État membre ou d’un contrat conclu avec un professionnel de la santé, par un professionnel soumis au secret professionnel ou sous sa responsabilité');
  });
});

describe('the complaint to the authority in Belgian French', () => {
  it('is a "plainte", as the APD calls it; the GDPR’s "réclamation" stays in French for the Dutch authority', async () => {
    const kmo = await markdown(read(examples.kmo), 'fr');
    expect(kmo).toContain('- **Droit d’introduire une plainte**');
    expect(kmo).toContain('Vous avez également le droit d’introduire une plainte auprès de l’autorité de contrôle');
    expect(kmo).not.toContain('réclamation');
    expect(md.fr).toContain('le droit d’introduire une réclamation auprès de l’autorité de contrôle');
    expect(md.fr).not.toMatch(/introduire une plainte/);
  });
});

describe('the Dutch of the Netherlands, as a privacy lawyer corrected it', () => {
  it('says what each article says: Art. 6(1)(b) with its steps before a contract, Art. 12(3) counted from receipt, Art. 77 across the EEA', () => {
    expect(md.nl).toContain('de uitvoering van een overeenkomst met u of maatregelen die wij op uw verzoek nemen voordat de overeenkomst wordt gesloten (artikel 6 lid 1 onder b AVG)');
    expect(md.nl).not.toContain('precontractuele');
    expect(md.nl).toContain('dat laten wij u dan binnen een maand na ontvangst van uw verzoek weten');
    expect(md.nl).toContain('de toezichthoudende autoriteit van het land in de Europese Economische Ruimte waar u woont of werkt');
    expect(md.nl).not.toContain('EU-lidstaat');
  });

  it('has an independent controller decide why and how, as Art. 4(7) defines it', () => {
    expect(md.nl).toContain('- **Zelfstandig verwerkingsverantwoordelijke**: bepaalt zelf waarom en hoe de ontvangen gegevens worden verwerkt');
  });

  it('makes "wie" agree in the singular, as the heading "Wie ontvangt uw persoonsgegevens?" does', () => {
    expect(md.nl).toContain('wie de gegevens ontvangt, hoe lang wij ze bewaren');
  });

  it('names the national provisions with one label, and one code of conduct without a plural', async () => {
    const harmony = await markdown(read(examples.harmony), 'nl');
    expect(harmony).toContain('- **Wettelijke basis voor persoonsgegevens van strafrechtelijke aard**: artikel 33, tweede lid, onder b, van de Uitvoeringswet AVG');
    expect(harmony).toContain('Bij het verwerken van persoonsgegevens houden wij ons aan:\n\n- Gedragscode Verwerking Persoonsgegevens Verzekeraars\n');
    expect(harmony).not.toContain('de volgende gedragscodes');
    // The limits of the rights are not the right to restriction ("beperking") of Art. 18.
    expect(harmony).toContain('**Grenzen aan uw rechten**: wij kunnen niet altijd');
    expect(harmony).not.toContain('**Beperkingen**');
    const adviseur = await markdown(read(examples.adviseur), 'nl');
    expect(adviseur).toContain('- **Wettelijke basis voor deze gegevens**: artikel 30, derde lid');
    expect(adviseur).toContain('- **Wettelijke basis voor het burgerservicenummer (BSN)**: artikel 46');
    // The EU-U.S. Data Privacy Framework by the Dutch name of the adequacy decision.
    expect(adviseur).toContain('gecertificeerd onder het EU-VS-kader voor gegevensbescherming (EU-U.S. Data Privacy Framework)');
  });
});

describe('the French sentences on bases, roles and rights', () => {
  it('say what Arts. 6(1)(b), 12(3), 13(2)(e), 16, 28 and 77 say, in the French and the Belgian French statement', async () => {
    const kmo = await markdown(read(examples.kmo), 'fr');
    for (const fr of [md.fr, kmo]) {
      // Art. 6(1)(b): a contract the reader is party to, not only one with us (a broker's client contracts with the insurer).
      expect(fr).toContain('l’exécution d’un contrat auquel vous êtes partie ou de mesures précontractuelles prises à votre demande');
      expect(fr).not.toContain('contrat conclu avec vous');
      // Art. 12(3): without undue delay, at the latest within the period; the extension announced within one month of receipt.
      expect(fr).toContain('Nous répondons à votre demande dans les meilleurs délais et au plus tard');
      expect(fr).toContain(`deux mois${NBSP}; nous vous en informons alors, en indiquant les motifs, dans le mois qui suit la réception de votre demande`);
      // Art. 16: the data concerning the reader, rectified and completed.
      expect(fr).toContain('vous pouvez faire rectifier les données inexactes vous concernant et faire compléter les données incomplètes');
    }
    // Art. 28(3): a processor acts under a contract; a separate controller decides the purposes and means itself.
    expect(kmo).toContain('selon nos instructions, en vertu d’un contrat de sous-traitance (article 28 du RGPD).');
    expect(kmo).toContain(`détermine lui-même pourquoi et comment il traite les données reçues${NBSP}; sa propre déclaration de confidentialité s’applique.`);
    // Art. 13(2)(e): the data are a requirement for the contract, whoever the other party is.
    expect(kmo).toContain('Ces données sont nécessaires pour conclure votre contrat. Sans ces données, la compagnie d’assurances ne peut pas évaluer le risque');
    // Art. 77(1): habitual residence, place of work, place of the alleged infringement; said without a pronoun whose noun is above the address.
    expect(md.fr).toContain('Vous pouvez aussi introduire votre réclamation auprès de l’autorité de contrôle de l’État membre de l’Union européenne dans lequel se trouve votre résidence habituelle ou votre lieu de travail, ou dans lequel la violation alléguée a été commise.');
    expect(kmo).toContain('Vous pouvez aussi introduire votre plainte auprès de l’autorité de contrôle de l’État membre');
    // Art. 13(1)(b): where the DPO's contact details are.
    expect(kmo).toContain(`Nous avons désigné un délégué à la protection des données${NBSP}; ses coordonnées figurent dans la section [Questions](#contact).`);
  });
});

describe('the French labels and connecting words', () => {
  it('name the scope, the purposes, the retention criteria and the do-not-call list plainly', async () => {
    const kmo = await markdown(read(examples.kmo), 'fr');
    // The statement may call itself a "politique": the label does not name the document.
    expect(kmo).toContain(`**Champ d’application**${NBSP}: cette politique de confidentialité s’applique uniquement`);
    expect(kmo).not.toContain('À qui s’adresse cette déclaration');
    // A recipient's purposes, under the GDPR's word, as the automated decisions have them; one purpose in the singular.
    expect(kmo).toContain(`- **Finalité**${NBSP}: [Publicités en ligne ciblées](#purpose-online-advertising).`);
    expect(kmo).not.toContain('**Pour**');
    // "la" had nothing to refer to when a rule gives no period.
    expect(kmo).toContain(`- **Comment nous fixons la durée**${NBSP}: pour la même raison que ci-dessus`);
    expect(kmo).not.toContain('Comment nous la déterminons');
    // Not "sur la liste … sur www…".
    expect(kmo).toContain(`sur la liste «${NBSP}Ne m’appelez plus${NBSP}», via [www.dncm.be](https://www.dncm.be).`);
    // Art. 77 sets no condition: contacting us first is an invitation, not a step the reader must take.
    expect(kmo).toContain(`${NBSP}? Nous vous invitons à nous contacter d’abord, afin que nous puissions chercher une solution ensemble.`);
    expect(kmo).not.toContain('Contactez-nous d’abord');
  });
});

describe('the codes of conduct', () => {
  it('are introduced in the singular when there is one (Harmony names one)', async () => {
    const en = await markdown(read(examples.harmony), 'en');
    const fr = await markdown(read(examples.harmony), 'fr');
    expect(en).toContain('We comply with the following code of conduct:\n\n- Code of Conduct for the Processing of Personal Data by Insurers');
    expect(fr).toContain(`Nous respectons le code de conduite suivant${NBSP}:`);
    expect(en).not.toContain('codes of conduct:');
  });
});

describe('a transfer’s further information', () => {
  it('is a copy of the safeguards only for clauses or rules, not for an adequacy decision such as the Data Privacy Framework', async () => {
    const harmony = await markdown(read(examples.harmony), 'en');
    const adviseur = await markdown(read(examples.adviseur), 'en');
    expect(harmony).toContain('**Copy of the safeguards**: We have agreed');
    expect(adviseur).toContain('**Further information**: Google');
    expect(adviseur).not.toContain('Copy of the safeguards');
  });
});
