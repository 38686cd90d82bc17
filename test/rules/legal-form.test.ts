import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const address = '  address: { street: Coolsingel 1, postalCode: 3012 AA, city: Rotterdam, country: NL }\n';

describeRule('legal-form', {
  triggers: [
    {
      name: 'a Belgian legal form for a controller in the Netherlands',
      edit: (t) => edit(t, address, `  legalForm: commv\n${address}`),
      expect: { line: 'legalForm: commv', path: '/controller/legalForm', message: /`commv` is not a legal form of Dutch law.*`nv` \(naamloze vennootschap\)/ },
    },
    {
      name: 'a Dutch legal form for a controller in Belgium',
      edit: (t) => edit(edit(t, address, `  legalForm: stichting\n  address: { street: Regentlaan 1, postalCode: "1000", city: Brussel, country: BE }\n`), 'authority: nl-ap', 'authority: be-gba'),
      expect: { path: '/controller/legalForm', message: /not a legal form of Belgian law/ },
    },
  ],
  passes: [
    { name: 'a Dutch form in the Netherlands', edit: (t) => edit(t, address, `  legalName: Example Verzekeringen N.V.\n  legalForm: nv\n${address}`) },
    { name: 'no legal form', edit: (t) => t },
    {
      name: 'a Belgian NV, an SA in French',
      edit: (t) =>
        edit(edit(t, address, `  legalName: { en: Example SA/NV, nl: Example NV }\n  legalForm: nv\n  address: { street: Regentlaan 1, postalCode: "1000", city: Brussel, country: BE }\n`), 'authority: nl-ap', 'authority: be-gba'),
    },
  ],
});
