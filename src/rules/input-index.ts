import { pointer } from '../load/pointer.js';
import type { DataCategory, Purpose, Recipient, RetentionRule, StatementSource } from '../model/input.generated.js';

export interface Indexed<T> {
  item: T;
  path: string;
}

/** The input's items by id, with their paths; the first of duplicate ids wins. */
export interface InputIndex {
  categories: Map<string, Indexed<DataCategory>>;
  purposes: Map<string, Indexed<Purpose>>;
  recipients: Map<string, Indexed<Recipient>>;
  retention: Map<string, Indexed<RetentionRule>>;
  /** The purposes that use each category id. */
  purposesByCategory: Map<string, Indexed<Purpose>[]>;
  /** The categories of a purpose that exist (unknown ids are another rule's concern). */
  categoriesOf(purpose: Purpose): DataCategory[];
}

function byId<T extends { id: string }>(list: readonly T[], key: string): Map<string, Indexed<T>> {
  const map = new Map<string, Indexed<T>>();
  list.forEach((item, i) => {
    if (!map.has(item.id)) map.set(item.id, { item, path: pointer(key, i) });
  });
  return map;
}

export function indexInput(input: StatementSource): InputIndex {
  const categories = byId(input.dataCategories, 'dataCategories');
  const purposes = byId(input.purposes, 'purposes');
  const purposesByCategory = new Map<string, Indexed<Purpose>[]>();
  input.purposes.forEach((purpose, i) => {
    for (const id of purpose.dataCategories) {
      const list = purposesByCategory.get(id) ?? [];
      list.push({ item: purpose, path: pointer('purposes', i) });
      purposesByCategory.set(id, list);
    }
  });
  return {
    categories,
    purposes,
    recipients: byId(input.recipients, 'recipients'),
    retention: byId(input.retention, 'retention'),
    purposesByCategory,
    categoriesOf: (purpose) => purpose.dataCategories.flatMap((id) => {
      const c = categories.get(id);
      return c ? [c.item] : [];
    }),
  };
}
