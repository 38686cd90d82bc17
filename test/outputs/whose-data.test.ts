import { describe, expect, it } from 'vitest';
import { edit, read } from '../helpers.js';
import { outputsOf, text } from './helpers.js';

describe('whose data a purpose processes', () => {
  it('is a line of the purpose in the statement, in each language, when the source gives it', async () => {
    const source = edit(read('test/fixtures/minimal.yaml'), '    recipients: [printer]\n', '    recipients: [printer]\n    dataSubjects: { en: [policyholders, insured persons], nl: [verzekeringnemers, verzekerden] }\n');
    const [en, nl] = await outputsOf(source, ['md']);
    expect(text(en!)).toContain('- **Whose data we process**: policyholders and insured persons.\n');
    expect(text(nl!)).toContain('- **Van wie wij gegevens verwerken**: verzekeringnemers en verzekerden.\n');
    // Without it, the statement is as before.
    const [plain] = await outputsOf(read('test/fixtures/minimal.yaml'), ['md']);
    expect(text(plain!)).not.toContain('Whose data');
  });
});
