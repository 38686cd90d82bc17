import { edit } from '../helpers.js';
import { describeRule } from './harness.js';

/** A new version of the minimal statement: amended on 2025-03-01, with a longer retention period (material). */
const amended = (effectiveFrom?: string) => (t: string) =>
  edit(edit(t, 'lastAmended: 2024-01-31', `lastAmended: 2025-03-01${effectiveFrom ? `\n  effectiveFrom: ${effectiveFrom}` : ''}`), 'period: P7Y', 'period: P10Y');
const unchanged = (t: string) => t;

describeRule('material-change-notice', {
  triggers: [
    { name: 'material changes without effectiveFrom', edit: amended(), earlier: unchanged, expect: { line: 3, path: '/statement', message: /1 material change since the previous version, but does not say when it takes effect/ } },
    { name: 'material changes that apply after 10 days', edit: amended('2025-03-11'), earlier: unchanged, expect: { line: 'effectiveFrom:', path: '/statement/effectiveFrom', message: /takes effect 10 days after it was amended \(2025-03-01 → 2025-03-11\)/ } },
    { name: 'material changes that apply at once', edit: amended('2025-03-01'), earlier: unchanged, expect: { line: 'effectiveFrom:', message: /on the day it was amended/ } },
  ],
  passes: [
    { name: '30 days of notice', edit: amended('2025-03-31'), earlier: unchanged },
    { name: 'only a shorter retention period (favourable)', edit: (t) => edit(edit(t, 'period: P7Y', 'period: P5Y'), 'lastAmended: 2024-01-31', 'lastAmended: 2025-03-01'), earlier: unchanged },
    { name: 'no earlier version to compare with', edit: amended() },
  ],
});
