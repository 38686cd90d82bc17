import { edit } from '../helpers.js';
import { describeRule } from './harness.js';
import { belgian, recipientLines, text } from './edits.js';

const cis = (t: string) => edit(t, 'name: { en: Printing company, nl: Drukkerij }', 'name: Stichting CIS');
const datassur = (t: string) => edit(t, 'name: { en: Printing company, nl: Drukkerij }', 'name: Datassur');
const role = (to: string) => (t: string) => edit(t, 'role: processor', `role: ${to}`);
const arrangement = (en: string, nl: string) => (t: string) => recipientLines(t, `    arrangement: ${text(en, nl)}\n`);
const withAccess = arrangement(
  'We are responsible for what we register; CIS manages the register. You can see your registrations at www.stichtingcis.nl.',
  'Wij zijn verantwoordelijk voor wat wij registreren; CIS beheert het register. Uw registraties kunt u inzien via www.stichtingcis.nl.',
);
const jointCis = (t: string) => role('joint-controller')(withAccess(cis(t)));
const recipientDescription = (en: string, nl: string) => (t: string) => edit(t, 'description: { en: Prints and sends our letters., nl: Drukt en verstuurt onze brieven. }', `description: ${text(en, nl)}`);
const purposeDescription = (en: string, nl: string) => (t: string) =>
  edit(t, 'description: { en: We use your details to administer your policy., nl: Wij gebruiken uw gegevens voor uw polis. }', `description: ${text(en, nl)}`);
const evr = recipientDescription('Keeps the external referral register (Extern Verwijzingsregister).', 'Beheert het Extern Verwijzingsregister.');
const rsr = recipientDescription('Keeps the RSR file of special risks of Belgian insurers.', 'Beheert het RSR-bestand van speciale risico\'s van Belgische verzekeraars.');

describeRule('industry-register', {
  triggers: [
    { name: 'Stichting CIS as a processor', edit: cis, expect: { line: 'role: processor', path: '/recipients/0/role', message: /names Stichting CIS, but its role is `processor`\. Stichting CIS keeps the CIS databank .*set `role: joint-controller`.*only for the Extern Verwijzingsregister \(EVR\).*`role: processor`/ } },
    { name: 'a Dutch register in a Belgian statement', edit: (t) => belgian(cis(t)), expect: { line: '  - id: printer', path: '/recipients/0', references: ['GDPR Art. 13(1)(e)'], message: /a Dutch register .* this statement is for `be-gba`/ } },
    { name: 'Datassur in a Dutch statement', edit: datassur, expect: { path: '/recipients/0', references: ['GDPR Art. 13(1)(e)'], message: /names Datassur, a Belgian register/ } },
    {
      name: 'Stichting CIS as a joint controller for the Extern Verwijzingsregister',
      edit: (t) => evr(jointCis(t)),
      expect: { line: 'role: joint-controller', path: '/recipients/0/role', references: ['GDPR Art. 13(1)(e)', 'GDPR Art. 28(3)'], message: /for the Extern Verwijzingsregister, with role `joint-controller`, but for the Extern Verwijzingsregister \(EVR\) of the incident warning system the insurer is the controller and CIS its processor/ },
    },
    { name: 'Stichting CIS as an independent controller', edit: (t) => role('controller')(cis(t)), expect: { path: '/recipients/0/role', message: /its role is `controller`/ } },
    {
      name: 'Stichting CIS as a joint controller without where to see a registration',
      edit: (t) => role('joint-controller')(arrangement('We are responsible for what we register; CIS manages the register.', 'Wij zijn verantwoordelijk voor wat wij registreren; CIS beheert het register.')(cis(t))),
      expect: { line: 'arrangement:', path: '/recipients/0/arrangement', references: ['GDPR Art. 26(2)', 'GDPR Art. 26(3)'], message: /do not say where people can see what Stichting CIS has registered about them.*www\.stichtingcis\.nl.*Postbus 91627, 2509 EE Den Haag/ },
    },
    {
      name: 'Datassur without saying what the RSR file is',
      edit: (t) => belgian(datassur(t)),
      expect: { line: 'description: { en: Prints', path: '/recipients/0/description', references: ['GDPR Art. 13(1)(e)'], message: /names Datassur but does not say what it keeps\. Say in `description` that it is the RSR file/ },
    },
    {
      name: 'a purpose that registers in CIS without CIS among its recipients',
      edit: purposeDescription('We register your claim with Stichting CIS.', 'Wij registreren uw schade bij Stichting CIS.'),
      expect: { line: 'recipients: [printer]', path: '/purposes/0/recipients', references: ['GDPR Art. 13(1)(e)'], message: /^Purpose `contract` \(Performing your insurance contract\) mentions Stichting CIS, but none of its recipients is Stichting CIS\. Add a recipient for it/ },
    },
  ],
  passes: [
    { name: 'Stichting CIS as a joint controller, with where to see a registration', edit: jointCis },
    { name: 'the Extern Verwijzingsregister with CIS as the processor', edit: (t) => evr(cis(t)) },
    {
      name: 'one recipient for the CIS databank that explains the EVR',
      edit: (t) =>
        role('joint-controller')(
          arrangement(
            'We and CIS are jointly responsible for the CIS databank; for the external referral register (EVR) CIS is only our processor. See www.stichtingcis.nl.',
            'Wij en CIS zijn samen verantwoordelijk voor de CIS-databank; voor het Extern Verwijzingsregister (EVR) is CIS alleen onze verwerker. Zie www.stichtingcis.nl.',
          )(cis(t)),
        ),
    },
    { name: 'Datassur in a Belgian statement, with the RSR file', edit: (t) => belgian(rsr(datassur(t))) },
    { name: 'a purpose that registers in CIS, with CIS among its recipients', edit: (t) => purposeDescription('We register your claim with Stichting CIS.', 'Wij registreren uw schade bij Stichting CIS.')(jointCis(t)) },
  ],
});
