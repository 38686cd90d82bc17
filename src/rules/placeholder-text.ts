import { escapeSegment } from '../load/pointer.js';
import { describe } from '../validate/describe.js';
import { defineRule } from './types.js';

/**
 * The marker `privacy-statement init` puts in what the insurer must write itself: `TODO` in a
 * name or value (`TODO Verzekeringen`), `TODO:` followed by what to write in a text.
 */
const marker = /\bTODO\b(:?)\s*/;
/** Addresses at the reserved domain `.invalid` (RFC 2606), which init uses for e-mail and web addresses. */
const reserved = /^(?:https?:\/\/)?(?:[^@/\s]+@)?(?:[a-z0-9-]+\.)*[a-z0-9-]+\.invalid(?:[/:]|$)/i;

/** Every string of the input with its JSON Pointer. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}/${i}`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}/${escapeSegment(k)}`, out);
  return out;
}

export default defineRule({
  meta: {
    id: 'placeholder-text',
    severity: 'warning',
    references: ['GDPR Art. 12(1)'],
    summary: 'No value is left as a placeholder: a text or name with `TODO`, or an address at the reserved `.invalid` domain.',
    rationale:
      '`privacy-statement init` writes a starting statement in which what only the insurer can know (its name and address, the law behind a legal obligation, who its IT providers are) is marked `TODO`, and e-mail and web addresses are at the reserved domain `.invalid`. A statement published with such a value tells people nothing (Art. 12(1) asks for information that is concise, transparent and intelligible) and an address at `.invalid` never reaches anyone. Each placeholder is reported at its line with what to write; `--strict` refuses to build while any is left.',
    examples: {
      good: 'controller:\n  name: Harmony\n  email: privacy@harmony.nl',
      bad: 'controller:\n  name: TODO Verzekeringen\n  email: privacy@my-insurer.invalid',
    },
  },
  check(ctx) {
    for (const [path, value] of strings(ctx.input, '', [])) {
      if (path === '/$schema') continue;
      const todo = marker.exec(value);
      if (todo) {
        const hint = todo[1] ? value.slice(todo.index + todo[0].length).trim() : '';
        ctx.report({
          path,
          message: `${capitalized(describe(ctx.input, path))} is still a placeholder ("${clip(value)}"). ${hint ? `Write ${hint.replace(/[.:;]$/, '')}, and remove \`TODO\`.` : 'Write the real value in place of the placeholder.'}`,
        });
      } else if (reserved.test(value)) {
        ctx.report({ path, message: `${capitalized(describe(ctx.input, path))} is a placeholder address (\`${value}\`, at the reserved domain \`.invalid\`, which reaches no one). Write the real address.` });
      }
    }
  },
});

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
