import { pointer } from '../load/pointer.js';
import { itemNoun } from '../validate/describe.js';
import { defineRule } from './types.js';

const lists = ['dataCategories', 'purposes', 'recipients', 'retention', 'sections'] as const;

export default defineRule({
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Ids must be unique within their list (data categories, purposes, recipients, retention rules, sections).',
    rationale:
      'Ids are how the parts of a statement refer to each other, and they become the stable anchors web sites link to (`#purpose-marketing`). Two items with the same id make every reference to it ambiguous and give two sections the same anchor.',
    examples: {
      good: 'purposes:\n  - id: newsletter\n  - id: customer-mailings',
      bad: 'purposes:\n  - id: newsletter\n  - id: newsletter',
    },
  },
  check(ctx) {
    for (const list of lists) {
      const items = (ctx.input[list] ?? []) as { id: string }[];
      const first = new Map<string, number>();
      items.forEach((item, i) => {
        const earlier = first.get(item.id);
        if (earlier === undefined) return void first.set(item.id, i);
        ctx.report({
          path: pointer(list, i, 'id'),
          message: ctx.message('rule.duplicate-id.twice', { noun: itemNoun(list, ctx.say), id: item.id, first: earlier + 1, second: i + 1, list }),
        });
      });
    }
  },
});
