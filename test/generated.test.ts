import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles, generateTypes, generateValidator } from '../build.config.mjs';

describe('code generated from the schema', () => {
  it('the validator is up to date (run `npm run generate`)', async () => {
    expect(readFileSync(generatedFiles.validator, 'utf8')).toBe(await generateValidator());
  });
  it('the input types are up to date (run `npm run generate`)', async () => {
    expect(readFileSync(generatedFiles.types, 'utf8')).toBe(await generateTypes());
  });
});
