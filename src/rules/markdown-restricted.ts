import type { Nodes } from 'mdast';
import { join } from '../load/pointer.js';
import type { Locale } from '../model/input.generated.js';
import { markdownLimitProblem, markdownLimits, mayContainMarkup, parseMarkdown, type MarkdownLimitProblem } from '../text/markdown.js';
import type { Message, MessageId } from '../messages/index.js';
import { capitalize } from '../validate/describe.js';
import { isPlainTextField } from '../validate/schema-index.js';
import { fieldsOf } from './prose.js';
import { defineRule, type RuleContext } from './types.js';

const allowedProtocols = /^(?:https?:|mailto:)/i;

/** What each disallowed construct is called, and what to write instead. */
const forbidden: Record<string, MessageId> = {
  heading: 'rule.markdown-restricted.heading',
  html: 'rule.markdown-restricted.html',
  image: 'rule.markdown-restricted.image',
  imageReference: 'rule.markdown-restricted.image',
  code: 'rule.markdown-restricted.code',
  inlineCode: 'rule.markdown-restricted.inline-code',
  table: 'rule.markdown-restricted.table',
  blockquote: 'rule.markdown-restricted.blockquote',
  thematicBreak: 'rule.markdown-restricted.thematic-break',
  definition: 'rule.markdown-restricted.definition',
  linkReference: 'rule.markdown-restricted.link-reference',
  footnoteDefinition: 'rule.markdown-restricted.footnote',
  footnoteReference: 'rule.markdown-restricted.footnote',
  delete: 'rule.markdown-restricted.delete',
};

export default defineRule({
  meta: {
    id: 'markdown-restricted',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Texts may use paragraphs, lists, emphasis, strong and https/http/mailto links, and nothing else.',
    rationale:
      'Texts are written in Markdown so that legal teams can use lists, emphasis and links. Anything more — headings, HTML, images, code, tables, block quotes, rules — would let one text break the structure of the statement, or smuggle markup into the web sites that publish it. Links are limited to web and e-mail addresses so that no `javascript:` or `data:` address can reach a reader. Lists may nest six levels deep, and one text may hold at most 200 list items, 500 paragraphs and 500 emphasis marks: far more than a statement needs, and a bound on the work a hostile text can cause.',
    examples: {
      good: 'security:\n  en: |\n    We protect your data with:\n\n    - encryption of data in transit;\n    - access only for staff who **need** it.\n\n    Read [our security policy](https://www.example.com/security).',
      bad: 'security:\n  en: |\n    ## Security\n    <script>alert(1)</script>\n    [click](javascript:alert(1))',
    },
  },
  check(ctx) {
    for (const field of fieldsOf(ctx.input)) {
      if (field.kind !== 'text' || isPlainTextField(field.key)) continue;
      const texts: [Locale | undefined, string][] =
        typeof field.value === 'string' ? [[undefined, field.value]] : (Object.entries(field.value as object) as [Locale, string][]);
      for (const [locale, text] of texts) {
        const path = locale ? join(field.path, locale) : field.path;
        // Named only when something is reported: describing a field costs more than reading its text.
        const where = (): string => ctx.describe(field.path) + (locale ? ` (\`${locale}\`)` : '');
        const limit = markdownLimitProblem(text);
        if (limit) {
          ctx.report({ path, message: limitMessage(ctx, capitalize(where()), limit) });
          continue;
        }
        if (!mayContainMarkup(text)) continue;
        const seen = new Set<string>();
        const report = (kind: string, message: Message): void => {
          if (seen.has(kind)) return;
          seen.add(kind);
          ctx.report({ path, message });
        };
        visit(parseMarkdown(text), (node) => {
          const what = Object.hasOwn(forbidden, node.type) ? forbidden[node.type] : undefined;
          if (what) return report(node.type, ctx.message(what, { field: capitalize(where()), snippet: snippet(ctx, text, node) }));
          if (node.type === 'link' && !allowedProtocols.test(node.url)) {
            return report(
              'link:' + node.url,
              ctx.message('rule.markdown-restricted.link', { field: capitalize(where()), url: clip(node.url) }),
            );
          }
          if (node.type === 'listItem' && typeof node.checked === 'boolean') {
            report('checkbox', ctx.message('rule.markdown-restricted.checkbox', { field: capitalize(where()) }));
          }
        });
      }
    }
  },
});

function limitMessage(ctx: RuleContext, field: string, limit: MarkdownLimitProblem): Message {
  switch (limit.kind) {
    case 'depth':
      return ctx.message('rule.markdown-restricted.limit.depth', { field, depth: limit.depth, line: limit.line, max: markdownLimits.depth });
    case 'containers':
      return ctx.message('rule.markdown-restricted.limit.containers', { field, count: limit.count, max: markdownLimits.containers });
    case 'blocks':
      return ctx.message('rule.markdown-restricted.limit.blocks', { field, count: limit.count, max: markdownLimits.blocks });
    case 'delimiterRuns':
      return ctx.message('rule.markdown-restricted.limit.delimiter-runs', { field, count: limit.count, max: markdownLimits.delimiterRuns });
  }
}

/** Every node of a tree, parents before children, without recursion. */
function visit(root: Nodes, fn: (node: Nodes) => void): void {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    fn(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}

function snippet(ctx: RuleContext, text: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return ctx.say('rule.markdown-restricted.snippet', { start: clip(text.slice(start, end)) });
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').replace(/`/g, "'");
  return one.length > 40 ? one.slice(0, 37) + '…' : one;
}
