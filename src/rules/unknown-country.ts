import { pointer } from '../load/pointer.js';
import { commonMistakes, isKnownCountry, knownCountries } from '../data/countries.js';
import { closest } from '../validate/describe.js';
import { defineRule, type RuleContext } from './types.js';
import type { Address } from '../model/input.generated.js';

export default defineRule({
  meta: {
    id: 'unknown-country',
    severity: 'error',
    references: ['GDPR Art. 13(1)(f)'],
    summary: 'Country codes must be ISO 3166-1 alpha-2 codes that exist (GB, not UK).',
    rationale:
      'Countries decide whether a transfer leaves the EEA and which safeguard it needs (Art. 13(1)(f), 44–49), and they are printed in the statement in each language. A code that is not an ISO code cannot be checked or translated.',
    examples: { good: 'recipients:\n  - id: hosting\n    country: GB', bad: 'recipients:\n  - id: hosting\n    country: UK' },
  },
  check(ctx) {
    const { input } = ctx;
    const addresses: [string, Address | undefined][] = [
      [pointer('controller', 'address', 'country'), input.controller.address],
      [pointer('controller', 'representative', 'address', 'country'), input.controller.representative?.address],
      [pointer('privacyContact', 'address', 'country'), input.privacyContact?.address],
      [pointer('rights', 'channels', 'address', 'country'), input.rights.channels.address],
    ];
    for (const [path, address] of addresses) if (address) checkCode(ctx, path, address.country);
    input.recipients.forEach((r, i) => {
      if (typeof r.country === 'string') checkCode(ctx, pointer('recipients', i, 'country'), r.country);
      else r.country?.forEach((c, j) => checkCode(ctx, pointer('recipients', i, 'country', j), c));
    });
  },
});

function checkCode(ctx: RuleContext, path: string, code: string): void {
  if (isKnownCountry(code)) return;
  const fix = (Object.hasOwn(commonMistakes, code) ? commonMistakes[code] : undefined) ?? closest(code, knownCountries());
  ctx.report({
    path,
    message: fix ? ctx.message('rule.unknown-country.guess', { code, fix }) : ctx.message('rule.unknown-country.unknown', { code }),
  });
}
