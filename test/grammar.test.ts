import { describe, expect, it } from 'vitest';
import { analyze, compile } from '../src/compile.js';
import type { Locale, StatementSource } from '../src/model/input.generated.js';
import { resolveStatement } from '../src/model/statement.js';
import { translator } from '../src/render/i18n.js';
import { buildView } from '../src/render/view.js';
import { edit, examples, minimal, read } from './helpers.js';

/** The statement's Markdown in one language; the source must have no errors. */
async function markdown(text: string, locale: Locale): Promise<string> {
  const result = await compile(text, { file: 's.yaml', locales: [locale], formats: ['md'] });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return String(result.outputs[0]!.content);
}

const kmo = () => read(examples.kmo);
const printer = '    role: processor\n';
const decisionsOf = (extra: string) => (t: string) =>
  edit(t, 'used: false', 'used: true') +
  `  decisions:\n    - name: { en: Acceptance, nl: Acceptatie }\n      logic: { en: We compare answers with criteria., nl: Wij vergelijken antwoorden met criteria. }\n      significance: { en: You may be refused., nl: U kunt worden geweigerd. }\n      purposes: [contract]\n${extra}`;

describe('a recipient that is a category of several organisations', () => {
  const plural = (t: string) => edit(t, printer, `${printer}    plural: true\n`);

  it('takes plural verbs in its role, in every language', async () => {
    expect(await markdown(plural(minimal()), 'nl')).toContain('- **Rol**: verwerkers.\n');
    expect(await markdown(plural(minimal()), 'en')).toContain('- **Role**: processors.\n');
    // One organisation, as before; what the role means is said once, above the recipients.
    const one = await markdown(minimal(), 'nl');
    expect(one).toContain('- **Rol**: verwerker.\n');
    expect(one.match(/verwerkt de gegevens in onze opdracht/g)).toHaveLength(1);
  });

  it('takes plural verbs in its transfer safeguard', async () => {
    const abroad = (t: string) => edit(t, printer, `${printer}    country: IN\n    transfer:\n      safeguard: standard-contractual-clauses\n      copy: { en: Ask us., nl: Vraag het ons. }\n`);
    expect(await markdown(plural(abroad(minimal())), 'nl')).toContain('wij hebben met deze ontvangers de standaardcontractbepalingen');
    expect(await markdown(plural(abroad(minimal())), 'en')).toContain('with these recipients (Article 46(2)(c) GDPR)');
    expect(await markdown(abroad(minimal()), 'en')).toContain('with this recipient (Article 46(2)(c) GDPR)');
  });

  it('takes plural verbs in French', async () => {
    const md = await markdown(kmo(), 'fr');
    expect(md).toMatch(/### Sociétés de recouvrement \{#recipient-debt-collectors\}[^#]*\*\*Rôle\*\*\u00a0: sous-traitants\./);
  });
});

describe('the controller', () => {
  it('is a legal entity: Dutch "die", never "dat"', async () => {
    const text = edit(minimal(), '  name: Example Verzekeringen\n', '  name: Example Verzekeringen\n  legalName: Example Holding N.V.\n');
    expect(await markdown(text, 'nl')).toContain('De verwerkingsverantwoordelijke voor uw persoonsgegevens is Example Holding N.V., die optreedt onder de naam Example Verzekeringen.');
  });

  it('has its legal name, street and city in the language of each version', async () => {
    const text = edit(
      edit(kmo(), '  legalName: Groep LB Republico VOF\n', '  legalName: { nl: KMO-verzekeringen NV, fr: KMO-assurances SA }\n  legalForm: nv\n'),
      '  address:\n    street: Wolvenpad 2\n    postalCode: "3300"\n    city: Tienen\n    country: BE\n  email: info@republico.be',
      '  address:\n    street: { nl: Regentlaan 1, fr: Boulevard du Régent 1 }\n    postalCode: "1000"\n    city: { nl: Brussel, fr: Bruxelles }\n    country: BE\n  email: info@republico.be',
    );
    const nl = await markdown(text, 'nl');
    const fr = await markdown(text, 'fr');
    expect(nl).toContain('is KMO-verzekeringen NV, die optreedt onder de naam KMO-verzekeringen.');
    expect(nl).toContain('**KMO-verzekeringen NV**\\\nRegentlaan 1\\\n1000 Brussel');
    expect(fr).toContain('est KMO-assurances SA, qui exerce ses activités sous le nom KMO-verzekeringen.');
    expect(fr).toContain('**KMO-assurances SA**\\\nBoulevard du Régent 1\\\n1000 Bruxelles');
    expect(fr).not.toMatch(/Regentlaan|Brussel\b|KMO-verzekeringen NV/);
  });

  it('gives the templates its legal form and gender in each language', () => {
    const text = edit(kmo(), '  legalName: Groep LB Republico VOF\n', '  legalName: { nl: KMO-verzekeringen NV, fr: KMO-assurances SA }\n  legalForm: nv\n');
    const model = resolveStatement(analyze(text).input as StatementSource);
    const controller = (locale: Locale) => buildView(model, locale, translator(model.jurisdiction.languages[locale].tag)).sections.find((s) => s.id === 'controller')!;
    expect(controller('fr')).toMatchObject({ gender: 'feminine', legalForm: { abbreviation: 'SA', name: 'société anonyme' } });
    expect(controller('nl')).toMatchObject({ gender: 'common', legalForm: { abbreviation: 'NV', name: 'naamloze vennootschap' } });
    // Without a legal form to go by: a company.
    const plain = resolveStatement(analyze(minimal()).input as StatementSource);
    expect(buildView(plain, 'nl', translator('nl')).sections.find((s) => s.id === 'controller')).toMatchObject({ gender: 'common', legalForm: undefined });
  });
});

describe('an automated decision', () => {
  it('says which exception of Art. 22(2) allows it', async () => {
    const text = decisionsOf('      exception: contract\n')(minimal());
    expect(await markdown(text, 'nl')).toContain('**Waarom dit besluit is toegestaan**: het besluit is noodzakelijk voor het sluiten of het uitvoeren van een overeenkomst met u (artikel 22 lid 2 onder a AVG).');
    expect(await markdown(text, 'en')).toContain('**Why this decision is allowed**: The decision is necessary for entering into, or performing, a contract between you and us (Article 22(2)(a) GDPR).');
    expect(await markdown(text, 'en')).toContain('For each of these decisions you have the right to obtain human intervention');
  });

  it('authorised by law names the law, and has its safeguards instead of the rights of Art. 22(3)', async () => {
    const text = decisionsOf('      exception: law\n      law: { en: Article 40 UAVG and the Pension Act., nl: Artikel 40 UAVG en de Pensioenwet. }\n')(minimal());
    const en = await markdown(text, 'en');
    expect(en).toContain('(Article 22(2)(b) GDPR).\n- **Provision of law**: Article 40 UAVG and the Pension Act.');
    expect(en).toContain('For these decisions, your rights are protected by the measures laid down in the provision of law that authorises them');
    expect(en).not.toContain('For each of these decisions you have the right');
    expect(en).not.toContain('**Rights with automated decisions**');
  });

  it('on explicit consent with special data gives the Art. 22(4) condition and safeguards, and consent can be withdrawn', async () => {
    const text = decisionsOf(
      '      exception: explicit-consent\n      specialCategories: true\n      specialCategoryCondition: explicit-consent\n      safeguards: { en: A medical adviser reviews each refusal., nl: Een medisch adviseur beoordeelt elke weigering. }\n',
    )(minimal());
    const nl = await markdown(text, 'nl');
    expect(nl).toContain('het besluit berust op uw uitdrukkelijke toestemming (artikel 22 lid 2 onder c AVG).');
    expect(nl).toContain('Dat doen wij alleen met uw uitdrukkelijke toestemming (artikel 9 lid 2 onder a AVG) en met passende maatregelen ter bescherming van uw rechten en vrijheden en gerechtvaardigde belangen (artikel 22 lid 4 AVG).');
    expect(nl).toContain('**Onze maatregelen**: een medisch adviseur beoordeelt elke weigering.');
    expect(nl).toContain('**Recht om toestemming in te trekken**');
    expect(await markdown(minimal(), 'nl')).not.toContain('**Recht om toestemming in te trekken**');
  });

  it('under the Belgian authority cites in the Belgian style', async () => {
    const text = edit(decisionsOf('      exception: contract\n')(minimal()), 'authority: nl-ap', 'authority: be-gba');
    expect(await markdown(text, 'nl')).toContain('met u (artikel 22.2.a) AVG).');
  });
});
