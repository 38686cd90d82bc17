import { join } from '../load/pointer.js';
import type { Locale } from '../model/input.generated.js';
import { capitalize, describe } from '../validate/describe.js';
import { defs, resolve, rootSchema, type SchemaNode } from '../validate/schema-index.js';
import { languageNames } from './lint-words.js';
import { defineRule } from './types.js';

/** Every name of the input that may be given per language (`localizedName` in the schema), with its place. */
function localizedNames(input: unknown): { path: string; value: unknown }[] {
  const out: { path: string; value: unknown }[] = [];
  const visit = (value: unknown, node: SchemaNode | undefined, ptr: string): void => {
    if (!node || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      const items = resolve(node.items);
      value.forEach((item, i) => visit(item, items, join(ptr, i)));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const wrapper = node.properties?.[k];
      if (wrapper?.$ref === '#/$defs/localizedName' || resolve(wrapper) === defs.localizedName) out.push({ path: join(ptr, k), value: v });
      else visit(v, resolve(wrapper), join(ptr, k));
    }
  };
  visit(input, resolve(rootSchema), '');
  return out;
}

/**
 * Names written per language (`controller.legalName`, an address's `street` and `city`): a map
 * gives every language of the statement, so that no language shows another's name.
 */
export default defineRule({
  meta: {
    id: 'localized-name',
    severity: 'error',
    references: ['GDPR Art. 12(1)', 'GDPR Art. 13(1)(a)'],
    summary: 'A name given per language (legal name, street, city) is given in every language of `statement.locales`.',
    rationale:
      'A Belgian insurer is an NV in Dutch and an SA in French, and its seat is on the Regentlaan or the Boulevard du Régent: the identity and address of the controller (Art. 13(1)(a)) are then written per language. A plain string is the same in every language. A name given per language must be given in each language the statement is rendered in, or one version would show another language\'s name (Art. 12(1)).',
    examples: {
      good: 'statement:\n  locales: [nl, fr]\ncontroller:\n  legalName: { nl: KMO-verzekeringen NV, fr: KMO-assurances SA }',
      bad: 'statement:\n  locales: [nl, fr]\ncontroller:\n  legalName: { nl: KMO-verzekeringen NV }   # no fr',
    },
  },
  check(ctx) {
    for (const { path, value } of localizedNames(ctx.input)) {
      if (typeof value !== 'object' || value === null) continue;
      const missing = ctx.locales.filter((l: Locale) => (value as Record<string, unknown>)[l] === undefined);
      if (missing.length === 0) continue;
      ctx.report({
        path,
        message: `${capitalize(describe(ctx.input, path))} is given per language, but not in ${missing.map((l) => `${languageNames[l]} (\`${l}\`)`).join(' or ')}. Add ${missing.map((l) => `\`${l}: …\``).join(' and ')}, or give one name for every language as a plain string.`,
      });
    }
  },
});
