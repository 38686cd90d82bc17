import { describe, expect, it } from 'vitest';
import { edit, read } from '../helpers.js';
import { outputsOf, text } from './helpers.js';

describe('whose data a purpose processes', () => {
  it('is in the register, not in the statement, which speaks to the reader and says once whom it concerns', async () => {
    const source = edit(read('test/fixtures/minimal.yaml'), '    recipients: [printer]\n', '    recipients: [printer]\n    dataSubjects: { en: [Policyholders of Example, insured persons], nl: [Verzekeringnemers van Example, verzekerden] }\n');
    const outputs = await outputsOf(source, ['md', 'csv']);
    const statements = outputs.filter((o) => o.fileName.endsWith('.md')).map(text);
    expect(statements).toHaveLength(2);
    for (const md of statements) expect(md).not.toMatch(/Whose data|Van wie wij gegevens verwerken|Policyholders of Example|Verzekeringnemers van Example/);
    const register = outputs.filter((o) => o.fileName.endsWith('.csv')).map(text).join('\n');
    expect(register).toContain('Policyholders of Example');
    expect(register).toContain('Verzekeringnemers van Example');
  });
});
