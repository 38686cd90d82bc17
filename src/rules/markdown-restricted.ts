import type { Nodes } from 'mdast';
import { join } from '../load/pointer.js';
import type { Locale } from '../model/input.generated.js';
import { markdownLimitProblem, markdownLimits, mayContainMarkup, parseMarkdown, type MarkdownLimitProblem } from '../text/markdown.js';
import { capitalize, describe } from '../validate/describe.js';
import { isPlainTextField, localizedFields } from '../validate/schema-index.js';
import { defineRule } from './types.js';

const allowedProtocols = /^(?:https?:|mailto:)/i;

/** What each disallowed construct is called, and what to write instead. */
const forbidden: Record<string, string> = {
  heading: 'a heading; the compiler adds the headings itself, so write paragraphs',
  html: 'HTML; write plain text, or Markdown for emphasis, lists and links',
  image: 'an image; images cannot be part of a statement text',
  imageReference: 'an image; images cannot be part of a statement text',
  code: 'a code block; write plain text (indenting a line by four spaces also makes one)',
  inlineCode: 'code (text between backticks); write plain text',
  table: 'a table; write a list instead',
  blockquote: 'a block quote (`>`); write a plain paragraph',
  thematicBreak: 'a horizontal rule (`---` or `***`); separate paragraphs with a blank line',
  definition: 'a link reference definition; write links inline as `[text](https://…)`',
  linkReference: 'a reference-style link; write links inline as `[text](https://…)`',
  footnoteDefinition: 'a footnote; write the note as a sentence',
  footnoteReference: 'a footnote; write the note as a sentence',
  delete: 'struck-through text (`~~`); remove the text instead',
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
    for (const field of localizedFields(ctx.input)) {
      if (field.kind !== 'text' || isPlainTextField(field.key)) continue;
      const texts: [Locale | undefined, string][] =
        typeof field.value === 'string' ? [[undefined, field.value]] : (Object.entries(field.value as object) as [Locale, string][]);
      for (const [locale, text] of texts) {
        const path = locale ? join(field.path, locale) : field.path;
        const where = describe(ctx.input, field.path) + (locale ? ` (\`${locale}\`)` : '');
        const limit = markdownLimitProblem(text);
        if (limit) {
          ctx.report({ path, message: `${capitalize(where)} ${limitMessage(limit)}` });
          continue;
        }
        if (!mayContainMarkup(text)) continue;
        const seen = new Set<string>();
        const report = (kind: string, message: string): void => {
          if (seen.has(kind)) return;
          seen.add(kind);
          ctx.report({ path, message });
        };
        visit(parseMarkdown(text), (node) => {
          const what = Object.hasOwn(forbidden, node.type) ? forbidden[node.type] : undefined;
          if (what) return report(node.type, `${capitalize(where)} contains ${what}.${snippet(text, node)}`);
          if (node.type === 'link' && !allowedProtocols.test(node.url)) {
            return report(
              'link:' + node.url,
              `${capitalize(where)} links to \`${clip(node.url)}\`. Only web addresses (\`https://\`, \`http://\`) and e-mail addresses (\`mailto:\`) may be linked.`,
            );
          }
          if (node.type === 'listItem' && typeof node.checked === 'boolean') {
            report('checkbox', `${capitalize(where)} contains a checkbox (\`[ ]\` or \`[x]\` at the start of a list item); write a plain list item.`);
          }
        });
      }
    }
  },
});

function limitMessage(limit: MarkdownLimitProblem): string {
  switch (limit.kind) {
    case 'depth':
      return `nests lists (or block quotes) ${limit.depth} levels deep, on line ${limit.line} of the text; at most ${markdownLimits.depth} levels are allowed. Write the deeper items as a list of their own, or as sentences. (Each \`-\`, \`*\`, \`1.\` or \`>\` at the start of a line, and each indentation under an item, goes one level deeper.)`;
    case 'containers':
      return `has ${limit.count} list items and block quotes; at most ${markdownLimits.containers} are allowed in one text. Split it into shorter texts, or write some items as sentences.`;
    case 'blocks':
      return `has ${limit.count} paragraphs, list items and block quotes; at most ${markdownLimits.blocks} are allowed in one text. Split it into shorter texts.`;
    case 'delimiterRuns':
      return `has ${limit.count} emphasis or strikethrough marks (\`*\`, \`_\`, \`~\`); at most ${markdownLimits.delimiterRuns} are allowed in one text. Remove the emphasis that is not needed, or split the text.`;
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

function snippet(text: string, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  return ` It starts with \`${clip(text.slice(start, end))}\`.`;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').replace(/`/g, "'");
  return one.length > 40 ? one.slice(0, 37) + '…' : one;
}
