import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

describeRule('complaint-authority', {
  triggers: [
    { name: 'a Dutch insurer naming the Belgian authority', edit: (t) => edit(t, 'authority: nl-ap', 'authority: be-gba'), expect: { line: 'authority: be-gba', path: '/statement/authority', message: /use `nl-ap`/ } },
    { name: 'an unknown authority', edit: (t) => edit(t, 'authority: nl-ap', 'authority: ap'), expect: { path: '/statement/authority', severity: 'error', message: /is `ap`, which is not allowed here\. The lead supervisory authority: `nl-ap` \(Dutch Autoriteit Persoonsgegevens\) or `be-gba` \(Belgian Gegevensbeschermingsautoriteit/ } },
  ],
  passes: [{ name: 'a Belgian insurer and the GBA', edit: (t) => edit(edit(t, 'authority: nl-ap', 'authority: be-gba'), 'country: NL }', 'country: BE }') }],
});
