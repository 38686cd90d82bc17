import authority from './authority.json' with { type: 'json' };
import jurisdiction from './jurisdiction.json' with { type: 'json' };
import legalForms from './legal-forms.json' with { type: 'json' };
import national from './national.json' with { type: 'json' };
import { defineJurisdiction } from '../define.js';

export default defineJurisdiction({ jurisdiction, authority, national, legalForms });
