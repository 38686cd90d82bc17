import { join, pointer } from '../load/pointer.js';
import { capitalize, closest } from '../validate/describe.js';
import { defineRule, type RuleContext } from './types.js';

/** R11: every id a purpose, recipient, retention rule or decision names must exist. */
export default defineRule({
  meta: {
    id: 'unknown-reference',
    severity: 'error',
    references: ['GDPR Art. 12(1)'],
    summary: 'Every id that a purpose, recipient, retention rule or automated decision names must be defined.',
    rationale:
      'Purposes, recipients and retention rules refer to data categories and to each other by id, so that the statement can say exactly which data is used for what, who receives it and how long it is kept. A reference to an id that does not exist is almost always a typo, and would silently drop that link from the published statement, making it less transparent than the law requires (Art. 12(1)).',
    examples: {
      good: 'dataCategories:\n  - id: contact\n    name: { en: Contact details }\npurposes:\n  - id: contract\n    dataCategories: [contact]',
      bad: 'dataCategories:\n  - id: contact\n    name: { en: Contact details }\npurposes:\n  - id: contract\n    dataCategories: [contacts]   # no such category',
    },
  },
  check(ctx) {
    const { input, index } = ctx;
    const categoryIds = [...index.categories.keys()];
    const purposeIds = [...index.purposes.keys()];
    const recipientIds = [...index.recipients.keys()];
    input.purposes.forEach((purpose, i) => {
      const owner = (): string => capitalize(ctx.say('place.item', { noun: ctx.say('noun.purpose'), id: purpose.id }));
      check(ctx, purpose.dataCategories, pointer('purposes', i, 'dataCategories'), categoryIds, owner, 'noun.data-category', 'dataCategories');
      check(ctx, purpose.recipients ?? [], pointer('purposes', i, 'recipients'), recipientIds, owner, 'noun.recipient', 'recipients');
    });
    input.recipients.forEach((recipient, i) =>
      check(ctx, recipient.dataCategories ?? [], pointer('recipients', i, 'dataCategories'), categoryIds, () => capitalize(ctx.say('place.item', { noun: ctx.say('noun.recipient'), id: recipient.id })), 'noun.data-category', 'dataCategories'),
    );
    input.retention.forEach((rule, i) => {
      const owner = (): string => capitalize(ctx.say('place.item', { noun: ctx.say('noun.retention-rule'), id: rule.id }));
      check(ctx, rule.dataCategories, pointer('retention', i, 'dataCategories'), categoryIds, owner, 'noun.data-category', 'dataCategories');
      check(ctx, rule.purposes ?? [], pointer('retention', i, 'purposes'), purposeIds, owner, 'noun.purpose', 'purposes');
    });
    input.automatedDecisionMaking.decisions?.forEach((decision, i) =>
      check(ctx, decision.purposes ?? [], pointer('automatedDecisionMaking', 'decisions', i, 'purposes'), purposeIds, () => capitalize(ctx.say('place.item-number', { noun: ctx.say('noun.automated-decision'), n: i + 1 })), 'noun.purpose', 'purposes'),
    );
  },
});

function check(ctx: RuleContext, ids: readonly string[], listPath: string, known: string[], owner: () => string, noun: 'noun.data-category' | 'noun.recipient' | 'noun.purpose', list: string): void {
  ids.forEach((id, j) => {
    if (known.includes(id)) return;
    const guess = closest(id, known);
    const words = { owner: owner(), noun: ctx.say(noun), id, list };
    ctx.report({
      path: join(listPath, j),
      message: guess
        ? ctx.message('rule.unknown-reference.guess', { ...words, guess })
        : ctx.message('rule.unknown-reference.unknown', { ...words, known: known.map((k) => `\`${k}\``).join(', ') }),
    });
  });
}
