import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { citationToken, parseProvision } from '../src/jurisdictions/citation.js';
import { citationStyleOf, translator } from '../src/render/i18n.js';
import { localeRegistry, sentencesOf } from '../src/render/locales.js';
import { examples, read } from './helpers.js';

const leaves = (o: unknown, path = ''): [string, string][] =>
  typeof o === 'string' ? [[path, o]] : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k)) : [];

async function output(file: string, locale: 'nl' | 'fr' | 'en', format: 'md' | 'html'): Promise<string> {
  const result = await compile(read(file), { file, locales: [locale], formats: [format] });
  expect(result.errorCount).toBe(0);
  return String(result.outputs[0]!.content);
}

describe('the locale registry', () => {
  it('lays a variant over its language, and a variant only varies sentences its language has', () => {
    for (const [tag, entry] of Object.entries(localeRegistry)) {
      if (!entry.base) continue;
      const base = new Map(leaves(sentencesOf(entry.base)));
      for (const [key] of leaves(entry.sentences)) expect(base.has(key), `${tag}: ${key} is not a sentence of ${entry.base}`).toBe(true);
      expect(leaves(sentencesOf(tag)).map(([k]) => k).sort()).toEqual([...base.keys()].sort());
    }
  });

  it('cites only provisions it can write, in every tag', () => {
    for (const tag of Object.keys(localeRegistry)) {
      for (const [key, text] of leaves(sentencesOf(tag))) {
        for (const m of text.matchAll(citationToken)) expect(parseProvision(m[1]!), `${tag}: ${key}: ${m[0]}`).toBeDefined();
      }
    }
  });

  it('writes each tag in its jurisdiction’s citation style', () => {
    expect(citationStyleOf('nl')).toBe('nl-lid');
    expect(citationStyleOf('nl-BE')).toBe('be-dotted');
    expect(translator('nl')('purposes.basisText.contract')).toMatch(/\(artikel 6 lid 1 onder b AVG\)$/);
    expect(translator('nl-BE')('purposes.basisText.contract')).toMatch(/\(artikel 6\.1\.b\) AVG\)$/);
    expect(translator('fr')('purposes.basisText.contract')).toMatch(/\(article 6, paragraphe 1, point b\), du RGPD\)$/);
    expect(translator('fr-BE')('purposes.basisText.contract')).toMatch(/\(article 6\.1\.b\) du RGPD\)$/);
    expect(translator('en')('purposes.basisText.contract')).toMatch(/\(Article 6\(1\)\(b\) GDPR\)$/);
  });

  it('gives a variant the sentences of its language where they do not differ', () => {
    expect(translator('nl-BE')('sections.rights')).toBe(translator('nl')('sections.rights'));
    expect(translator('nl-BE')('complaints.authority')).toMatch(/^U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit/);
    expect(translator('nl')('complaints.authority')).toMatch(/^U heeft ook het recht een klacht in te dienen bij de toezichthoudende autoriteit/);
    expect(() => translator('nl-BE')('no.such.key')).toThrow('No nl-BE text for "no.such.key" in locales/nl.json');
    expect(() => translator('de')).toThrow(/no locale de/);
  });
});

describe('a Belgian statement', () => {
  it('is written in Belgian Dutch: its verb forms and the GBA’s citation style', async () => {
    const md = await output(examples.kmo, 'nl', 'md');
    expect(md).toContain('U hebt ook het recht een klacht in te dienen bij de toezichthoudende autoriteit (artikel 77 AVG):');
    expect(md).toContain('(artikel 6.1.b) AVG)');
    expect(md).toContain('uw uitdrukkelijke toestemming (artikel 9.2.a) AVG)');
    // The GBA's word for the legal basis, and its start of a retention period.
    expect(md).toContain('- **Rechtsgrond**: de uitvoering van een overeenkomst met u');
    expect(md).toContain('- **Begin van de termijn**: de datum van het gesprek.');
    expect(md).not.toMatch(/\bGrondslag\b|Ingangsmoment/);
    expect(md).toContain('U bent niet verplicht deze gegevens mee te delen.');
    // The insurer's own introduction says "u heeft"; the compiler's sentences do not.
    expect(md.split('\n').filter((line) => /\bu heeft\b|\bheeft u\b|\blid \d|\bonder [a-j] AVG/i.test(line))).toEqual([expect.stringContaining('Bij KMO-verzekeringen vinden we uw privacy')]);
  });

  it('uses the GDPR’s own terms where Dutch of the Netherlands uses the UAVG’s', async () => {
    const md = await output(examples.kmo, 'nl', 'md');
    expect(md).toContain('**Bijzondere categorieën van persoonsgegevens**: wij verwerken medische gegevens');
    expect(md).toContain('Dit zijn persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten (artikel 10 AVG).');
    expect(md).not.toMatch(/bijzondere persoonsgegevens|van strafrechtelijke aard/i);
    expect(translator('nl')('data.kind.criminal')).toContain('persoonsgegevens van strafrechtelijke aard');
  });

  it('says what the rights’ articles say, in the words a Belgian lawyer uses', async () => {
    const md = await output(examples.kmo, 'nl', 'md');
    expect(md).toContain('- **Recht op inzage**: u kunt vragen of wij persoonsgegevens van u verwerken en, zo ja, die gegevens inzien en er een kopie van krijgen, met informatie over onder meer de doelen, de ontvangers en de bewaartermijn (artikel 15 AVG).');
    expect(md).toContain('u kunt onjuiste gegevens laten verbeteren en onvolledige gegevens laten vervolledigen (artikel 16 AVG).');
    expect(md).toContain('de persoonsgegevens die u ons zelf hebt meegedeeld, in een gestructureerde, gangbare en machineleesbare vorm krijgen');
    expect(md).toContain('Wij beantwoorden uw verzoek zo snel mogelijk en uiterlijk binnen een maand na ontvangst.');
    expect(md).toContain('U kunt op elk moment, om redenen die verband houden met uw specifieke situatie, bezwaar maken tegen de verwerking van uw persoonsgegevens die op ons gerechtvaardigd belang berust (artikel 21.1 AVG).');
  });

  it('says who decides on the data as Arts. 4(7) and 26 say: why and how, in the GDPR’s agreement', async () => {
    const md = await output(examples.kmo, 'nl', 'md');
    expect(md).toContain('- **Zelfstandige verwerkingsverantwoordelijke**: bepaalt zelf waarom en hoe de ontvangen gegevens worden verwerkt');
    expect(md).toContain('- **Gezamenlijke verwerkingsverantwoordelijke**: bepaalt samen met ons waarom en hoe');
    expect(md).toMatch(/\{#recipient-acquirer\}[^#]*- \*\*Rol\*\*: zelfstandige verwerkingsverantwoordelijke\.\n/);
    expect(md).not.toMatch(/\b(Zelfstandig|Gezamenlijk) verwerkings/i);
  });

  it('says rechtsgrond throughout, and the words Belgian readers know', async () => {
    const md = await output(examples.kmo, 'nl', 'md');
    expect(md).toContain('**Toepassingsgebied**: dit privacybeleid geldt');
    expect(md).toContain('Dan kunt u uw telefoonnummer ook inschrijven op de Bel-me-niet-meer-lijst via');
    expect(md).not.toMatch(/Voor wie deze verklaring|grondslag/i);
    expect(translator('nl-BE')('introduction.explains')).toContain('voor welke doelen en op welke rechtsgrond, wie ze ontvangt,');
    expect(translator('nl-BE')('web.description', { controller: 'KMO-verzekeringen' })).toContain('op welke rechtsgrond');
  });

  it('lists its changes with the same word for the legal basis, and articles before it', async () => {
    const result = await compile(read(examples.kmo), { file: examples.kmo, changesSince: read('examples/kmo-verzekeringen/2021/statement.yaml'), locales: ['nl'], formats: ['md'] });
    const md = String(result.outputs[0]!.content);
    expect(md).toContain('baseren wij ons nu op de uitvoering van een overeenkomst in plaats van op toestemming.');
    expect(md).toContain('(rechtsgrond: gerechtvaardigd belang).');
  });

  it('is written in Belgian French, in the same style', async () => {
    const md = await output(examples.kmo, 'fr', 'md');
    expect(md).toContain('(article 6.1.b) du RGPD)');
    expect(md).not.toContain('paragraphe');
  });

  it('says so in `lang`, while the file keeps the language’s name', async () => {
    const result = await compile(read(examples.kmo), { file: examples.kmo, formats: ['html'] });
    expect(result.outputs.map((o) => [o.fileName, /<html lang="([^"]+)"/.exec(String(o.content))?.[1]])).toEqual([
      ['kmo-verzekeringen.nl.html', 'nl-BE'],
      ['kmo-verzekeringen.fr.html', 'fr-BE'],
    ]);
  });
});

describe('a Dutch statement', () => {
  it('keeps the Dutch of the Netherlands and its citation style', async () => {
    const md = await output(examples.harmony, 'nl', 'md');
    expect(md).toContain('(artikel 6 lid 1 onder b AVG)');
    expect(md).toContain('U heeft ook het recht een klacht in te dienen');
    expect(await output(examples.harmony, 'nl', 'html')).toContain('<html lang="nl">');
  });
});
