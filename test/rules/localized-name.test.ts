import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

const address = '  address: { street: Coolsingel 1, postalCode: 3012 AA, city: Rotterdam, country: NL }\n';

describeRule('localized-name', {
  triggers: [
    {
      name: 'a legal name given per language, without one of the languages',
      edit: (t) => edit(t, address, `  legalName: { en: Example Insurance N.V. }\n${address}`),
      expect: { line: 'legalName:', path: '/controller/legalName', message: /`controller\.legalName` is given per language, but not in Dutch \(`nl`\)/ },
    },
    {
      name: 'a street given per language, without one of the languages',
      edit: (t) => edit(t, address, '  address: { street: { nl: Coolsingel 1 }, postalCode: 3012 AA, city: Rotterdam, country: NL }\n'),
      expect: { path: '/controller/address/street', message: /not in English \(`en`\)/ },
    },
    {
      name: 'a city of the rights address given per language, without one of the languages',
      edit: (t) => edit(t, '    email: privacy@example.nl\nautomated', '    email: privacy@example.nl\n    address: { street: Postbus 1, postalCode: "1000", city: { nl: Brussel }, country: BE }\nautomated'),
      expect: { path: '/rights/channels/address/city' },
    },
  ],
  passes: [
    { name: 'plain names, the same in every language', edit: (t) => edit(t, address, `  legalName: Example Verzekeringen N.V.\n${address}`) },
    {
      name: 'names in every language',
      edit: (t) => edit(t, address, '  legalName: { en: Example Insurance N.V., nl: Example Verzekeringen N.V. }\n  address: { street: { nl: Regentlaan 1, en: Boulevard du Régent 1 }, postalCode: "1000", city: { nl: Brussel, en: Brussels }, country: NL }\n'),
    },
  ],
});
